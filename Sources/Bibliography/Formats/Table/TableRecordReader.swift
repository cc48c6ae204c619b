/// Reads the "plain table" format: a tab- or comma-delimited table with a header row.
///
/// ```
/// paper_id	year	topic	authors
/// P0000000	2012	F001-T0	A0000040;A0000105;A0000115
/// ```
/// The header must have an `authors` column (names separated by `;`); `title`, `year`, `topic`, `doi` and
/// `paper_id` (or `id`) are read when present, other columns are ignored (one notice lists them). Header names
/// are matched case-insensitively after trimming. The delimiter is a tab when the header line contains one,
/// a comma otherwise; quoting follows RFC 4180 (see `DelimitedTableParser`).
///
/// Every data row ends up either as a record or as a skipped record (with an `error` issue `record-skipped`):
/// `records.count + skipped.count` is the number of non-blank data rows. Warnings and notices of one kind are
/// listed for the first `listedPerKind` rows, then summed up in one more issue of the same code.
public enum TableRecordReader {
    /// How many issues of one code (other than `record-skipped`) are listed before they are only counted.
    public static let listedPerKind = 20

    /// The columns the reader uses.
    enum Column: String, CaseIterable {
        case authors, title, year, topic, doi, id, references

        init?(header: String) {
            switch header {
            case "authors": self = .authors
            case "title": self = .title
            case "year": self = .year
            case "topic": self = .topic
            case "doi": self = .doi
            case "paper_id", "id": self = .id
            case "references", "cited_references", "refs": self = .references
            default: return nil
            }
        }
    }

    /// The header row, understood.
    struct Header {
        var delimiter: DelimitedTableParser.Delimiter
        /// 1-based line of the header row.
        var line: Int
        /// The row after the header (1-based line where data may start).
        var dataLine: Int
        /// The header's names, trimmed, as written.
        var names: [String]
        /// Field index of each used column (the first column of a name wins).
        var columns: [Column: Int]
        var issues: [ParseIssue]
    }

    /// True when the first non-empty line looks like a header with an `authors` column (tab- or comma-delimited).
    public static func looksLikeTable(_ file: TextFile) -> Bool {
        guard let index = file.lines.firstIndex(where: { !DelimitedTableParser.isBlank($0) }) else { return false }
        let line = file.lines[index]
        var parser = DelimitedTableParser(lines: [line], path: file.path, delimiter: .detect(header: line))
        guard let row = parser.next() else { return false }
        return row.fields.contains { normalizedHeader($0) == Column.authors.rawValue }
    }

    /// Reads every row of the table. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .table, issues: file.issues)
        let path = file.path
        guard let header = readHeader(file) else {
            result.issues.append(ParseIssue(.notice, "no-records", at: SourceLocation(file: path, line: 1),
                                            "the file is empty: no header row and no rows"))
            return result
        }
        result.issues.append(contentsOf: header.issues)
        guard let authorsIndex = header.columns[.authors] else {
            result.issues.append(ParseIssue(
                .error, "no-authors-column", at: SourceLocation(file: path, line: header.line),
                "the header row has no “authors” column, so the table cannot be read (columns: "
                    + header.names.map { "“\($0)”" }.joined(separator: ", ") + ")",
                excerpt: file.line(header.line)))
            return result
        }

        var log = IssueLog(limit: listedPerKind)
        var parser = DelimitedTableParser(file, delimiter: header.delimiter, startLine: header.dataLine)
        let columnCount = header.names.count
        let titleIndex = header.columns[.title]
        let yearIndex = header.columns[.year]
        let topicIndex = header.columns[.topic]
        let doiIndex = header.columns[.doi]
        let referencesIndex = header.columns[.references]
        let idIndex = header.columns[.id]
        let needed = authorsIndex + 1
        // One record a line at most; avoids regrowing a large array of records.
        result.records.reserveCapacity(max(0, file.lines.count - header.dataLine + 1))

