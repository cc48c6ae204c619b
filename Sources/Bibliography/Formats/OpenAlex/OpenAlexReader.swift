import Foundation

/// Reads OpenAlex works JSON: a saved API page (`{"meta": ..., "results": [...]}`), a JSON array of works, a
/// single work object, or JSON Lines (one work, or one page, per line).
///
/// The file is split into works by `JSONValueScanner` and each work is read by `JSONSerialization` on its own,
/// so a malformed work is one skipped record (an `error` issue at the line where the work starts) and the
/// others are still read. Each record is located at the line where its work starts; a page or array saved on a
/// single line (as the API returns it) puts every work on line 1.
///
/// JSON Lines are recognized when the file starts with `{` and either its first line is a complete JSON value
/// followed by more content, or its first line is broken and its second non-blank line is a complete object.
/// A pretty-printed page or work never has a complete object on its first or second line.
///
/// How fields map to `Paper` is described in `OpenAlexWork`.
///
/// - Complexity: O(n) in the file's bytes, plus `JSONSerialization` of each work.
public enum OpenAlexReader {
    /// How much of the file the sniffer looks at.
    static let sniffBytes = 65_536

    /// True when the first non-blank byte is `{` or `[` and an OpenAlex key shows in the first 64 KB:
    /// `"authorships"`, an `openalex.org/` id or the `"openalex"` key of `ids`, or a page's `"results"` next to
    /// its `"meta"`.
    public static func looksLikeOpenAlex(_ file: TextFile) -> Bool {
        var head: [UInt8] = []
        for line in file.lines {
            head.append(contentsOf: line.utf8.prefix(sniffBytes - head.count))
            if head.count >= sniffBytes { break }
            head.append(0x0A)
        }
        guard let first = head.first(where: { !JSONValueScanner.isWhitespace($0) }), first == 0x7B || first == 0x5B
        else { return false }
        if contains(head, "\"authorships\"") || contains(head, "openalex.org/") || contains(head, "\"openalex\"") {
            return true
        }
        return contains(head, "\"results\"") && contains(head, "\"meta\"")
    }

    /// Reads every work of the file. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .openalex, issues: file.issues)
        let text = JoinedText(file)
        var reader = WorkReader(path: file.path, text: text)
        let start = JSONValueScanner(text.bytes).skipWhitespace(0)
        if start == text.bytes.count {
            result.issues.append(
                ParseIssue(
                    .notice, "no-records", at: SourceLocation(file: file.path, line: 1),
                    "no works in this file: the file is empty"))
            return result
        }
        if isJSONLines(text, firstByte: start) {
            reader.readLines(into: &result)
        } else {
            reader.readDocument(from: start, into: &result)
        }
        reader.log.summarize(at: SourceLocation(file: file.path, line: 1), into: &result.issues)
        if result.recordsRead == 0, !result.issues.contains(where: { $0.severity == .error }) {
            result.issues.append(
                ParseIssue(
                    .notice, "no-records", at: SourceLocation(file: file.path, line: 1),
                    "no works in this file (an empty result list)"))
        }
        return result
    }

    /// See the type's documentation for the rule.
    static func isJSONLines(_ text: JoinedText, firstByte: Int) -> Bool {
        guard text.bytes[firstByte] == 0x7B else { return false }
        let firstLine = text.line(of: firstByte)
        func completeObject(onLine line: Int) -> Bool? {
            let range = text.range(ofLine: line)
            let scanner = JSONValueScanner(text.bytes, end: range.upperBound)
            let s = scanner.skipWhitespace(range.lowerBound)
            guard s < range.upperBound, text.bytes[s] == 0x7B else { return nil }
            guard case let .success(end) = scanner.skipValue(at: s) else { return false }
            return scanner.skipWhitespace(end) == range.upperBound
        }
        let next = (firstLine + 1...max(firstLine + 1, text.lineCount)).first { line in
            line <= text.lineCount
                && !text.range(ofLine: line).allSatisfy { JSONValueScanner.isWhitespace(text.bytes[$0]) }
        }
        guard let next, next <= text.lineCount else { return false }
        if completeObject(onLine: firstLine) == true { return true }
        return completeObject(onLine: next) == true
    }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= haystack.count, let first = n.first else { return false }
        var i = 0
        while i <= haystack.count - n.count {
            if haystack[i] == first, haystack[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }
}

/// The reading loop: scans the document or its lines, parses each work and adds records, skips and issues.
private struct WorkReader {
    let path: String
    let text: JoinedText
    var log = IssueLog(unit: "works")
    /// First line of each OpenAlex work id seen, to report repeated works.
    var seenIDs: [String: Int] = [:]

    init(path: String, text: JoinedText) {
        self.path = path
        self.text = text
    }

    func location(_ offset: Int) -> SourceLocation { SourceLocation(file: path, line: text.line(of: offset)) }

