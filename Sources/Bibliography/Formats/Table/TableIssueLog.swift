/// Lists the first `limit` issues of each code (the table reader passes every code but `record-skipped`
/// through it) and counts the rest; a summary issue per code says how many there were in all.
struct TableIssueLog {
    let limit: Int
    private(set) var counts: [String: Int] = [:]
    /// Codes in order of first appearance.
    private(set) var order: [String] = []

    init(limit: Int) { self.limit = limit }

    /// Counts one issue of `code`; makes and lists it while the code is under the limit.
    mutating func add(_ code: String, to issues: inout [ParseIssue], _ make: () -> ParseIssue) {
        let count = (counts[code] ?? 0) + 1
        if count == 1 { order.append(code) }
        counts[code] = count
        if count <= limit { issues.append(make()) }
    }

    /// One more issue per code that had more than `limit`: the total, at `location`.
    func summarize(at location: SourceLocation, into issues: inout [ParseIssue]) {
        for code in order {
            guard let count = counts[code], count > limit,
                  let example = issues.last(where: { $0.code == code }) else { continue }
            issues.append(ParseIssue(example.severity, code, at: location,
                                     "\(count) rows in all had this problem (only the first \(limit) are listed)"))
        }
    }
}
