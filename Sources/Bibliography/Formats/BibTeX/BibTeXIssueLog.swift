/// The issues of one BibTeX file: every `error` is listed; warnings and notices of one code are listed for the
/// first `limit` occurrences, then counted and summed up by `summarize`.
struct BibTeXIssueLog {
    let path: String
    let limit: Int
    private(set) var issues: [ParseIssue]
    private var counts: [String: Int] = [:]
    private var order: [String] = []

    init(path: String, limit: Int = 20, issues: [ParseIssue] = []) {
        self.path = path
        self.limit = limit
        self.issues = issues
    }

    /// Adds an issue of `code`; it is listed only while the code is under the limit. Errors are always listed.
    mutating func add(_ severity: ParseIssue.Severity, _ code: String, line: Int, _ message: String,
                      excerpt: String? = nil) {
        let count = (counts[code] ?? 0) + 1
        if count == 1 { order.append(code) }
        counts[code] = count
        if severity == .error || count <= limit {
            issues.append(ParseIssue(severity, code, at: SourceLocation(file: path, line: line), message,
                                     excerpt: excerpt))
        }
    }

    /// True while an issue of `code` would still be listed (callers skip building long excerpts otherwise).
    func wouldList(_ code: String) -> Bool { (counts[code] ?? 0) < limit }

    /// How many issues of `code` were added (listed or not).
    func count(_ code: String) -> Int { counts[code] ?? 0 }

    /// One more issue per code that went over the limit, stating the total.
    mutating func summarize() {
        for code in order {
            guard let count = counts[code], count > limit,
                  let example = issues.last(where: { $0.code == code }), example.severity != .error else { continue }
            issues.append(ParseIssue(example.severity, code, at: SourceLocation(file: path, line: 1),
                                     "\(count) places in all had this problem (only the first \(limit) are listed)"))
        }
    }
}
