/// Reads DBLP XML (`dblp.xml` and its excerpts, `https://dblp.org/.../*.xml` downloads), streamed through
/// `XMLTokenizer`; no document tree is built.
///
/// A record is an element named after a DBLP publication type (`DBLPRecord.types`: `article`,
/// `inproceedings`, `incollection`, `book`, `phdthesis`, `mastersthesis`, `proceedings`, `www`, `data`) that is
/// not inside another record, wherever it stands (under `<dblp>`, or under `<r>` in a person page). Its fields
/// are mapped as `DBLPRecord` describes.
///
/// Accounting: every record is returned or skipped. Skipped are
/// - person homepages (`www` records with a key under `homepages/`): reason "homepage record, not a
///   publication", with a `notice` — they are correct input, only not papers;
/// - records whose markup is broken (a mismatched or missing end tag, a malformed tag, the file ending inside
///   the record): an `error` at the record's first line; the next record is read.
///
/// Records that repeat an earlier record's key are kept (a `notice`); the corpus merges them by their key.
/// Entities: see `XMLEntityTable` (no expansion of entities inside entities, no external entities).
public enum DBLPReader {
    static let sniffBytes = 65_536

    /// True when the file starts with `<` and its first 64 KB mention `<dblp`, `dblp.dtd` or a DBLP DOCTYPE.
    public static func looksLikeDBLP(_ file: TextFile) -> Bool {
        var head: [UInt8] = []
        for line in file.lines {
            head.append(contentsOf: line.utf8.prefix(sniffBytes - head.count))
            if head.count >= sniffBytes { break }
            head.append(0x0A)
        }
        guard let first = head.first(where: { !JSONValueScanner.isWhitespace($0) }), first == 0x3C else { return false }
        return OpenAlexReader.contains(head, "<dblp") || OpenAlexReader.contains(head, "dblp.dtd")
            || OpenAlexReader.contains(head, "<!DOCTYPE dblp")
    }

    /// Reads every record of the file. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .dblp, issues: file.issues)
        var state = ReadState(file: file)
        state.run(into: &result)
        return result
    }
}

/// The reading loop: tokenizer events → records, with the record and field being read.
private struct ReadState {
    let path: String
    let text: JoinedText
    var tokenizer: XMLTokenizer
    var log = IssueLog(unit: "places")
    /// The record being read.
    var record: DBLPRecord?
    /// Elements open outside records (`dblp`, `r`, ...), to tell a file cut before its end.
    var outerDepth = 0
    /// Key → line of the first record with it.
    var keys: [String: Int] = [:]
    /// Records read so far with the index of their paper in `result.records` (for `crossref`).
    var paperIndexByKey: [String: Int] = [:]

    init(file: TextFile) {
        path = file.path
        text = JoinedText(file)
        tokenizer = XMLTokenizer(text.bytes)
    }

    func location(_ offset: Int) -> SourceLocation { SourceLocation(file: path, line: text.line(of: offset)) }

    mutating func run(into result: inout ParseResult) {
        while let event = tokenizer.next() {
            flushIssues(into: &result)
            handle(event, into: &result)
        }
        flushIssues(into: &result)
        if let open = record {
            var broken = open
            broken.breakIfWhole("the file ends inside this record (truncated file?)")
            finish(broken, into: &result)
        } else if outerDepth > 0 {
            result.issues.append(
                ParseIssue(
                    .warning, "truncated", at: location(max(0, text.bytes.count - 1)),
                    "the file ends before its root element is closed (truncated file?)"))
        }
        DBLPRecord.resolveCrossrefs(in: &result.records, index: paperIndexByKey)
        log.summarize(at: SourceLocation(file: path, line: 1), into: &result.issues)
        if result.recordsRead == 0 {
            result.issues.append(
                ParseIssue(
                    .notice, "no-records", at: SourceLocation(file: path, line: 1),
                    "no DBLP records in this file"))
        }
    }

