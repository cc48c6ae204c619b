/// One Web of Science record as tag → values, read from either export form, and its mapping to a `Paper`.
///
/// | tags | becomes |
/// |---|---|
/// | `AF` (full names) when it lists as many names as `AU`, else `AU` | authors (persons); `CA` group authors |
/// | `TI` | title |
/// | `SO` (else `SE`) | venue |
/// | `PY` (else `EY`, else the year in `EA`), `PD` | year, month, day (`MAR 20`; `JUN-JUL` gives no month) |
/// | `DI` | `identifiers[.doi]` |
/// | `UT` | `identifiers[.sourceID]` as written (`WOS:000220362400013`) and `identifiers[.wos]` with the `WOS:` prefix |
/// | `PM`, `SN`, `BN` | `pmid`, `issn`, `isbn` |
/// | `DE`, `ID` (split on `;`) | topics |
/// | `AB` | abstract |
/// | `C1` (`[Author A; Author B] Address`, one per line) | paper affiliations; per-author affiliations |
/// | `OI`, `RI` (`Name/0000-0001-...; ...`) | author `orcid` (`RI` ids that are not ORCIDs → `researcherid`) |
/// | `CR` (one cited work per line) | references: the DOI when one is given (`DOI 10.x`, `DOI [10.a, 10.b]` → first), else the line as written |
///
/// Why `AF` over `AU`: `AF` gives the names as the paper prints them (`Pillon, Florence`), `AU` abbreviates
/// (`Pillon, F`). The lists are parallel; when their lengths differ they cannot be paired and `AU` is used
/// (`author-lists-differ` warning). `C1` brackets name authors in `AF` form; `AU` forms are matched too.
/// Every `CR` line is one reference, repeats included (the count of references equals the count of lines).
struct WebOfScienceRecord {
    /// The 1-based line where the record starts.
    let line: Int
    /// The values of each tag: one entry per physical line (plain text) or per `; ` item (tab-delimited, item
    /// tags only).
    private(set) var values: [Substring: [String]] = [:]
    /// The 1-based line of each tag's first value.
    private(set) var lines: [Substring: Int] = [:]

    init(line: Int) { self.line = line }

    /// Adds a plain-text field: every physical line is one value (already collapsed).
    mutating func add(_ field: TaggedField) {
        set(field.tag, values: field.items, line: field.line)
    }

    mutating func set(_ tag: Substring, values new: [String], line: Int) {
        values[tag, default: []].append(contentsOf: new)
        if lines[tag] == nil { lines[tag] = line }
    }

    /// Every value of `tag`, one per line or item.
    func items(_ tag: Substring) -> [String] { values[tag] ?? [] }

    /// The values of `tag` joined by spaces (a wrapped title or keyword list); nil when absent or empty.
    func text(_ tag: Substring) -> String? {
        guard let parts = values[tag], !parts.isEmpty else { return nil }
        let text = parts.count == 1 ? parts[0] : TaggedText.collapsed(parts.joined(separator: " "))
        return text.isEmpty ? nil : text
    }

    private func lineOf(_ tag: Substring) -> Int { lines[tag] ?? line }

    /// The paper, or nil when the record was skipped (reported in `log`).
    func paper(path: String, log: inout IssueLog, excerpt: String) -> Paper? {
        let short = items("AU")
        let full = items("AF")
        var names = short
        var alternates: [String] = []
        if !full.isEmpty, full.count == short.count {
            names = full
            alternates = short
        } else if !full.isEmpty, short.isEmpty {
            names = full
        } else if !full.isEmpty {
            log.add(
                .warning, "author-lists-differ", line: lineOf("AF"),
                "AF lists \(full.count) names but AU lists \(short.count); they cannot be paired, so the AU "
                    + "names were used", excerpt: full.joined(separator: "; "))
        }
        var authors = names.map { AuthorName(written: $0, kind: .person) }
        let (kept, dropped) = TaggedValues.dropRepeatedAuthors(authors)
        for position in dropped {
            log.add(
                .notice, "duplicate-author", line: lineOf(names == full ? "AF" : "AU"),
                "“\(names[position])” is listed again in the same record; kept once", excerpt: names[position])
        }
        if !dropped.isEmpty, !alternates.isEmpty {
            let droppedSet = Set(dropped)
            alternates = alternates.enumerated().filter { !droppedSet.contains($0.offset) }.map(\.element)
        }
        authors = kept
        let title = text("TI") ?? ""
        if title.isEmpty && authors.isEmpty {
            log.skip(line: line, reason: "the record has neither a title (TI) nor authors (AU/AF)", excerpt: excerpt)
            return nil
        }

        var paper = Paper(title: title, locations: [SourceLocation(file: path, line: line)])
        let addresses = WebOfScienceAddresses(items("C1"))
        addresses.assign(to: &authors, alternates: alternates)
        WebOfScienceAddresses.assignIdentifiers(text("OI"), scheme: .orcid, to: &authors, alternates: alternates)
        WebOfScienceAddresses.assignIdentifiers(
            text("RI"), scheme: .researcherID, to: &authors,
            alternates: alternates)
        paper.authors = authors + items("CA").map { AuthorName(written: $0, kind: .group) }
        paper.affiliations = addresses.paperAffiliations
        setDate(of: &paper, log: &log)
        paper.venue = text("SO") ?? text("SE")
        if let doi = text("DI").flatMap({ DOI($0)?.value }) { paper.identifiers[.doi] = doi }
        if let ut = text("UT") {
            paper.identifiers[.sourceID] = ut
            let upper = ut.uppercased()
            paper.identifiers[.wos] =
                upper.hasPrefix("WOS:")
                ? upper
                : "WOS:" + (upper.hasPrefix("ISI:") ? String(upper.dropFirst(4)) : upper)
        }
        if let pmid = text("PM") { paper.identifiers[.pubmed] = pmid }
        if let issn = text("SN") { paper.identifiers[.issn] = issn }
        if let isbn = text("BN") { paper.identifiers[.isbn] = isbn }
        paper.topics = TaggedText.unique(
            ["DE", "ID"].flatMap { (tag: Substring) -> [String] in
                text(tag).map { TaggedText.split(Substring($0), on: ";") } ?? []
            })
        paper.abstract = text("AB")
        paper.references = items("CR").map { DOI(findingIn: $0)?.value ?? $0 }
        return paper
    }

    /// Year from `PY` (else the early-access `EY` or `EA`); month and day from `PD`. A `PY` without a year is
    /// a `bad-year` warning.
    private func setDate(of paper: inout Paper, log: inout IssueLog) {
        if let py = text("PY") {
            if let year = PartialDate.leadingYear(py) {
                paper.year = year
            } else {
                log.add(
                    .warning, "bad-year", line: lineOf("PY"),
                    "PY “\(ParseIssue.shorten(py, limit: 40))” is not a year in 1000–2100; the year was left empty",
                    excerpt: py)
            }
        }
        if paper.year == nil {
            paper.year =
                text("EY").flatMap { PartialDate.leadingYear($0) }
                ?? text("EA").flatMap { PartialDate.freeForm(Substring($0)).year }
        }
        if paper.year != nil, let pd = text("PD") {
            let date = PartialDate.freeForm(Substring(pd))
            if date.year == nil || date.year == paper.year {
                paper.month = date.month
                paper.day = date.day
            }
        }
    }
}
