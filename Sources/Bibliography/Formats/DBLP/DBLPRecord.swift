/// One DBLP record being read: its fields as they arrive, then the `Paper` they make.
///
/// | DBLP | Paper |
/// |---|---|
/// | `key` attribute | `identifiers[.sourceID]` and `identifiers[.dblp]` |
/// | `<author>` (in order; `orcid` attribute) | `authors` (`identifiers[.orcid]`) |
/// | `<editor>` | `authors`, only when the record has no `<author>` (a notice says so) |
/// | `<title>` (inner `<i>`, `<sub>`, `<sup>`, `<tt>`, `<ref>` flattened to their text) | `title` |
/// | `<year>`, `<month>` | `year`, `month` |
/// | `<journal>`, else `<booktitle>` | `venue` |
/// | the first `<ee>` on `doi.org` | `identifiers[.doi]`, normalized |
/// | `<isbn>` | `identifiers[.isbn]` |
/// | `<cite>` (not `...`) | `references`, as DBLP keys |
/// | `<crossref>` | a missing venue or year is taken from the record with that key in the same file |
///
/// Text is whitespace-collapsed; the first occurrence of a single-valued field wins.
struct DBLPRecord {
    static let types: Set<String> = [
        "article", "inproceedings", "proceedings", "book", "incollection", "phdthesis", "mastersthesis", "www", "data",
    ]
    static let homepageReason = "homepage record, not a publication"

    let type: String
    let key: String?
    /// Byte offset of the record's start tag.
    let offset: Int
    /// The first structural problem; a record with one is skipped.
    private(set) var problem: String?

    private(set) var authors: [(name: String, orcid: String?)] = []
    private(set) var editors: [(name: String, orcid: String?)] = []
    /// Single-valued fields: the first occurrence.
    private(set) var fields: [String: String] = [:]
    private(set) var ees: [String] = []
    private(set) var cites: [String] = []

    /// The field element being read (a child of the record) and its text so far.
    private var field: (name: String, attributes: [String: String], text: String)?
    /// Elements open inside the field (`<i>` in a title).
    private var inner: [String] = []

