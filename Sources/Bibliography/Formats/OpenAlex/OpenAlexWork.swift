import Foundation

/// Turns one OpenAlex work (as `JSONSerialization` reads it) into a `Paper`.
///
/// | OpenAlex | Paper |
/// |---|---|
/// | `id` (`https://openalex.org/W123`) | `identifiers[.openalex]` and `identifiers[.sourceID]` = `W123` |
/// | `doi` | `identifiers[.doi]`, normalized |
/// | `ids.pmid` | `identifiers[.pubmed]` (the number) |
/// | `title`, else `display_name` | `title` (whitespace collapsed) |
/// | `publication_year`; `publication_date` | `year`; `month`, `day` (only when the date's year is the year) |
/// | `host_venue.display_name` (2022 schema), else `primary_location.source.display_name` | `venue` |
/// | `authorships[].author.display_name` (else the author id) | `authors[].written`, in order |
/// | `authorships[].author.id`, `.orcid` | `authors[].identifiers[.openalex]` (`A…`), `["orcid"]` (bare) |
/// | `authorships[].institutions[].display_name` | `authors[].affiliations`; distinct, in order, `affiliations` |
/// | `concepts[]`, `topics[]`, `keywords[]` display names | `topics`, in that order, distinct, no score threshold |
/// | `referenced_works` | `references` as `W…` ids |
/// | `abstract_inverted_index` | `abstract`, words put back in position order |
///
/// An author slot with neither a display name nor an id is dropped (a warning); the same author id listed twice
/// in one work is kept once (a notice). A work with no id, no title and no authors is skipped.
enum OpenAlexWork {
    enum Outcome {
        case paper(Paper)
        case skip(String)
    }

    static func paper(
        from work: [String: Any], at location: SourceLocation, log: inout IssueLog,
        issues: inout [ParseIssue]
    ) -> Outcome {
        let id = string(work["id"]).map { shortID($0) }
        let title = (string(work["title"]) ?? string(work["display_name"])).map { collapsed($0) } ?? ""
        let authorships = array(work["authorships"]) ?? []
        if id == nil, title.isEmpty, authorships.isEmpty {
            return .skip("not an OpenAlex work: no id, no title and no authorships")
        }
        var paper = Paper(title: title, locations: [location])
        if let id {
            paper.identifiers[.sourceID] = id
            paper.identifiers[.openalex] = id
        }
        if let doi = string(work["doi"]).flatMap({ DOI.normalized($0) }) {
            paper.identifiers[.doi] = doi
        }
        if let ids = dictionary(work["ids"]), let pmid = string(ids["pmid"]).map({ shortID($0) }),
            !pmid.isEmpty, pmid.allSatisfy(\.isNumber)
        {
            paper.identifiers[.pubmed] = pmid
        }
        readDate(work, into: &paper, at: location, log: &log, issues: &issues)
        paper.venue =
            (dictionary(work["host_venue"]).flatMap { string($0["display_name"]) }
            ?? dictionary(work["primary_location"]).flatMap { dictionary($0["source"]) }.flatMap {
                string($0["display_name"])
            })
            .map { collapsed($0) }

        readAuthors(authorships, into: &paper, at: location, log: &log, issues: &issues)
        if paper.authors.isEmpty {
            log.add("no-authors", to: &issues) {
                ParseIssue(
                    .notice, "no-authors", at: location, "work has no authors; it was kept without authors",
                    excerpt: title)
            }
        }

        var topics = OrderedSet()
        for key in ["concepts", "topics", "keywords"] {
            for item in array(work[key]) ?? [] {
                let name =
                    string(item) ?? dictionary(item).flatMap { string($0["display_name"]) ?? string($0["keyword"]) }
                if let name { topics.insert(collapsed(name)) }
            }
        }
        paper.topics = topics.items
        paper.references = (array(work["referenced_works"]) ?? []).compactMap { string($0).map { shortID($0) } }
        if let index = dictionary(work["abstract_inverted_index"]) {
            let (text, ignored) = abstract(from: index)
            if !text.isEmpty { paper.abstract = text }
            if ignored > 0 {
                log.add("bad-abstract-index", to: &issues) {
                    ParseIssue(
                        .warning, "bad-abstract-index", at: location,
                        "\(ignored) entries of the abstract's inverted index are not lists of positions; they were left out"
                    )
                }
            }
        }
        return .paper(paper)
    }

    // MARK: - Parts

