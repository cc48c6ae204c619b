/// Keeps a reader's issue list readable: the first `limit` issues of each code are listed, the rest are only
/// counted and summed up in one more issue of the same code at the end.
///
/// `record-skipped` errors should not go through the log: every skipped record keeps its own located issue.
struct RepeatedIssueLog {
    let limit: Int
    /// What the count at the end counts ("records", "lines", "references").
    let unit: String
    private var counts: [String: Int] = [:]
    private var order: [String] = []

    init(limit: Int = 20, unit: String = "records") {
        self.limit = limit
        self.unit = unit
    }

    /// Counts one issue of `code`; makes and lists it while the code is under the limit.
    mutating func add(_ code: String, to issues: inout [ParseIssue], _ make: () -> ParseIssue) {
        let count = (counts[code] ?? 0) + 1
        if count == 1 { order.append(code) }
        counts[code] = count
        if count <= limit { issues.append(make()) }
    }

    /// How many issues of `code` were counted (listed or not).
    func count(of code: String) -> Int { counts[code] ?? 0 }

    /// Appends one summary issue per code that went over the limit.
    func summarize(at location: SourceLocation, into issues: inout [ParseIssue]) {
        for code in order {
            guard let count = counts[code], count > limit,
                  let example = issues.last(where: { $0.code == code }) else { continue }
            issues.append(ParseIssue(example.severity, code, at: location,
                                     "\(count) \(unit) in all had this problem (only the first \(limit) are listed)"))
        }
    }
}
