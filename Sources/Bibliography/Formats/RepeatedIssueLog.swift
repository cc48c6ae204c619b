/// Keeps a reader's issue list readable: the first `limit` issues of each code are listed, the rest are only
/// counted and summed up in one more issue of the same code at the end. Every reader uses it (directly, or
/// through `TaggedIssueLog` / `BibTeXIssueLog`, which add their own location and accounting conveniences).
///
/// Issues added with `listAlways` (a skipped record's `record-skipped` error: every skipped record keeps its own
/// located issue) are listed whatever their number and never summed up.
struct RepeatedIssueLog {
    let limit: Int
    /// What the count at the end counts ("records", "rows", "places").
    let unit: String
    private var counts: [String: Int] = [:]
    private var order: [String] = []
    private var alwaysListed: Set<String> = []

    init(limit: Int = 20, unit: String = "records") {
        self.limit = limit
        self.unit = unit
    }

    /// Counts one issue of `code`; makes and lists it while the code is under the limit (or always).
    mutating func add(_ code: String, listAlways: Bool = false, to issues: inout [ParseIssue], _ make: () -> ParseIssue)
    {
        let count = (counts[code] ?? 0) + 1
        if count == 1 { order.append(code) }
        counts[code] = count
        if listAlways { alwaysListed.insert(code) }
        if listAlways || count <= limit { issues.append(make()) }
    }

    /// How many issues of `code` were counted (listed or not).
    func count(of code: String) -> Int { counts[code] ?? 0 }

    /// True while one more issue of `code` would still be listed (callers skip building long excerpts otherwise).
    func wouldList(_ code: String) -> Bool { (counts[code] ?? 0) < limit }

    /// Appends one summary issue per code that went over the limit.
    func summarize(at location: SourceLocation, into issues: inout [ParseIssue]) {
        for code in order where !alwaysListed.contains(code) {
            guard let count = counts[code], count > limit,
                let example = issues.last(where: { $0.code == code })
            else { continue }
            issues.append(
                ParseIssue(
                    example.severity, code, at: location,
                    "\(count) \(unit) in all had this problem (only the first \(limit) are listed)"))
        }
    }
}
