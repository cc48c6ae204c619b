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
    func paper(path: String, log: inout TaggedIssueLog, excerpt: String) -> Paper? {
        var authors: [AuthorName] = []
        var authorLines: [Int] = []
        var affiliations: [String] = []
        // The last author started by FAU still waits for its AU line.
        var fullWaitingForShort = false
        var current: Int?
        var paper = Paper(title: "", locations: [SourceLocation(file: path, line: line)])
        var topics: [String] = []

        for field in fields {
            switch field.tag {
            case "FAU", "AU", "CN":
                let name = field.text
                if name.isEmpty { continue }
                if field.tag == "AU", fullWaitingForShort {
                    fullWaitingForShort = false
                    continue
                }
                authors.append(AuthorName(written: name, kind: field.tag == "CN" ? .group : .person))
                authorLines.append(field.line)
                current = authors.count - 1
                fullWaitingForShort = field.tag == "FAU"
            case "AD":
                let address = field.text
                if address.isEmpty { continue }
                if !affiliations.contains(address) { affiliations.append(address) }
                if let current, !authors[current].affiliations.contains(address) {
                    authors[current].affiliations.append(address)
                }
            case "AUID":
                if let current, let orcid = TaggedValues.orcid(in: Substring(field.text)),
                    field.text.lowercased().contains("orcid") || !field.text.contains(":")
                {
                    authors[current].identifiers[.orcid] = authors[current].identifiers[.orcid] ?? orcid
                }
            case "LID", "AID":
                let value = field.text
                if paper.identifiers[.doi] == nil, value.hasSuffix("[doi]"),
                    let doi = DOI(value.dropLast(5))?.value
                {
                    paper.identifiers[.doi] = doi
                }
            case "MH":
                let heading = TaggedText.collapsed(field.text.filter { $0 != "*" })
                if !heading.isEmpty { topics.append(heading) }
            case "OT":
                if !field.text.isEmpty { topics.append(field.text) }
            default:
                break
            }
        }

        let (kept, dropped) = TaggedValues.dropRepeatedAuthors(authors)
        for position in dropped {
            log.add(
                .notice, "duplicate-author", line: authorLines[position],
                "“\(authors[position].written)” is listed again in the same record; kept once",
                excerpt: authors[position].written)
        }
        paper.title = first("TI", "BTI", "TT")?.text ?? ""
        if paper.title.isEmpty && kept.isEmpty {
            log.skip(line: line, reason: "the record has neither a title (TI) nor authors (FAU/AU)", excerpt: excerpt)
            return nil
        }
        paper.authors = kept
        paper.affiliations = affiliations
        paper.topics = TaggedText.unique(topics)
        paper.abstract = first("AB")?.text
        paper.venue = first("JT", "TA", "CTI")?.text
        if let pmid = first("PMID")?.text {
            paper.identifiers[.pubmed] = pmid
            paper.identifiers[.sourceID] = pmid
        }
        if let pmc = first("PMC")?.text { paper.identifiers[.pmc] = pmc }
        if let dp = first("DP") {
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
        return paper
    }
}
