import Foundation
import Testing

@testable import Bibliography

/// One faulty input for a reader and what must come out of it.
struct FaultySnippet: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    /// The issue that must be reported.
    var code: String
    var severity: ParseIssue.Severity
    var line: Int
    /// The titles of the records returned, in order.
    var titles: [String]
    var skipped = 0

    var testDescription: String { name }
}

extension FaultySnippet {
    /// Checks `result` against this snippet: the located issue, the records, the accounting.
    func check(_ result: ParseResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let issue = result.issues.first { $0.code == code && $0.location.line == line }
        #expect(
            issue != nil,
            "expected \(code) at line \(line); got \(result.issues.map { "\($0.code)@\($0.location.line)" })",
            sourceLocation: sourceLocation)
        #expect(issue?.severity == severity, sourceLocation: sourceLocation)
        #expect(issue?.location.file == result.file, sourceLocation: sourceLocation)
        #expect(result.records.map(\.title) == titles, sourceLocation: sourceLocation)
        #expect(result.skipped.count == skipped, sourceLocation: sourceLocation)
        #expect(result.recordsRead == titles.count + skipped, sourceLocation: sourceLocation)
        if severity == .error {
            #expect(result.skipped.contains { $0.location.line == line }, sourceLocation: sourceLocation)
        }
    }
}

/// A 10 MB run of one character (hostile input).
let tenMegabytes = String(repeating: "x", count: 10 * 1024 * 1024)