    /// A whole-file JSON document: one value, then only whitespace.
    mutating func readDocument(from start: Int, into result: inout ParseResult) {
        let scanner = JSONValueScanner(text.bytes)
        let split = scanner.split(valueAt: start)
        read(split, scope: "file", into: &result)
        if let end = split.end {
            let rest = scanner.skipWhitespace(end)
            if rest < text.bytes.count {
                result.issues.append(
                    ParseIssue(
                        .warning, "trailing-content", at: location(rest),
                        "content after the end of the JSON document was ignored", excerpt: text.excerpt(at: rest)))
            }
        }
    }

    /// JSON Lines: each non-blank line is a value of its own (a work, or a page of works).
    mutating func readLines(into result: inout ParseResult) {
        for line in 1...text.lineCount {
            let range = text.range(ofLine: line)
            let scanner = JSONValueScanner(text.bytes, end: range.upperBound)
            let start = scanner.skipWhitespace(range.lowerBound)
            guard start < range.upperBound else { continue }
            let split = scanner.split(valueAt: start)
            read(split, scope: "line", into: &result)
            if let end = split.end, scanner.skipWhitespace(end) < range.upperBound {
                let rest = scanner.skipWhitespace(end)
                let at = location(rest), excerpt = text.excerpt(at: rest)
                log.add("trailing-content", to: &result.issues) {
                    ParseIssue(
                        .warning, "trailing-content", at: at,
                        "content after the JSON value on this line was ignored", excerpt: excerpt)
                }
            }
        }
    }

    /// Reads the works of one split; `scope` names what a structural failure loses the rest of ("file", "line").
    mutating func read(_ split: JSONValueScanner.Split, scope: String, into result: inout ParseResult) {
        for element in split.works {
            let at = location(element.range.lowerBound)
            if element.tooDeep {
                skip(
                    at, reason: "the work nests more than \(JSONValueScanner.maxDepth) levels deep",
                    excerpt: text.excerpt(at: element.range.lowerBound), into: &result)
                continue
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(
                    with: Data(text.bytes[element.range]), options: [.fragmentsAllowed])
            } catch {
                skip(
                    at, reason: "the work is not valid JSON (\(Self.describe(error)))",
                    excerpt: text.excerpt(at: element.range.lowerBound), into: &result)
                continue
            }
            guard let work = object as? [String: Any] else {
                skip(
                    at, reason: "a work must be a JSON object, this is \(Self.kind(of: object))",
                    excerpt: text.excerpt(at: element.range.lowerBound), into: &result)
                continue
            }
            switch OpenAlexWork.paper(from: work, at: at, log: &log, issues: &result.issues) {
            case let .paper(paper):
                if let id = paper.identifiers[.openalex] {
                    if let first = seenIDs[id] {
                        log.add("duplicate-id", to: &result.issues) {
                            ParseIssue(
                                .notice, "duplicate-id", at: at,
                                "work \(id) is listed again (first at line \(first)); both are kept and the corpus merges them by their OpenAlex id"
                            )
                        }
                    } else {
                        seenIDs[id] = at.line
                    }
                }
                result.records.append(paper)
            case let .skip(reason):
                skip(at, reason: reason, excerpt: text.excerpt(at: element.range.lowerBound), into: &result)
            }
        }
        guard let (failure, workStart) = split.failure else { return }
        let message: String
        var offset = workStart ?? text.bytes.count
        switch failure {
        case .truncated:
            message =
                workStart == nil
                ? "the \(scope) ends before the JSON is closed (truncated \(scope)?)"
                : "the \(scope) ends inside this work (truncated \(scope)?)"
        case let .unexpected(at, what):
            message = "malformed JSON at line \(text.line(of: at)): \(what); the rest of the \(scope) was not read"
            if workStart == nil { offset = at }
        case let .tooDeep(at, _):
            message = "the JSON nests more than \(JSONValueScanner.maxDepth) levels deep at line \(text.line(of: at))"
        }
        if let workStart {
            skip(location(workStart), reason: message, excerpt: text.excerpt(at: workStart), into: &result)
        } else {
            let at = location(min(offset, max(0, text.bytes.count - 1)))
            result.issues.append(ParseIssue(.error, "malformed-json", at: at, message))
        }
    }

    func skip(_ location: SourceLocation, reason: String, excerpt: String, into result: inout ParseResult) {
        result.skipped.append(SkippedRecord(location: location, reason: reason))
        result.issues.append(
            ParseIssue(
                .error, "record-skipped", at: location, "work skipped: \(reason)",
                excerpt: excerpt))
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let debug = ns.userInfo["NSDebugDescription"] as? String, !debug.isEmpty {
            return ParseIssue.shorten(debug, limit: 80)
        }
        return ParseIssue.shorten(ns.localizedDescription, limit: 80)
    }

    static func kind(of value: Any) -> String {
        switch value {
        case is [Any]: return "an array"
        case is String: return "a string"
        case is NSNull: return "null"
        case is NSNumber: return "a number"
        default: return "not an object"
        }
    }
}

extension OpenAlexReader: RecordFormatReader {
    static var format: InputFormat { .openalex }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeOpenAlex(file) }
}
