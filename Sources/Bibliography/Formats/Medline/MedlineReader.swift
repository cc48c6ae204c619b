/// Reads PubMed/MEDLINE records (the "PubMed" format of pubmed.ncbi.nlm.nih.gov and of NCBI E-utilities
/// `rettype=medline`):
/// ```
/// PMID- 35757629
/// TI  - Knowledge Mapping of Multicriteria Decision Analysis in Healthcare: A
///       Bibliometric Analysis.
/// FAU - Dai, Zeqi
/// AU  - Dai Z
/// AD  - Center for Evidence-Based Chinese Medicine, ...
///
/// PMID- ...
/// ```
/// Records are separated by blank lines and start at `PMID-`. A `PMID` line inside a record without a blank
/// line before it still starts a new record (`missing-blank-line` notice); a record that does not start with
/// `PMID` is read with a `no-pmid` warning. Every record started is a record read:
/// `records.count + skipped.count`. Damaged lines (`malformed-line`) and indented lines with no tag above them
/// (`stray-continuation`) are reported and ignored. The mapping is in `MedlineRecord`.
///
/// - Complexity: O(bytes).
public enum MedlineReader {
    /// How many non-blank lines from the top are searched for `PMID- ` when detecting.
    static let detectionLines = 5

    /// True when one of the first non-blank lines is a `PMID- ` tag line.
    public static func looksLikeMedline(_ file: TextFile) -> Bool {
        MedlineSyntax.firstLines(of: file, limit: detectionLines) { tag, value in tag == "PMID" && !value.isEmpty }
    }

    /// Reads every record. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .medline, issues: file.issues)
        var log = IssueLog(path: file.path)
        var scanner = TaggedLineScanner<MedlineSyntax>(lines: file.lines)
        var open: MedlineRecord?

        func close(_ record: MedlineRecord) {
            if let paper = record.paper(path: file.path, log: &log, excerpt: file.line(record.line)) {
                result.records.append(paper)
            }
        }

        while let event = scanner.next() {
            switch event {
            case let .field(field):
                if field.tag == "PMID", let previous = open {
                    log.add(
                        .notice, "missing-blank-line", line: field.line,
                        "a PMID line inside a record (no blank line before it); it starts a new record",
                        excerpt: file.line(field.line))
                    close(previous)
                    open = nil
                }
                if open == nil {
                    open = MedlineRecord(line: field.line)
                    if field.tag != "PMID" {
                        log.add(
                            .warning, "no-pmid", line: field.line,
                            "a record that does not start with a PMID line; it was read without a PMID",
                            excerpt: file.line(field.line))
                    }
                }
                open?.fields.append(field)
            case .blank:
                if let record = open {
                    close(record)
                    open = nil
                }
            case let .malformed(line):
                log.malformedLine(line, tagLine: "TAG - value", excerpt: TaggedText.printable(file.line(line)))
            case let .stray(line, _):
                log.strayContinuation(line, excerpt: file.line(line))
            }
        }
        if let record = open { close(record) }
        log.finish(&result, emptyMessage: "no MEDLINE records (no “PMID- ” line) in this file")
        return result
    }
}