    private static func readDate(
        _ work: [String: Any], into paper: inout Paper, at location: SourceLocation,
        log: inout IssueLog, issues: inout [ParseIssue]
    ) {
        if let value = work["publication_year"], !(value is NSNull) {
            if let year = int(value), (1000...2100).contains(year) {
                paper.year = year
            } else {
                log.add("bad-year", to: &issues) {
                    ParseIssue(
                        .warning, "bad-year", at: location,
                        "publication_year “\(ParseIssue.shorten("\(value)", limit: 40))” is not a year in 1000–2100; the year was left empty"
                    )
                }
            }
        }
        guard let date = string(work["publication_date"]) else { return }
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1000...2100).contains(y), (1...12).contains(m), (1...31).contains(d)
        else {
            log.add("bad-date", to: &issues) {
                ParseIssue(
                    .warning, "bad-date", at: location,
                    "publication_date “\(ParseIssue.shorten(date, limit: 40))” is not a YYYY-MM-DD date; month and day were left empty"
                )
            }
            return
        }
        if paper.year == nil { paper.year = y }
        guard paper.year == y else {
            log.add("date-year-differs", to: &issues) {
                ParseIssue(
                    .notice, "date-year-differs", at: location,
                    "publication_date \(date) is not in publication_year \(paper.year!); month and day were left empty")
            }
            return
        }
        paper.month = m
        paper.day = d
    }

    private static func readAuthors(
        _ authorships: [Any], into paper: inout Paper, at location: SourceLocation,
        log: inout IssueLog, issues: inout [ParseIssue]
    ) {
        var affiliations = OrderedSet()
        var seenIDs = Set<String>()
        paper.authors.reserveCapacity(authorships.count)
        for (position, item) in authorships.enumerated() {
            guard let authorship = dictionary(item) else { continue }
            let author = dictionary(authorship["author"]) ?? [:]
            let id = string(author["id"]).map { shortID($0) }
            guard let written = string(author["display_name"]).map({ collapsed($0) }) ?? id else {
                log.add("unnamed-author", to: &issues) {
                    ParseIssue(
                        .warning, "unnamed-author", at: location,
                        "authorship \(position + 1) has neither a display name nor an author id; it was left out")
                }
                continue
            }
            if let id {
                guard seenIDs.insert(id).inserted else {
                    log.add("repeated-author", to: &issues) {
                        ParseIssue(
                            .notice, "repeated-author", at: location,
                            "author \(id) (\(written)) is listed twice in this work; counted once")
                    }
                    continue
                }
            }
            var name = AuthorName(written: written)
            if let id { name.identifiers[.openalex] = id }
            if let orcid = string(author["orcid"]).map({ bareORCID($0) }), !orcid.isEmpty {
                name.identifiers[.orcid] = orcid
            }
            for institution in array(authorship["institutions"]) ?? [] {
                guard let label = dictionary(institution).flatMap({ string($0["display_name"]) }).map({ collapsed($0) })
                else { continue }
                if !name.affiliations.contains(label) { name.affiliations.append(label) }
                affiliations.insert(label)
            }
            paper.authors.append(name)
        }
        paper.affiliations = affiliations.items
    }

    /// The abstract's words in position order (equal positions in word order), and how many index entries were
    /// not lists of integer positions. Sorting pairs rather than filling an array by position keeps memory to
    /// the number of positions given, whatever their values.
    static func abstract(from index: [String: Any]) -> (text: String, ignored: Int) {
        var placed: [(position: Int, word: String)] = []
        var ignored = 0
        for (word, positions) in index {
            guard let list = positions as? [Any] else {
                ignored += 1
                continue
            }
            for position in list {
                guard let p = int(position) else {
                    ignored += 1
                    continue
                }
                placed.append((p, word))
            }
        }
        placed.sort { $0.position != $1.position ? $0.position < $1.position : $0.word < $1.word }
        return (placed.map(\.word).joined(separator: " "), ignored)
    }

    // MARK: - Values

    /// `https://openalex.org/W123` → `W123`; `https://pubmed.ncbi.nlm.nih.gov/123` → `123`; other text as is.
    static func shortID(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") else { return trimmed }
        let path = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        return path.count > 2 ? String(path.last!) : trimmed
    }

    /// `https://orcid.org/0000-0002-1825-0097` → `0000-0002-1825-0097`.
    static func bareORCID(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let range = trimmed.range(of: "orcid.org/") { return String(trimmed[range.upperBound...]).uppercased() }
        return trimmed.uppercased()
    }

    static func collapsed(_ text: String) -> String { TableRecordReader.collapsed(Substring(text)) }

    /// A non-empty string (trimmed); nil for null, numbers, empty text.
    static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        return text.contains(where: { !$0.isWhitespace }) ? text : nil
    }

    static func int(_ value: Any?) -> Int? {
        if let number = value as? NSNumber {
            let double = number.doubleValue
            guard double.isFinite, double == double.rounded(), abs(double) < 1e15 else { return nil }
            return Int(double)
        }
        if let text = value as? String { return Int(text.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    static func array(_ value: Any?) -> [Any]? { value as? [Any] }
    static func dictionary(_ value: Any?) -> [String: Any]? { value as? [String: Any] }
}

/// Distinct strings in first-seen order.
struct OrderedSet {
    private(set) var items: [String] = []
    private var seen: Set<String> = []

    mutating func insert(_ item: String) {
        guard !item.isEmpty, seen.insert(item).inserted else { return }
        items.append(item)
    }
}
