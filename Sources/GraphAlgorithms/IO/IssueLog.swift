/// Collects issues: located ones (at most `locatedLimit`, the rest counted), then whole-file notes.
struct IssueLog {
    static let locatedLimit = 1000
    private var located: [GraphFileIssue] = []
    private var notes: [GraphFileIssue] = []
    private var suppressed = 0

    mutating func add(line: Int, _ message: @autoclosure () -> String) {
        if located.count < IssueLog.locatedLimit {
            located.append(GraphFileIssue(line: line, message: message()))
        } else {
            suppressed += 1
        }
    }

    /// A finding about the whole file (line 0); never suppressed.
    mutating func note(_ message: String) { notes.append(GraphFileIssue(line: 0, message: message)) }

    /// Located issues by line (stable), the count of unlisted ones, then the whole-file notes.
    var issues: [GraphFileIssue] {
        var all = located.enumerated()
            .sorted { $0.element.line != $1.element.line ? $0.element.line < $1.element.line : $0.offset < $1.offset }
            .map(\.element)
        if suppressed > 0 {
            all.append(
                GraphFileIssue(line: 0, message: "\(suppressed) more problems of the kinds above were not listed"))
        }
        return all + notes
    }

    /// Resolves directedness: the file's own statement wins over the caller's argument, which wins over undirected.
    mutating func directedness(fileSays: Bool?, argument: Bool?, source: String) -> Bool {
        guard let fileSays else { return argument ?? false }
        if let argument, argument != fileSays {
            note(
                "the file says \(fileSays ? "directed" : "undirected") (\(source)); the directed: \(argument) argument was ignored"
            )
        }
        return fileSays
    }
}
