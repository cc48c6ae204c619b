/// The issues of one BibTeX file, through a `RepeatedIssueLog`: every `error` is listed; warnings and notices of
/// one code are listed for the first `limit` occurrences, then counted and summed up by `summarize`.
struct BibTeXIssueLog {
    let path: String
    let limit: Int
    private(set) var issues: [ParseIssue]
    private var counter: RepeatedIssueLog

    init(path: String, limit: Int = 20, issues: [ParseIssue] = []) {
        self.path = path
        self.limit = limit
        self.issues = issues
        counter = RepeatedIssueLog(limit: limit, unit: "places")
    }

    /// Adds an issue of `code`; it is listed only while the code is under the limit. Errors are always listed.
    mutating func add(
        _ severity: ParseIssue.Severity, _ code: String, line: Int, _ message: String,
        excerpt: String? = nil
    ) {
        let at = SourceLocation(file: path, line: line)
        counter.add(code, listAlways: severity == .error, to: &issues) {
            ParseIssue(severity, code, at: at, message, excerpt: excerpt)
        }
    }

    /// True while an issue of `code` would still be listed (callers skip building long excerpts otherwise).
    func wouldList(_ code: String) -> Bool { counter.wouldList(code) }

    /// How many issues of `code` were added (listed or not).
    func count(_ code: String) -> Int { counter.count(of: code) }

    /// One more issue per code that went over the limit, stating the total.
    mutating func summarize() {
        counter.summarize(at: SourceLocation(file: path, line: 1), into: &issues)
    }
}
