/// Turns one BibTeX entry's raw fields into a `Paper`.
///
/// | Paper | from |
/// |---|---|
/// | `title` | `title`, LaTeX decoded, braces removed, white space collapsed |
/// | `authors` | `author` only, split on `and` (`others` → `authorsTruncated`); `editor` is never taken as the author list: an edited volume's editors did not co-author it, and the co-authorship counts stay those of the `author` field |
/// | `year`, `month`, `day` | `year` (a leading four-digit year), `month` (a macro, name, abbreviation or number; `MAR 16` also gives the day), else BibLaTeX `date` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, ranges use their start); never guessed |
/// | `venue` | `journal`, `journaltitle`, `booktitle`; for books, proceedings and manuals without either, `publisher` |
/// | `identifiers` | `id` = the citation key; `doi` (normalized; also from a `url` at doi.org); `wos` (`unique-id` `WOS:…`); `isbn`; `pmid`; `arxiv` (`eprint` with `archiveprefix`/`eprinttype` arXiv, or `arxiv`); `dblp` (`biburl` at dblp or a `DBLP:` key); `scopus` (an EID in the `url`) |
/// | `topics` | `keywords`, `keyword`, `keywords-plus`, `research-areas`, split on `;` when present, else on `,` |
/// | `abstract` | `abstract` |
/// | `affiliations` | `affiliation`/`affiliations`; Web of Science lines (`Name; Name, Org.`) are also given to the matching authors |
/// | `references` | Web of Science `cited-references` (one per line: the DOI when it has one, else the line) and `references` |
/// | author ORCIDs | Web of Science `orcid-numbers` (`Name/0000-…; …`), matched to the authors by name |
struct BibTeXRecordBuilder {
    let path: String
    var log: IssueLog
    var decoder = LaTeXDecoder()

    init(path: String, log: IssueLog) {
        self.path = path
        self.log = log
    }

    /// Decoded text of a field, nil when absent or empty after decoding.
    mutating func text(_ entry: BibTeXEntry, _ name: String) -> String? {
        guard let field = entry[name] else { return nil }
        decoder.currentLine = field.line
        let text = decoder.decode(field.value)
        return text.isEmpty ? nil : text
    }

    mutating func build(_ entry: BibTeXEntry) -> Paper {
        let location = SourceLocation(file: path, line: entry.line)
        var paper = Paper(title: text(entry, "title") ?? "", locations: [location])
        paper.identifiers[.sourceID] = entry.key

        var rawNames: [String] = []
        if let author = entry["author"] {
            (paper.authors, rawNames, paper.authorsTruncated) = authors(author, label: label(entry))
        }

        readDate(entry, into: &paper)
        paper.venue = venue(entry)
        readIdentifiers(entry, into: &paper)
        paper.topics = topics(entry)
        paper.abstract = text(entry, "abstract")

        for name in ["affiliation", "affiliations"] {
            guard let field = entry[name] else { continue }
            let wos =
                field.value.contains("(Corresponding Author)")
                || paper.identifiers[.wos] != nil || entry.has("orcid-numbers")
            if wos {
                WebOfScienceFields.affiliations(
                    field, authors: &paper.authors, rawNames: rawNames,
                    paperAffiliations: &paper.affiliations, decoder: &decoder)
            } else if let text = text(entry, name), !paper.affiliations.contains(text) {
                paper.affiliations.append(text)
            }
        }
        if let field = entry["orcid-numbers"] {
            let unmatched = WebOfScienceFields.orcids(
                field, authors: &paper.authors, rawNames: rawNames,
                decoder: &decoder)
            for name in unmatched {
                log.add(
                    .notice, "orcid-unmatched", line: field.line,
                    "the ORCID of “\(name)” matches no author of “\(label(entry))”")
            }
        }
        if let field = entry["cited-references"] {
            paper.references += WebOfScienceFields.citedReferences(field.value)
        }
        if let field = entry["references"] {
            paper.references += WebOfScienceFields.plainReferences(field.value)
        }
        return paper
    }

    /// The issue that sums up the LaTeX commands not known (entries without authors are summed up once
    /// crossrefs are resolved: `ParseResult.noteRecordsWithoutAuthors`).
    mutating func finish() {
        let unknown = decoder.unknownCommands.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        if let first = unknown.min(by: { $0.value.line < $1.value.line }) {
            let list = unknown.prefix(20).map { "\\\($0.key) (\($0.value.count)×)" }.joined(separator: ", ")
            let more = unknown.count > 20 ? " and \(unknown.count - 20) more" : ""
            log.add(
                .notice, "unknown-latex", line: first.value.line,
                "LaTeX commands this reader does not know were dropped, their text kept: \(list)\(more)")
        }
    }

    private func label(_ entry: BibTeXEntry) -> String { "@\(entry.type){\(entry.key)" }

    // MARK: - Authors

    /// The author list: parsed names, the raw name strings (for matching WoS fields), and truncation.
    mutating func authors(_ field: BibTeXField, label: String) -> ([AuthorName], [String], Bool) {
        decoder.currentLine = field.line
        let (raw, truncated) = BibTeXName.splitList(field.value)
        var authors: [AuthorName] = []
        var kept: [String] = []
        var seen: Set<String> = []
        for item in raw {
            let name = BibTeXName.parse(item, decoder: &decoder)
            let written = name.display
            if written.isEmpty { continue }
            guard seen.insert(written).inserted else {
                log.add(
                    .warning, "repeated-author", line: field.line,
                    "“\(written)” is listed twice among the authors of “\(label)”; it was kept once")
                continue
            }
            authors.append(AuthorName(written: written, kind: BibTeXRecordBuilder.kind(of: name)))
            kept.append(item)
        }
        return (authors, kept, truncated)
    }

