/// One MEDLINE record's fields and their mapping to a `Paper`.
///
/// | tags | becomes |
/// |---|---|
/// | `FAU` (full, `Linkov, Igor`), else `AU` (`Linkov I`) | authors (persons), in order; `CN` group authors |
/// | `AD` after an author | that author's affiliations, and the paper's (each once) |
/// | `AUID` after an author (`ORCID: 0000-...`) | that author's `orcid` |
/// | `TI` (else `BTI`, else `TT`) | title |
/// | `AB` | abstract |
/// | `DP` (`2019 May 3`, `2019 Spring`, `2018 Dec-2019 Jan`) | year; month and day when one is clear |
/// | `JT` (else `TA`, else `CTI`) | venue |
/// | `LID`/`AID` ending in `[doi]` | `identifiers[.doi]` |
/// | `PMID` | `identifiers[.pubmed]` and `identifiers[.sourceID]`; `PMC` → `pmc` |
/// | `MH` (major-topic `*` removed), `OT` | topics |
///
/// MEDLINE writes an author as `FAU`, then `AU`, then its `AD` and `AUID` lines. A `FAU` starts an author; an
/// `AU` pairs with the `FAU` just before it, or starts an author of its own when there is none (older records
/// have `AU` only). So the number of authors is the number of `FAU`/`AU` pairs, whichever form is written.
struct MedlineRecord {
    /// The 1-based line where the record starts.
    let line: Int
    var fields: [TaggedField] = []

    init(line: Int) { self.line = line }

    private func first(_ tags: Substring...) -> TaggedField? {
        for tag in tags {
            if let field = fields.first(where: { $0.tag == tag && !$0.text.isEmpty }) { return field }
        }
        return nil
    }

    /// The paper, or nil when the record was skipped (reported in `log`).
    func paper(path: String, log: inout IssueLog, excerpt: String) -> Paper? {
        let collected = collect()
        let (kept, dropped) = TaggedValues.dropRepeatedAuthors(collected.authors)
        for position in dropped {
            let name = collected.authors[position].written
            log.add(
                .notice, "duplicate-author", line: collected.authorLines[position],
                "“\(name)” is listed again in the same record; kept once", excerpt: name)
        }
        var paper = Paper(
            title: first("TI", "BTI", "TT")?.text ?? "", locations: [SourceLocation(file: path, line: line)])
        if paper.title.isEmpty && kept.isEmpty {
            log.skip(line: line, reason: "the record has neither a title (TI) nor authors (FAU/AU)", excerpt: excerpt)
            return nil
        }
        paper.authors = kept
        paper.affiliations = collected.affiliations
        paper.topics = TaggedText.unique(collected.topics)
        paper.abstract = first("AB")?.text
        paper.venue = first("JT", "TA", "CTI")?.text
        if let doi = collected.doi { paper.identifiers[.doi] = doi }
        if let pmid = first("PMID")?.text {
            paper.identifiers[.pubmed] = pmid
            paper.identifiers[.sourceID] = pmid
        }
        if let pmc = first("PMC")?.text { paper.identifiers[.pmc] = pmc }
        setDate(of: &paper, log: &log)
        return paper
    }

    /// What the repeated fields give: authors in order (with their lines, affiliations and ORCIDs), the
    /// record's affiliations, its first DOI, its topics.
    struct Collected {
        var authors: [AuthorName] = []
        var authorLines: [Int] = []
        var affiliations: [String] = []
        var doi: String?
        var topics: [String] = []
    }

    func collect() -> Collected {
        var out = Collected()
        // The last author started by FAU still waits for its AU line.
        var fullWaitingForShort = false
        var current: Int?
        for field in fields {
            switch field.tag {
            case "FAU", "AU", "CN":
                let name = field.text
                if name.isEmpty { continue }
                if field.tag == "AU", fullWaitingForShort {
                    fullWaitingForShort = false
                    continue
                }
                out.authors.append(AuthorName(written: name, kind: field.tag == "CN" ? .group : .person))
                out.authorLines.append(field.line)
                current = out.authors.count - 1
                fullWaitingForShort = field.tag == "FAU"
            case "AD":
                let address = field.text
                if address.isEmpty { continue }
                if !out.affiliations.contains(address) { out.affiliations.append(address) }
                if let current, !out.authors[current].affiliations.contains(address) {
                    out.authors[current].affiliations.append(address)
                }
            case "AUID":
                if let current, let orcid = TaggedValues.orcid(in: Substring(field.text)),
                    field.text.lowercased().contains("orcid") || !field.text.contains(":")
                {
                    out.authors[current].identifiers[.orcid] = out.authors[current].identifiers[.orcid] ?? orcid
                }
            case "LID", "AID":
                if out.doi == nil, field.text.hasSuffix("[doi]") { out.doi = DOI(field.text.dropLast(5))?.value }
            case "MH":
                let heading = TaggedText.collapsed(field.text.filter { $0 != "*" })
                if !heading.isEmpty { out.topics.append(heading) }
            case "OT":
                if !field.text.isEmpty { out.topics.append(field.text) }
            default:
                break
            }
        }
        return out
    }

    /// Year, month and day from `DP`; a `DP` without a year is a `bad-year` warning.
    private func setDate(of paper: inout Paper, log: inout IssueLog) {
        guard let dp = first("DP") else { return }
        let date = PartialDate.freeForm(Substring(dp.text))
        if let year = date.year {
            paper.year = year
            paper.month = date.month
            paper.day = date.day
        } else {
            log.add(
                .warning, "bad-year", line: dp.line,
                "DP “\(ParseIssue.shorten(dp.text, limit: 40))” holds no year in 1000–2100; the year was "
                    + "left empty", excerpt: dp.text)
        }
    }
}