    private mutating func flushIssues(into result: inout ParseResult) {
        for issue in tokenizer.takeIssues() {
            let at = location(issue.offset), text = self.text
            log.add(issue.code, to: &result.issues) {
                ParseIssue(issue.severity, issue.code, at: at, issue.message, excerpt: text.excerpt(at: issue.offset))
            }
        }
    }

    private mutating func handle(_ event: XMLTokenizer.Event, into result: inout ParseResult) {
        switch event {
        case let .start(name, attributes, selfClosing, offset):
            if DBLPRecord.types.contains(name) {
                if var open = record {
                    open.breakIfWhole(
                        "the record is not closed before the next record starts at line \(text.line(of: offset))")
                    finish(open, into: &result)
                }
                record = DBLPRecord(type: name, attributes: attributes, offset: offset)
                if selfClosing, let done = record {
                    record = nil
                    finish(done, into: &result)
                }
            } else if record != nil {
                record!.open(name, attributes: attributes, selfClosing: selfClosing)
            } else if !selfClosing {
                outerDepth += 1
            }
        case let .end(name, offset):
            if record != nil {
                if record!.close(name, at: text.line(of: offset)), let done = record {
                    record = nil
                    finish(done, into: &result)
                }
            } else if outerDepth > 0 {
                outerDepth -= 1
            } else {
                let at = location(offset)
                log.add("stray-end-tag", to: &result.issues) {
                    ParseIssue(.warning, "stray-end-tag", at: at, "the end tag </\(name)> closes nothing; ignored")
                }
            }
        case let .text(content, _):
            record?.append(content)
        case let .malformed(message, name, offset):
            if record != nil {
                record!.breakIfWhole("\(message) at line \(text.line(of: offset))")
            } else if let name, DBLPRecord.types.contains(name) {
                var broken = DBLPRecord(type: name, attributes: [:], offset: offset)
                broken.breakIfWhole(message)
                finish(broken, into: &result)
            } else {
                result.issues.append(
                    ParseIssue(
                        .error, "malformed-xml", at: location(offset), message,
                        excerpt: text.excerpt(at: offset)))
            }
        }
    }

    /// Turns a finished record into a paper or a skipped record, with its notices.
    private mutating func finish(_ record: DBLPRecord, into result: inout ParseResult) {
        let at = location(record.offset)
        if let key = record.key {
            if let first = keys[key] {
                let kept = record.problem == nil && !record.isHomepage
                log.add("duplicate-key", to: &result.issues) {
                    ParseIssue(
                        .notice, "duplicate-key", at: at,
                        "the key \(key) was used before (line \(first))"
                            + (kept ? "; both records are kept and the corpus merges them by their key" : ""))
                }
            } else {
                keys[key] = at.line
            }
        }
        if let problem = record.problem {
            skip(at, reason: "malformed XML: \(problem)", severity: .error, code: "record-skipped", into: &result)
            return
        }
        if record.isHomepage {
            skip(at, reason: DBLPRecord.homepageReason, severity: .notice, code: "homepage-skipped", into: &result)
            return
        }
        switch record.paper(at: at, log: &log, issues: &result.issues) {
        case let .paper(paper):
            if let key = record.key, paperIndexByKey[key] == nil { paperIndexByKey[key] = result.records.count }
            result.records.append(paper)
        case let .skip(reason):
            skip(at, reason: reason, severity: .error, code: "record-skipped", into: &result)
        }
    }

    private mutating func skip(
        _ location: SourceLocation, reason: String, severity: ParseIssue.Severity, code: String,
        into result: inout ParseResult
    ) {
        result.skipped.append(SkippedRecord(location: location, reason: reason))
        let excerpt = text.excerpt(at: text.lineStarts[location.line - 1])
        let issue = ParseIssue(severity, code, at: location, "record skipped: \(reason)", excerpt: excerpt)
        if severity == .error {
            result.issues.append(issue)
        } else {
            log.add(code, to: &result.issues) { issue }
        }
    }
}

extension DBLPReader: RecordFormatReader {
    static var format: InputFormat { .dblp }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeDBLP(file) }
}