        while let row = parser.next() {
            for issue in parser.takeIssues() { log.add(issue.code, to: &result.issues) { issue } }
            let fields = row.fields
            // A row of empty cells (",,,") carries nothing: it is a blank line.
            if fields.allSatisfy({ isBlankCell($0) }) { continue }
            let location = SourceLocation(file: path, line: row.line)

            if fields.count < needed {
                let reason = "row has \(fields.count) \(fields.count == 1 ? "field" : "fields"), but the authors "
                    + "column is column \(needed) of \(columnCount)"
                skip(location, reason: reason, excerpt: file.line(row.line), into: &result)
                continue
            }
            if fields.count != columnCount {
                log.add("field-count", to: &result.issues) {
                    ParseIssue(.warning, "field-count", at: location,
                               "row has \(fields.count) \(fields.count == 1 ? "field" : "fields"), the header has "
                                   + "\(columnCount); the row was read by position",
                               excerpt: file.line(row.line))
                }
            }

            func cell(_ index: Int?) -> Substring? {
                guard let index, index < fields.count else { return nil }
                return fields[index]
            }

            let (names, truncated) = splitAuthors(fields[authorsIndex])
            let title = cell(titleIndex).map(collapsed) ?? ""
            if names.isEmpty && title.isEmpty {
                skip(location, reason: "row has neither authors nor a title", excerpt: file.line(row.line),
                     into: &result)
                continue
            }

            var paper = Paper(title: title, authors: names.map { AuthorName(written: $0) },
                              authorsTruncated: truncated, locations: [location])
            if names.isEmpty {
                log.add("no-authors", to: &result.issues) {
                    ParseIssue(.notice, "no-authors", at: location,
                               "row has a title but no authors; it was kept without authors", excerpt: title)
                }
            }
            if let yearCell = cell(yearIndex) {
                switch parseYear(yearCell) {
                case .none: break
                case let .year(year): paper.year = year
                case let .invalid(message):
                    log.add("bad-year", to: &result.issues) {
                        ParseIssue(.warning, "bad-year", at: location, message + "; the year was left empty",
                                   excerpt: String(yearCell))
                    }
                }
            }
            if let topic = cell(topicIndex).map(collapsed), !topic.isEmpty { paper.topics = [topic] }
            if let doi = cell(doiIndex).flatMap(normalizeDOI) { paper.identifiers["doi"] = doi }
            if let id = cell(idIndex).map(collapsed), !id.isEmpty { paper.identifiers["id"] = id }
            if let refs = cell(referencesIndex) {
                paper.references = refs.split(separator: ";").map { collapsed($0) }.filter { !$0.isEmpty }
            }
            result.records.append(paper)
        }
        for issue in parser.takeIssues() { log.add(issue.code, to: &result.issues) { issue } }
        log.summarize(at: SourceLocation(file: path, line: header.line), into: &result.issues)

