/// Something a parser noticed about its input, located at a file and line. Parsers return these; they never
/// throw per record.
public struct ParseIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        /// Worth knowing, nothing lost (a file without records, a name split decided by corpus evidence).
        case notice
        /// Input that was repaired or guessed (invalid UTF-8 replaced, an uncertain title/author split).
        case warning
        /// Input that could not be used: a record skipped, a file unreadable.
        case error

        private var rank: Int { self == .notice ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// A stable machine-readable code, e.g. `invalid-utf8`, `record-skipped`, `split-guess`.
    public var code: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A short excerpt of the offending input (at most 120 characters).
    public var excerpt: String?

    public init(
        _ severity: Severity, _ code: String, at location: SourceLocation, _ message: String, excerpt: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.excerpt = excerpt.map { ParseIssue.shorten($0) }
    }

    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]" + (excerpt.map { " — \"\($0)\"" } ?? "")
    }

    static func shorten(_ s: String, limit: Int = 120) -> String {
        guard let end = s.index(s.startIndex, offsetBy: limit, limitedBy: s.endIndex), end < s.endIndex else {
            return s
        }
        return String(s[..<end]) + "…"
    }
}
