import Bibliography

/// Why `analyze` stopped before writing anything: no input gave a usable record. The description says what was
/// seen, one line per input (unreadable, empty, in no known format, every record skipped), so the user can tell
/// a wrong path from a wrong file.
public struct NoUsableRecords: Error, CustomStringConvertible {
    /// One line per input as seen by the read.
    public let seen: [String]

    public init(_ batch: InputReader.Batch, inputs: [String]) {
        var seen = batch.errors.map(\.description)
        for result in batch.results {
            seen.append(Self.describe(result))
        }
        seen += batch.notices.map { "\($0.location): \($0.message)" }
        if seen.isEmpty {
            seen.append("\(inputs.joined(separator: ", ")): no files to read")
        }
        self.seen = seen
    }

    /// One input file: why it gave no usable record.
    static func describe(_ result: ParseResult) -> String {
        if result.recordsRead == 0 {
            guard let notice = result.issues.first(where: { $0.code == "no-records" }) else {
                return "\(result.file): no records"
            }
            return "\(notice.location): \(notice.message)"
        }
        let first = result.skipped.first.map { " (the first, line \($0.location.line): \($0.reason))" } ?? ""
        return "\(result.file): \(result.recordsRead) records read as \(result.format.rawValue), all skipped\(first)"
    }

    public var description: String {
        (["no usable record was read, so nothing was written (an earlier output is left as it was):"]
            + seen.map { "  " + $0 }).joined(separator: "\n")
    }
}