        if result.recordsRead == 0 {
            result.issues.append(ParseIssue(.notice, "no-records", at: SourceLocation(file: path, line: header.line),
                                            "the table has a header row but no rows"))
        }
        return result
    }

    // MARK: - Header

    static func normalizedHeader(_ field: Substring) -> String {
        trimmed(field).lowercased()
    }

    static func readHeader(_ file: TextFile) -> Header? {
        guard let index = file.lines.firstIndex(where: { !DelimitedTableParser.isBlank($0) }) else { return nil }
        let delimiter = DelimitedTableParser.Delimiter.detect(header: file.lines[index])
        var parser = DelimitedTableParser(file, delimiter: delimiter, startLine: index + 1)
        guard let row = parser.next() else { return nil }
        var issues = parser.issues
        let location = SourceLocation(file: file.path, line: row.line)
        let names = row.fields.map { String(trimmed($0)) }
        var columns: [Column: Int] = [:]
        var unknown: [String] = []
        for (position, name) in names.enumerated() {
            guard let column = Column(header: name.lowercased()) else {
                unknown.append(name.isEmpty ? "column \(position + 1) (no name)" : "“\(name)”")
                continue
            }
            if let first = columns[column] {
                issues.append(ParseIssue(.notice, "duplicate-column", at: location,
                                         "the header has “\(names[first])” in column \(first + 1) and "
                                             + "“\(name)” in column \(position + 1); only column \(first + 1) is used"))
            } else {
                columns[column] = position
            }
        }
        if !unknown.isEmpty, columns[.authors] != nil {
            let noun = unknown.count == 1 ? "column is" : "columns are"
            issues.append(ParseIssue(.notice, "unknown-columns", at: location,
                                     "\(unknown.count) \(noun) not used: " + unknown.joined(separator: ", ")))
        }
        return Header(delimiter: delimiter, line: row.line, dataLine: row.lastLine + 1, names: names,
                      columns: columns, issues: issues)
    }

    // MARK: - Cells

    private static func skip(_ location: SourceLocation, reason: String, excerpt: String,
                             into result: inout ParseResult) {
        result.skipped.append(SkippedRecord(location: location, reason: reason))
        result.issues.append(ParseIssue(.error, "record-skipped", at: location, "row skipped: \(reason)",
                                        excerpt: excerpt))
    }

    /// The authors cell: `;`-separated names, each trimmed with whitespace runs collapsed, empty items dropped.
    /// A last item `et al.`, `et al` or `others` (or a last name ending in " et al.") is removed and marks the
    /// list as truncated.
    static func splitAuthors(_ cell: Substring) -> (names: [String], truncated: Bool) {
        var names: [String] = []
        let utf8 = cell.utf8
        var start = utf8.startIndex
        var plain = PlainText()
        var index = start
        func emit(_ end: Substring.UTF8View.Index) {
            if start == end { return }
            let item = Substring(utf8[start..<end])
            if plain.isFinished {
                names.append(String(item))
            } else {
                let name = collapsed(item)
                if !name.isEmpty { names.append(name) }
            }
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x3B {  // ;
                emit(index)
                start = utf8.index(after: index)
                plain = PlainText()
            } else {
                plain.add(byte)
            }
            utf8.formIndex(after: &index)
        }
        emit(index)

        // Only a last name ending in `.`, `l` or `s` can be "et al." or "others": skip lower-casing the rest.
        guard let last = names.last, let end = last.utf8.last,
              end == 0x2E || end | 0x20 == 0x6C || end | 0x20 == 0x73 else { return (names, false) }
        let lower = last.lowercased()
        if lower == "et al." || lower == "et al" || lower == "others" {
            names.removeLast()
            return (names, true)
        }
        for suffix in [" et al.", " et al"] where lower.hasSuffix(suffix) {
            let kept = collapsed(last.dropLast(suffix.count))
            names.removeLast()
            if !kept.isEmpty { names.append(kept) }
            return (names, true)
        }
        return (names, false)
    }

    /// Tracks whether a run of UTF-8 bytes is already trimmed and collapsed: printable ASCII with single spaces
    /// between words. Such text is used as it is, without splitting and joining.
    struct PlainText {
        private(set) var isPlain = true
        /// The previous byte was a space, or there was none yet (a leading space is not plain).
        private var afterSpace = true

        mutating func add(_ byte: UInt8) {
            if byte == 0x20 {
                if afterSpace { isPlain = false }
                afterSpace = true
            } else {
                if byte < 0x20 || byte >= 0x7F { isPlain = false }
                afterSpace = false
            }
        }

        /// Plain and not ending in a space.
        var isFinished: Bool { isPlain && !afterSpace }
    }

    enum YearValue: Equatable {
        case none
        case year(Int)
        case invalid(String)
    }

    /// An empty cell is no year; digits in 1000...2100 are a year; anything else is invalid (never guessed).
    static func parseYear(_ cell: Substring) -> YearValue {
        let text = trimmed(cell)
        if text.isEmpty { return .none }
        guard text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else {
            return .invalid("the year “\(ParseIssue.shorten(String(text), limit: 40))” is not a number")
        }
        guard (1000...2100).contains(value) else {
            return .invalid("the year \(value) is outside 1000–2100")
        }
        return .year(value)
    }

    /// Lower-case, without a `https://doi.org/`, `http://dx.doi.org/` or `doi:` prefix; nil when empty.
    static func normalizeDOI(_ cell: Substring) -> String? {
        var doi = Substring(trimmed(cell).lowercased())
        let prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
                        "doi.org/", "dx.doi.org/", "doi:"]
        for prefix in prefixes where doi.hasPrefix(prefix) {
            doi = doi.dropFirst(prefix.count)
            break
        }
        let result = trimmed(doi)
        return result.isEmpty ? nil : String(result)
    }

    /// Trimmed, with every whitespace run (line breaks from quoted cells included) turned into one space.
    static func collapsed(_ text: Substring) -> String {
        var plain = PlainText()
        for byte in text.utf8 {
            plain.add(byte)
            if !plain.isPlain { break }
        }
        if plain.isFinished || text.isEmpty { return String(text) }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
              let end = text.lastIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        return text[start...end]
    }

    private static func isBlankCell(_ cell: Substring) -> Bool {
        for byte in cell.utf8 where byte != 0x20 && byte != 0x09 {
            // Printable ASCII is content; anything else (line breaks, non-ASCII spaces) needs a closer look.
            return byte > 0x20 && byte < 0x7F ? false : trimmed(cell).isEmpty
        }
        return true
    }

    /// Lists the first `limit` issues of each code (except `record-skipped`), counts the rest.
    private struct IssueLog {
        let limit: Int
        var counts: [String: Int] = [:]
        var order: [String] = []

        init(limit: Int) { self.limit = limit }

        /// Counts one issue of `code`; makes and lists it while the code is under the limit.
        mutating func add(_ code: String, to issues: inout [ParseIssue], _ make: () -> ParseIssue) {
            let count = (counts[code] ?? 0) + 1
            if count == 1 { order.append(code) }
            counts[code] = count
            if count <= limit { issues.append(make()) }
        }

        func summarize(at location: SourceLocation, into issues: inout [ParseIssue]) {
            for code in order {
                guard let count = counts[code], count > limit,
                      let example = issues.last(where: { $0.code == code }) else { continue }
                issues.append(ParseIssue(example.severity, code, at: location,
                                         "\(count) rows in all had this problem (only the first \(limit) are listed)"))
            }
        }
    }
}
