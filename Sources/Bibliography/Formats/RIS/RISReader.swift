/// Reads RIS (Research Information Systems) tagged records: `TY  - ` starts a record, `ER  - ` ends it.
///
/// ```
/// TY  - JOUR
/// TI  - The European Approach to the Exascale Challenge
/// AU  - G. Kalbe
/// PY  - 2019
/// ER  -
/// ```
/// The tags used are listed in `RISRecord`. Every `TY` line starts a record: `records.count + skipped.count`
/// is the number of `TY` lines. A record that is not closed by `ER` (the next `TY` comes first, or the file ends:
/// a truncated download) is still returned, with a `missing-end` warning. Lines outside records, damaged tag
/// lines and lines of binary bytes are reported (`outside-record`, `malformed-line`) and ignored.
///
/// - Complexity: O(bytes) for the scan; each record's mapping is linear in its fields.
public enum RISReader {
    /// How many non-blank lines from the top are searched for a `TY  - ` line when detecting the format.
    static let detectionLines = 10

    /// True when one of the first non-blank lines starts with `TY  - ` (or is `TY  -`).
    public static func looksLikeRIS(_ file: TextFile) -> Bool {
        RISSyntax.firstLines(of: file, limit: detectionLines) { tag, _ in tag == "TY" }
    }

    /// Reads every record. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .ris, issues: file.issues)
        var log = IssueLog(path: file.path)
        var scanner = TaggedLineScanner<RISSyntax>(lines: file.lines)
        var open: RISRecord?

        func close(_ record: RISRecord) {
            if let paper = record.paper(log: &log, excerpt: file.line(record.line)) {
                result.records.append(paper)
            }
        }

        while let event = scanner.next() {
            switch event {
            case let .field(field) where field.tag == "TY":
                if let previous = open {
                    log.missingEnd(previous.line, endedAt: field.line, excerpt: file.line(previous.line))
                    close(previous)
                }
                open = RISRecord(path: file.path, line: field.line, type: field.text)
            case let .field(field) where field.tag == "ER":
                if let record = open {
                    close(record)
                    open = nil
                } else {
                    log.add(
                        .warning, "outside-record", line: field.line,
                        "an ER line without a TY line before it; ignored", excerpt: file.line(field.line))
                }
            case let .field(field):
                if open != nil {
                    open?.fields.append(field)
                } else {
                    log.add(
                        .warning, "outside-record", line: field.line,
                        "a \(field.tag) line outside any record (no TY line before it); ignored",
                        excerpt: file.line(field.line))
                }
            case .blank:
                break
            case let .malformed(line):
                log.add(
                    .warning, "malformed-line", line: line,
                    "neither a tag line (“XX  - value”) nor text; the line was ignored",
                    excerpt: TaggedText.printable(file.line(line)))
            case let .stray(line, text):
                // Text after a blank line inside a record: a paragraph of the field above.
                if open?.continueLastField(with: text) != true {
                    log.add(
                        .warning, "outside-record", line: line,
                        "text outside any record (no tag line above it); ignored", excerpt: file.line(line))
                }
            }
        }
        if let record = open {
            log.truncatedRecord(record.line, excerpt: file.line(record.line))
            close(record)
        }
        log.finish(&result, emptyMessage: "no RIS records (no “TY  - ” line) in this file")
        return result
    }

}
