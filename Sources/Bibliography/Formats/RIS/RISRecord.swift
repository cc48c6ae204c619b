/// One RIS record's fields and their mapping to a `Paper`.
///
/// | tags | becomes |
/// |---|---|
/// | `AU`, `A1` | authors, one per line, in file order (`A2` editors, `A3` series editors, `A4` and `ED` are not authors) |
/// | `TI`, `T1` (else `CT`, else `BT`) | title |
/// | `PY`, `Y1`, `DA` | year, and month/day when stated (`2019/05/01/`, `24-27 Sept. 2019`) |
/// | `JF`, `T2`, `JO`, `JA`, `J2`, `J1` (else `BT` when not the title) | venue |
/// | `DO` (else a `doi.org` link in `UR`) | `identifiers[.doi]` |
/// | `ID` | `identifiers[.sourceID]`; `SN` → `issn` or `isbn`; first `UR` → `url` |
/// | `KW` (split on `;`) | topics |
/// | `AB`, `N2` | abstract |
/// | `AD` | paper affiliations |
///
/// A name repeated in one record is kept once (`duplicate-author` notice). A record with neither a title nor
/// authors is skipped.
struct RISRecord {
    let path: String
    /// The 1-based line of the `TY` tag.
    let line: Int
    /// The `TY` value (`JOUR`, `CONF`, ...).
    let type: String
    var fields: [TaggedField] = []

    init(path: String, line: Int, type: String) {
        self.path = path
        self.line = line
        self.type = type
    }

    /// Appends `text` to the last field's values; false when the record has no field yet.
    mutating func continueLastField(with text: Substring) -> Bool {
        guard !fields.isEmpty else { return false }
        fields[fields.count - 1].values.append(TaggedText.trimmed(text))
        return true
    }

    /// Tags whose lines are authors of the work.
    static let authorTags: Set<Substring> = ["AU", "A1"]
    static let venueTags: [Substring] = ["JF", "T2", "JO", "JA", "J2", "J1"]

    private func first(_ tags: Substring...) -> TaggedField? {
        for tag in tags {
            if let field = fields.first(where: { $0.tag == tag && !$0.text.isEmpty }) { return field }
        }
        return nil
    }

    private func all(_ tag: Substring) -> [TaggedField] { fields.filter { $0.tag == tag } }

    /// The paper, or nil when the record was skipped (reported in `log`).
    func paper(log: inout IssueLog, excerpt: String) -> Paper? {
        var authors: [AuthorName] = []
        var authorLines: [Int] = []
        for field in fields where Self.authorTags.contains(field.tag) {
            let name = field.text
            if name.isEmpty { continue }
            authors.append(AuthorName(written: name))
            authorLines.append(field.line)
        }
        let (kept, dropped) = TaggedValues.dropRepeatedAuthors(authors)
        for position in dropped {
            log.add(
                .notice, "duplicate-author", line: authorLines[position],
                "“\(authors[position].written)” is listed again in the same record; kept once",
                excerpt: authors[position].written)
        }

        var titleField = first("TI", "T1", "CT")
        if titleField == nil, type != "CHAP" { titleField = first("BT") }
        let title = titleField?.text ?? ""
        if title.isEmpty && kept.isEmpty {
            log.skip(line: line, reason: "the record has neither a title nor authors", excerpt: excerpt)
            return nil
        }

        var paper = Paper(title: title, authors: kept, locations: [SourceLocation(file: path, line: line)])
        setDate(of: &paper, log: &log)
        var venueTags = Self.venueTags
        if titleField?.tag != "BT" { venueTags.append("BT") }
        for tag in venueTags {
            if let field = first(tag) {
                paper.venue = field.text
                break
            }
        }
        if let doi = first("DO").flatMap({ DOI($0.text)?.value }) {
            paper.identifiers[.doi] = doi
        } else if let link = all("UR").first(where: { $0.text.lowercased().contains("doi.org/10.") }),
            let doi = DOI(findingIn: link.text)?.value
        {
            paper.identifiers[.doi] = doi
        }
        if let id = first("ID") { paper.identifiers[.sourceID] = id.text }
        if let url = first("UR") { paper.identifiers[.url] = url.text }
        if let serial = first("SN") {
            let digits = serial.text.filter { $0.isNumber || $0 == "X" || $0 == "x" }
            paper.identifiers[digits.count == 8 ? .issn : .isbn] = serial.text
        }
        paper.topics = TaggedText.unique(all("KW").flatMap { TaggedText.split(Substring($0.text), on: ";") })
        if let abstract = first("AB", "N2") { paper.abstract = abstract.text }
        paper.affiliations = TaggedText.unique(all("AD").map(\.text).filter { !$0.isEmpty })
        return paper
    }

    /// Year from `PY`, else `Y1`, else `DA`; month and day from the first of them that states them for the same
    /// year. A `PY` that holds no year is a `bad-year` warning.
    private func setDate(of paper: inout Paper, log: inout IssueLog) {
        var dates: [PartialDate] = []
        for tag in ["PY", "Y1", "DA"] as [Substring] {
            for field in all(tag) where !field.text.isEmpty {
                let text = Substring(field.text)
                let date = PartialDate.slashed(text) ?? PartialDate.freeForm(text)
                if date.year == nil, tag == "PY" {
                    log.add(
                        .warning, "bad-year", line: field.line,
                        "the year “\(ParseIssue.shorten(field.text, limit: 40))” holds no year in 1000–2100; "
                            + "the year was left empty", excerpt: field.text)
                }
                if date.year != nil { dates.append(date) }
            }
        }
        guard let year = dates.first?.year else { return }
        paper.year = year
        if let dated = dates.first(where: { $0.year == year && $0.month != nil }) {
            paper.month = dated.month
            paper.day = dated.day
        }
    }
}
