/// Keeps a reader's issue list readable, the one issue log of every reader: the first `limit` issues of each
/// code are listed, the rest are only counted and summed up in one more issue of the same code at the end.
///
/// Some issues are listed whatever their number and never summed up (`AlwaysListed`): a skipped record's
/// `record-skipped` error (every skipped record keeps its own located issue), or every error of a BibTeX file.
///
/// Readers that keep the issues here add them located by line (`add(_:_:line:_:excerpt:)`), record skipped
/// records (`skip`) and `finish` a result; readers that build their issues elsewhere count them into their own
/// list (`add(_:listAlways:to:_:)`, `summarize(at:into:)`).
struct IssueLog {
    /// Which issues are listed whatever their number.
    enum AlwaysListed {
        /// `record-skipped` issues (the tagged-format and table readers).
        case skippedRecords
        /// Every `error` (BibTeX).
        case errors
    }

    /// How many issues of one code are listed before they are only counted.
    static let defaultLimit = 20

    let path: String
    let limit: Int
    /// What the count at the end counts ("places", "rows", "works").
    let unit: String
    let alwaysListed: AlwaysListed
    private(set) var issues: [ParseIssue]
    private(set) var skipped: [SkippedRecord] = []
    private var counts: [String: Int] = [:]
    private var order: [String] = []
    private var listedCodes: Set<String> = []

    /// A log for `path`, starting with `issues` (a file's decoding issues).
    init(
        path: String = "", limit: Int = IssueLog.defaultLimit, unit: String = "places",
        alwaysListed: AlwaysListed = .skippedRecords, issues: [ParseIssue] = []
    ) {
        self.path = path
        self.limit = limit
        self.unit = unit
        self.alwaysListed = alwaysListed
        self.issues = issues
    }

    func location(_ line: Int) -> SourceLocation { SourceLocation(file: path, line: line) }

    // MARK: - Counting into a list of the caller's

    /// Counts one issue of `code`; makes it and appends it to `list` while the code is under the limit (or
    /// always, with `listAlways`).
    mutating func add(_ code: String, listAlways: Bool = false, to list: inout [ParseIssue], _ make: () -> ParseIssue) {
        let count = (counts[code] ?? 0) + 1
        if count == 1 { order.append(code) }
        counts[code] = count
        if listAlways { listedCodes.insert(code) }
        if listAlways || count <= limit { list.append(make()) }
    }

    /// Appends to `list` one summary issue per code that went over the limit.
    func summarize(at location: SourceLocation, into list: inout [ParseIssue]) {
        for code in order where !listedCodes.contains(code) {
            guard let count = counts[code], count > limit, let example = list.last(where: { $0.code == code })
            else { continue }
            list.append(
                ParseIssue(
                    example.severity, code, at: location,
                    "\(count) \(unit) in all had this problem (only the first \(limit) are listed)"))
        }
    }

    /// How many issues of `code` were counted (listed or not).
    func count(of code: String) -> Int { counts[code] ?? 0 }

    /// True while one more issue of `code` would still be listed (callers skip building long excerpts otherwise).
    func wouldList(_ code: String) -> Bool { (counts[code] ?? 0) < limit }

    // MARK: - Issues kept here

    /// Counts one issue located at `line`; lists it while its code is under the limit. (The message and excerpt
    /// are plain values, not closures: readers that keep the log in a property pass text made from themselves.)
    mutating func add(
        _ severity: ParseIssue.Severity, _ code: String, line: Int, _ message: String, excerpt: String? = nil
    ) {
        let at = location(line)
        let always = alwaysListed == .errors ? severity == .error : code == "record-skipped"
        var list = issues
        issues = []
        add(code, listAlways: always, to: &list) { ParseIssue(severity, code, at: at, message, excerpt: excerpt) }
        issues = list
    }

    /// Counts and (under the limit) lists an issue made elsewhere (e.g. by `DelimitedTableParser`).
    mutating func add(_ issue: ParseIssue) {
        add(issue.severity, issue.code, line: issue.location.line, issue.message, excerpt: issue.excerpt)
    }

    /// A record that cannot be used: a `SkippedRecord` and an `error` issue `record-skipped` at its first line.
    mutating func skip(line: Int, reason: String, excerpt: String?) {
        skipped.append(SkippedRecord(location: location(line), reason: reason))
        add(.error, "record-skipped", line: line, "record skipped: \(reason)", excerpt: excerpt)
    }

    /// A record with no `ER` line, ended where the next record starts (RIS, Web of Science).
    mutating func missingEnd(_ line: Int, endedAt next: Int, excerpt: String) {
        add(
            .warning, "missing-end", line: line,
            "the record that starts here has no ER line; it was ended where the next record starts (line \(next)) "
                + "and kept", excerpt: excerpt)
    }

    /// The file ends inside the record that starts at `line` (RIS, Web of Science).
    mutating func truncatedRecord(_ line: Int, excerpt: String) {
        add(
            .warning, "missing-end", line: line,
            "the file ends inside the record that starts here (no ER line: a truncated file?); the record was kept",
            excerpt: excerpt)
    }

    /// A line of a tagged format that is neither a tag line of the shape `tagLine` nor an indented continuation
    /// line (Web of Science, MEDLINE).
    mutating func malformedLine(_ line: Int, tagLine: String, excerpt: String) {
        add(
            .warning, "malformed-line", line: line,
            "neither a tag line (“\(tagLine)”) nor an indented continuation line; the line was ignored",
            excerpt: excerpt)
    }

    /// An indented line with no tag line above it (Web of Science, MEDLINE).
    mutating func strayContinuation(_ line: Int, excerpt: String) {
        add(
            .warning, "stray-continuation", line: line, "an indented line with no tag line above it; ignored",
            excerpt: excerpt)
    }

    /// Adds one summary issue per code that went over the limit, located at `line`.
    mutating func summarize(at line: Int = 1) {
        var list = issues
        issues = []
        summarize(at: location(line), into: &list)
        issues = list
    }

    /// Fills `result`: its issues so far (the file's decoding issues) first, then this log's issues and skipped
    /// records, a `no-records` notice when nothing was read.
    mutating func finish(_ result: inout ParseResult, summaryLine: Int = 1, emptyMessage: String) {
        summarize(at: summaryLine)
        result.issues.append(contentsOf: issues)
        result.skipped.append(contentsOf: skipped)
        if result.recordsRead == 0 {
            result.issues.append(ParseIssue(.notice, "no-records", at: location(1), emptyMessage))
        }
    }
}