    /// Group or person: a fully braced name (`{OSEK/VDX Group}`) is a group unless it shows an initial
    /// (`{J. Smith}`); a single word (`AUTOSAR`, `IEEE`, `Wikipedia`) is taken for an organization, since BibTeX
    /// persons have a first name or an initial; a name with a word that starts with a digit (`ISO 26262-4`) is a
    /// group; otherwise the collective-noun test of `GroupNames`.
    static func kind(of name: BibTeXName) -> AuthorKind {
        let display = name.display
        let hasInitial = display.split(separator: " ").contains { word in
            word.count == 2 && word.last == "." && word.first?.isUppercase == true
        }
        if name.isBraced { return hasInitial ? .person : .group }
        if name.given.isEmpty, name.particle.isEmpty, name.suffix.isEmpty, !display.contains(".") { return .group }
        if display.split(separator: " ").contains(where: { $0.first?.isNumber == true }) { return .group }
        return GroupNames.kind(of: display)
    }

    // MARK: - Dates

    mutating func readDate(_ entry: BibTeXEntry, into paper: inout Paper) {
        var dateParts: PartialDate?
        if let field = entry["date"], let text = text(entry, "date") {
            dateParts = PartialDate.iso(text)
            if dateParts == nil {
                log.add(
                    .warning, "bad-date", line: field.line,
                    "the date “\(ParseIssue.shorten(text, limit: 40))” is not YYYY, YYYY-MM or YYYY-MM-DD; "
                        + "it was not used", excerpt: text)
            }
        }
        if let field = entry["year"], let text = text(entry, "year") {
            if let year = PartialDate.leadingYear(text) {
                paper.year = year
            } else {
                log.add(
                    .warning, "bad-year", line: field.line,
                    "the year “\(ParseIssue.shorten(text, limit: 40))” does not start with a year in 1000–2100; "
                        + "the year was left empty", excerpt: text)
            }
        } else if let date = dateParts {
            paper.year = date.year
        }
        if let field = entry["month"], let text = text(entry, "month") {
            if let (month, day) = PartialDate.month(field: text) {
                paper.month = month
                paper.day = day
            } else {
                log.add(
                    .warning, "bad-month", line: field.line,
                    "the month “\(ParseIssue.shorten(text, limit: 40))” is not one month; the month was left empty",
                    excerpt: text)
            }
        } else if let date = dateParts, paper.year == date.year {
            paper.month = date.month
            paper.day = date.day
        }
    }

    // MARK: - Venue, identifiers, topics

    mutating func venue(_ entry: BibTeXEntry) -> String? {
        for name in ["journal", "journaltitle", "booktitle"] {
            if let venue = text(entry, name) { return venue }
        }
        if BibTeXEntryTypes.bookLike.contains(entry.type) { return text(entry, "publisher") }
        return nil
    }

    mutating func readIdentifiers(_ entry: BibTeXEntry, into paper: inout Paper) {
        let url = entry.value("url").map(BibTeXIdentifiers.clean)
        if let doi = entry.value("doi").map(BibTeXIdentifiers.clean) {
            if let normalized = DOI(doi)?.value {
                paper.identifiers[.doi] = normalized
            } else if !doi.isEmpty, let field = entry["doi"] {
                log.add(
                    .warning, "bad-doi", line: field.line,
                    "the DOI “\(ParseIssue.shorten(doi, limit: 60))” does not start with “10.”; it was not used")
            }
        }
        if paper.identifiers[.doi] == nil, let url, url.lowercased().contains("doi.org/"),
            let doi = DOI(url)?.value
        {
            paper.identifiers[.doi] = doi
        }
        if let id = entry.value("unique-id").map(BibTeXIdentifiers.clean), id.uppercased().hasPrefix("WOS:") {
            paper.identifiers[.wos] = id
        }
        if let isbn = entry.value("isbn").map(BibTeXIdentifiers.clean), !isbn.isEmpty {
            paper.identifiers[.isbn] = isbn
        }
        if let pmid = entry.value("pmid").map(BibTeXIdentifiers.clean), !pmid.isEmpty {
            paper.identifiers[.pubmed] = pmid
        }
        if let arxiv = BibTeXIdentifiers.arxiv(entry) { paper.identifiers[.arxiv] = arxiv }
        if let dblp = BibTeXIdentifiers.dblp(entry) { paper.identifiers[.dblp] = dblp }
        if let url, let eid = BibTeXIdentifiers.scopusEID(url) { paper.identifiers[.scopus] = eid }
    }

    mutating func topics(_ entry: BibTeXEntry) -> [String] {
        var topics: [String] = []
        var seen: Set<String> = []
        for name in ["keywords", "keyword", "keywords-plus", "research-areas"] {
            guard let field = entry[name] else { continue }
            let separator: Character = field.value.contains(";") ? ";" : ","
            decoder.currentLine = field.line
            for item in field.value.split(separator: separator) {
                let topic = decoder.decode(item)
                if !topic.isEmpty, seen.insert(topic).inserted { topics.append(topic) }
            }
        }
        return topics
    }
}