    init(type: String, attributes: [String: String], offset: Int) {
        self.type = type
        self.key = attributes["key"].map { TableRecordReader.collapsed(Substring($0)) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        self.offset = offset
    }

    var isHomepage: Bool { type == "www" && (key?.hasPrefix("homepages/") ?? false) }

    mutating func breakIfWhole(_ message: String) {
        if problem == nil { problem = message }
    }

    mutating func open(_ name: String, attributes: [String: String], selfClosing: Bool) {
        if field == nil {
            field = (name, attributes, "")
            if selfClosing { closeField() }
        } else if !selfClosing {
            inner.append(name)
        }
    }

    mutating func append(_ text: String) {
        field?.text += text
    }

    /// Handles an end tag; returns true when it closes the record.
    mutating func close(_ name: String, at line: Int) -> Bool {
        if field == nil {
            if name == type { return true }
            breakIfWhole("the end tag </\(name)> at line \(line) closes nothing in <\(type)>")
            return false
        }
        if let last = inner.last {
            if last == name {
                inner.removeLast()
                return false
            }
            breakIfWhole("<\(last)> is not closed before </\(name)> at line \(line)")
            if let index = inner.lastIndex(of: name) {
                inner.removeSubrange(index...)
                return false
            }
            inner.removeAll()
        }
        if name == field!.name {
            closeField()
            return false
        }
        breakIfWhole("<\(field!.name)> is not closed before </\(name)> at line \(line)")
        if name == type {
            field = nil
            return true
        }
        return false
    }

    private mutating func closeField() {
        guard let (name, attributes, raw) = field else { return }
        field = nil
        let value = TableRecordReader.collapsed(Substring(raw))
        guard !value.isEmpty else { return }
        switch name {
        case "author", "editor":
            let orcid = attributes["orcid"].map { OpenAlexWork.bareORCID($0) }.flatMap { $0.isEmpty ? nil : $0 }
            if name == "author" { authors.append((value, orcid)) } else { editors.append((value, orcid)) }
        case "ee":
            ees.append(value)
        case "cite":
            if value != "..." { cites.append(value) }
        default:
            if fields[name] == nil { fields[name] = value }
        }
    }

    enum Outcome {
        case paper(Paper)
        case skip(String)
    }

    func paper(at location: SourceLocation, log: inout IssueLog, issues: inout [ParseIssue]) -> Outcome {
        var names = authors
        if names.isEmpty, !editors.isEmpty {
            names = editors
            log.add("editors-as-authors", to: &issues) {
                ParseIssue(
                    .notice, "editors-as-authors", at: location,
                    "the record has no <author>; its \(editors.count) <editor>s are used as its authors")
            }
        }
        let title = fields["title"] ?? ""
        if names.isEmpty, title.isEmpty { return .skip("the record has neither authors (or editors) nor a title") }
        var paper = Paper(title: title, locations: [location])
        paper.authors = names.map { name in
            var author = AuthorName(written: name.name)
            if let orcid = name.orcid { author.identifiers[.orcid] = orcid }
            return author
        }
        if names.isEmpty {
            log.add("no-authors", to: &issues) {
                ParseIssue(
                    .notice, "no-authors", at: location, "the record has no authors; it was kept without authors",
                    excerpt: title)
            }
        }
        if let key {
            paper.identifiers[.sourceID] = key
            paper.identifiers[.dblp] = key
        } else {
            log.add("no-key", to: &issues) {
                ParseIssue(.warning, "no-key", at: location, "the <\(type)> record has no key attribute")
            }
        }
        if let year = fields["year"] {
            switch PartialDate.yearCell(Substring(year)) {
            case .none: break
            case let .year(value): paper.year = value
            case let .invalid(message):
                log.add("bad-year", to: &issues) {
                    ParseIssue(.warning, "bad-year", at: location, message + "; the year was left empty", excerpt: year)
                }
            }
        }
        if let month = fields["month"] { paper.month = Self.month(month) }
        paper.venue = fields["journal"] ?? fields["booktitle"]
        if let doi = ees.first(where: { $0.lowercased().contains("doi.org/") })
            .flatMap({ DOI.normalized($0) })
        {
            paper.identifiers[.doi] = doi
        }
        if let isbn = fields["isbn"] { paper.identifiers[.isbn] = isbn }
        paper.references = cites
        if let crossref = fields["crossref"] { paper.identifiers[.crossref] = crossref }
        return .paper(paper)
    }

    /// `January`/`Jan`/`1` → 1; nil for anything else (a season, a range).
    static func month(_ text: String) -> Int? {
        let lower = text.lowercased()
        if let number = Int(lower), (1...12).contains(number) { return number }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard lower.count >= 3, let index = names.firstIndex(where: { lower.hasPrefix($0) }) else { return nil }
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ][index]
        return full.hasPrefix(lower) || lower == names[index] + "." ? index + 1 : nil
    }

    /// Fills a record's missing venue and year from the record its `crossref` names (in the same file), as
    /// BibTeX does; the parent's `booktitle`, else its title, is the venue. The `crossref` key is then removed
    /// from the identifiers, where it only waited for this step.
    static func resolveCrossrefs(in papers: inout [Paper], index: [String: Int]) {
        for i in papers.indices {
            guard let parentKey = papers[i].identifiers.removeValue(forKey: .crossref),
                let parentIndex = index[parentKey], parentIndex != i
            else { continue }
            let parent = papers[parentIndex]
            if papers[i].venue == nil { papers[i].venue = parent.venue ?? (parent.title.isEmpty ? nil : parent.title) }
            if papers[i].year == nil { papers[i].year = parent.year }
        }
    }
}
