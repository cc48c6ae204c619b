/// Collects a tagged-format reader's issues through a `RepeatedIssueLog` (the first `limit` of each code listed,
/// one summary per code at the end); `record-skipped` errors are always listed (every skipped record is located).
///
/// Also keeps the records-read accounting in one place: `skip` adds the `SkippedRecord` and its `error` issue.
struct TaggedIssueLog {
    /// How many issues of one code are listed before they are only counted.
    static let defaultLimit = 20

    let path: String
    let limit: Int
    private(set) var issues: [ParseIssue] = []
    private(set) var skipped: [SkippedRecord] = []
    private var counter: RepeatedIssueLog

    init(path: String, limit: Int = TaggedIssueLog.defaultLimit) {
        self.path = path
        self.limit = limit
        counter = RepeatedIssueLog(limit: limit, unit: "places")
    }

    func location(_ line: Int) -> SourceLocation { SourceLocation(file: path, line: line) }

    /// Counts one issue; makes and lists it while its code is under the limit.
    mutating func add(
        _ severity: ParseIssue.Severity, _ code: String, line: Int, _ message: @autoclosure () -> String,
        excerpt: @autoclosure () -> String? = nil
    ) {
        let at = location(line)
        counter.add(code, listAlways: code == "record-skipped", to: &issues) {
            ParseIssue(severity, code, at: at, message(), excerpt: excerpt())
        }
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

    /// The number of issues of `code` seen so far (listed or not).
    func count(of code: String) -> Int { counter.count(of: code) }

    /// Adds one summary issue per code that went over the limit, located at `line`.
    mutating func summarize(at line: Int) {
        counter.summarize(at: location(line), into: &issues)
    }

    /// Fills `result`: the file's decoding issues first, then this log's issues and skipped records, a
    /// `no-records` notice when nothing was read.
    mutating func finish(_ result: inout ParseResult, summaryLine: Int = 1, emptyMessage: String) {
        summarize(at: summaryLine)
        result.issues.append(contentsOf: issues)
        result.skipped.append(contentsOf: skipped)
        if result.recordsRead == 0 {
            result.issues.append(ParseIssue(.notice, "no-records", at: location(1), emptyMessage))
        }
    }
}
