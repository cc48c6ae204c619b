/// Reads Web of Science exports: the plain-text "tagged" file and the tab-delimited file.
///
/// Plain text (`FN Clarivate Analytics Web of Science` / `VR 1.0` header, a byte order mark often):
/// ```
/// PT J
/// AU Gilles, H
///    Girard, S
/// TI A title that wraps
///    onto the next line
/// ER
///
/// EF
/// ```
/// Two-character tags; continuation lines are indented (three spaces). `PT` starts a record, `ER` ends it, `EF`
/// ends the file. Every `PT` line is a record read: `records.count + skipped.count` is the number of `PT` lines.
/// A record not closed by `ER` (the next `PT` comes first, or the file ends) is kept with a `missing-end`
/// warning; lines outside records and damaged lines are reported and ignored.
///
/// Tab-delimited: a header row of the same tags (`PT\tAU\tBA\t...`) and one record a line, multi-valued cells
/// separated by `; `. See `WebOfScienceTable`. Both forms map through `WebOfScienceRecord`.
///
/// - Complexity: O(bytes).
public enum WebOfScienceReader {
    /// How many non-blank lines from the top are searched for `FN`, `VR` or `PT` when detecting.
    static let detectionLines = 5

    /// True for a plain-text export (one of the first non-blank lines is `FN ...`, `VR ...` or `PT ...` and the
    /// next tag lines are WoS-shaped) or a tab-delimited export (see `WebOfScienceTable.looksLikeTable`).
    public static func looksLikeWebOfScience(_ file: TextFile) -> Bool {
        looksLikePlainText(file) || WebOfScienceTable.looksLikeTable(file)
    }

    static func looksLikePlainText(_ file: TextFile) -> Bool {
        WebOfScienceSyntax.firstLines(of: file, limit: detectionLines) { tag, value in
            tag == "PT"
                || tag == "FN"
                    && (value.contains("Web of Science") || value.contains("ISI Export")
                        || value.contains("Clarivate") || value.contains("Thomson"))
        }
    }

    /// Reads every record. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile) -> ParseResult {
        if !looksLikePlainText(file), WebOfScienceTable.looksLikeTable(file) {
            return WebOfScienceTable.read(file)
        }
        var reading = PlainTextReading(file: file)
        var scanner = TaggedLineScanner<WebOfScienceSyntax>(lines: file.lines)
        while let event = scanner.next() { reading.take(event) }
        return reading.finish()
    }

    /// The state of reading a plain-text export: the record open (from `PT` to `ER`), whether `EF` was seen.
    struct PlainTextReading {
        let file: TextFile
        var result: ParseResult
        var log: IssueLog
        var open: WebOfScienceRecord?
        var ended = false

        init(file: TextFile) {
            self.file = file
            result = ParseResult(file: file.path, format: .wos, issues: file.issues)
            log = IssueLog(path: file.path)
        }

        mutating func take(_ event: TaggedLineScanner<WebOfScienceSyntax>.Event) {
            switch event {
            case let .field(field):
                take(field)
            case .blank:
                break
            case let .malformed(line):
                log.malformedLine(line, tagLine: "XX value", excerpt: TaggedText.printable(file.line(line)))
            case let .stray(line, _):
                log.strayContinuation(line, excerpt: file.line(line))
            }
        }

        private mutating func take(_ field: TaggedField) {
            switch field.tag {
            case "PT":
                if let previous = open {
                    log.missingEnd(previous.line, endedAt: field.line, excerpt: file.line(previous.line))
                    close(previous)
                }
                ended = false
                open = WebOfScienceRecord(line: field.line)
                open?.add(field)
            case "ER":
                if let record = open {
                    close(record)
                    open = nil
                } else {
                    outside(field.line, "an ER line")
                }
            case "EF":
                if let record = open {
                    log.add(
                        .warning, "missing-end", line: record.line,
                        "the record that starts here has no ER line before EF; it was kept",
                        excerpt: file.line(record.line))
                    close(record)
                    open = nil
                }
                ended = true
            case "FN", "VR":
                break  // The file header; harmless anywhere.
            default:
                if open != nil {
                    open?.add(field)
                } else {
                    outside(field.line, "a \(field.tag) line")
                }
            }
        }

        private mutating func close(_ record: WebOfScienceRecord) {
            if let paper = record.paper(path: file.path, log: &log, excerpt: file.line(record.line)) {
                result.records.append(paper)
            }
        }

        private mutating func outside(_ line: Int, _ what: String) {
            log.add(
                .warning, "outside-record", line: line,
                "\(what) outside any record (" + (ended ? "after EF" : "no PT line before it") + "); ignored",
                excerpt: file.line(line))
        }

        mutating func finish() -> ParseResult {
            if let record = open {
                log.truncatedRecord(record.line, excerpt: file.line(record.line))
                close(record)
            }
            log.finish(&result, emptyMessage: "no Web of Science records (no “PT” line) in this file")
            return result
        }
    }
}
