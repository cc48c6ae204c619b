/// The syntax layer of the BibTeX reader: finds the blocks of a file on its UTF-8 bytes — entries, `@string`
/// macros, `@comment` and `@preamble` (skipped), `%` comment lines and other text between entries (ignored) —
/// and returns the entries with their raw fields.
///
/// BibTeX's own rules, plus repairs that keep one broken entry from spoiling the rest of the file:
/// - An entry is `@type{key, name = value, ...}` or `@type(key, ...)`. Values are `{...}` (balanced braces),
///   `"..."` (a `"` inside must be in braces), a number, or a macro name; `#` joins parts. Macros are the
///   standard month names `jan`...`dec` and every `@string` defined earlier in the file.
/// - A `%` line between the fields of an entry is a comment (BibTeX has none; people use it to comment out
///   fields). An entry that is still open when a line starting with `@type{` comes is closed there (warning).
/// - A repeated field keeps its first value (warning); a missing comma between two fields makes the text up to
///   the next comma part of the previous value (warning), as BibTeX parsers commonly read it.
/// - An entry that cannot be read (no key, no body, a brace or quote never closed, garbage where a field should
///   be) becomes a `SkippedRecord` with an `error` issue at the offending line; reading resumes at the next line
///   that starts with `@`. A value is also taken as unterminated when a line starting with `@type{` comes
///   before its closing brace or quote, so one missing brace costs one entry, not the rest of the file.
///
/// Everything is iterative (nesting depth is a counter, never recursion), so 100,000 nested braces or a 10 MB
/// line cost time linear in their size.
///
/// - Complexity: O(n) in the bytes of the file, plus O(log lines) per located issue or field.
struct BibTeXScanner {
    struct Output {
        var entries: [BibTeXEntry] = []
        var skipped: [SkippedRecord] = []
        /// `@string` definitions read.
        var macrosDefined = 0
    }

    /// The standard month macros of BibTeX's styles.
    static let monthMacros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    private let bytes: [UInt8]
    /// Byte offset of the start of each line (index 0 = line 1).
    private let lineStarts: [Int]
    private let lines: [String]
    private var pos = 0
    private var macros: [String: String] = monthMacros
    private var output = Output()
    private var log: IssueLog

    /// Scans `file`, adding its issues to `log`.
    static func scan(_ file: TextFile, log: inout IssueLog) -> Output {
        var scanner = BibTeXScanner(file, log: log)
        scanner.run()
        log = scanner.log
        return scanner.output
    }

    private init(_ file: TextFile, log: IssueLog) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        bytes.reserveCapacity(file.lines.reduce(0) { $0 + $1.utf8.count + 1 })
        starts.reserveCapacity(file.lines.count)
        for (index, line) in file.lines.enumerated() {
            starts.append(bytes.count)
            bytes.append(contentsOf: line.utf8)
            if index + 1 < file.lines.count { bytes.append(Byte.newline) }
        }
        if starts.isEmpty { starts = [0] }
        self.bytes = bytes
        self.lineStarts = starts
        self.lines = file.lines
        self.log = log
    }

    // MARK: - Top level

    private mutating func run() {
        let count = bytes.count
        while pos < count {
            let byte = bytes[pos]
            if Byte.isSpace(byte) {
                pos += 1
            } else if byte == Byte.percent {
                skipToLineEnd()
            } else if byte == Byte.at, let start = entryStart(at: pos, needsBody: !isAtLineStart(pos)) {
                readBlock(start)
            } else {
                strayText()
            }
        }
    }

    /// Where an `@type` block starts: the type's byte range and the position after it (spaces skipped).
    private struct BlockStart {
        var at: Int
        var type: String
        /// The first byte after the type and the spaces that follow it.
        var next: Int
    }

    /// `@`, optional spaces, a type name starting with a letter; with `needsBody`, also a `{` or `(` after it.
    private func entryStart(at index: Int, needsBody: Bool) -> BlockStart? {
        var i = index + 1
        let count = bytes.count
        while i < count, Byte.isSpace(bytes[i]) { i += 1 }
        guard i < count, Byte.isLetter(bytes[i]) else { return nil }
        let typeStart = i
        while i < count, Byte.isNameByte(bytes[i]) { i += 1 }
        let typeEnd = i
        while i < count, Byte.isSpace(bytes[i]) { i += 1 }
        if needsBody, i >= count || (bytes[i] != Byte.lbrace && bytes[i] != Byte.lparen) { return nil }
        let type = String(decoding: bytes[typeStart..<typeEnd], as: UTF8.self).lowercased()
        return BlockStart(at: index, type: type, next: i)
    }

    /// True when only spaces or tabs stand between the previous line break (or the file start) and `index`.
    private func isAtLineStart(_ index: Int) -> Bool {
        var i = index - 1
        while i >= 0 {
            let byte = bytes[i]
            if byte == Byte.newline { return true }
            if byte != 0x20 && byte != 0x09 { return false }
            i -= 1
        }
        return true
    }

    /// True when the line starting at `index` begins (after spaces) with `@type{` or `@type(`.
    private func entryStartsLine(at index: Int) -> Bool {
        var i = index
        let count = bytes.count
        while i < count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i < count && bytes[i] == Byte.at && entryStart(at: i, needsBody: true) != nil
    }

    /// Text outside any entry: ignored by BibTeX, reported once per line as a notice. Stops at the line end or
    /// at an `@type{` later on the same line.
    private mutating func strayText() {
        let start = pos
        let count = bytes.count
        var i = pos + 1
        while i < count, bytes[i] != Byte.newline {
            if bytes[i] == Byte.at, entryStart(at: i, needsBody: true) != nil { break }
            i += 1
        }
        pos = i
        let line = line(at: start)
        let code = "text-outside-entries"
        log.add(
            .notice, code, line: line, "text outside any entry was ignored",
            excerpt: log.wouldList(code) ? excerpt(line) : nil)
    }

    private mutating func skipToLineEnd() {
        let count = bytes.count
        while pos < count, bytes[pos] != Byte.newline { pos += 1 }
    }

    // MARK: - Blocks

    private mutating func readBlock(_ start: BlockStart) {
        let line = line(at: start.at)
        pos = start.next
        guard pos < bytes.count, bytes[pos] == Byte.lbrace || bytes[pos] == Byte.lparen else {
            if start.type == "comment" {
                // `@comment` without braces comments out the rest of its line.
                skipToLineEnd()
                return
            }
            fail(line: line, problemLine: line, "“@\(start.type)” is not followed by “{” or “(”: the entry has no body")
            return
        }
        let close = bytes[pos] == Byte.lbrace ? Byte.rbrace : Byte.rparen
        switch start.type {
        case "comment", "preamble":
            skipBalanced(start, close: close, line: line)
        case "string":
            pos += 1
            readString(start, close: close, line: line)
        default:
            pos += 1
            readEntry(start, close: close, line: line)
        }
    }

    /// Skips a `@comment` or `@preamble` body (at `pos`, its opening delimiter) up to the delimiter that
    /// closes it: the matching `}`, or for `(` the first `)` outside braces.
    private mutating func skipBalanced(_ start: BlockStart, close: UInt8, line: Int) {
        var depth = 0
        var i = pos + 1
        let count = bytes.count
        if close == Byte.rbrace { depth = 1 }
        while i < count {
            let byte = bytes[i]
            if byte == Byte.backslash, i + 1 < count, Byte.isEscapedAfterBackslash(bytes[i + 1]) {
                i += 2
                continue
            }
            if byte == Byte.lbrace {
                depth += 1
            } else if byte == Byte.rbrace {
                if depth > 0 { depth -= 1 }
                if depth == 0 && close == Byte.rbrace {
                    pos = i + 1
                    return
                }
            } else if byte == Byte.rparen, close == Byte.rparen, depth == 0 {
                pos = i + 1
                return
            }
            i += 1
        }
        log.add(
            .error, "block-skipped", line: line,
            "“@\(start.type)” is never closed; reading goes on at the next line that starts with “@”",
            excerpt: excerpt(line))
        resync(afterLine: line)
    }

    private mutating func readString(_ start: BlockStart, close: UInt8, line: Int) {
        skipSpace()
        let nameStart = pos
        while pos < bytes.count, Byte.isNameByte(bytes[pos]) { pos += 1 }
        let name = String(decoding: bytes[nameStart..<pos], as: UTF8.self).lowercased()
        skipSpace()
        guard !name.isEmpty, pos < bytes.count, bytes[pos] == Byte.equals else {
            stringFailed(line, "“@string” needs “name = value”")
            return
        }
        pos += 1
        guard let value = readValue(fieldName: name, close: close, entryLine: line, inString: true) else { return }
        skipSpace()
        guard pos < bytes.count, bytes[pos] == close else {
            stringFailed(line, "“@string{\(name) = ...}” is not closed after its value")
            return
        }
        pos += 1
        macros[name] = value
        output.macrosDefined += 1
    }

    private mutating func stringFailed(_ line: Int, _ message: String) {
        log.add(.error, "string-skipped", line: line, message + "; the macro is not defined", excerpt: excerpt(line))
        resync(afterLine: line)
    }

    // MARK: - Entries

    private mutating func readEntry(_ start: BlockStart, close: UInt8, line: Int) {
        skipSpace()
        let keyStart = pos
        let count = bytes.count
        while pos < count, Byte.isKeyByte(bytes[pos]), bytes[pos] != close { pos += 1 }
        let key = String(decoding: bytes[keyStart..<pos], as: UTF8.self)
        let keyEnd = pos
        skipSpace()
        let label = "@\(start.type){\(key)"
        if key.isEmpty || (pos < count && bytes[pos] == Byte.equals) {
            let problem = pos < count ? self.line(at: pos) : line
            let what =
                key.isEmpty
                ? "the entry has no citation key"
                : "the entry has no citation key (“\(key) =” is a field)"
            fail(line: line, problemLine: problem, what)
            return
        }
        var entry = BibTeXEntry(type: start.type, key: key, line: line, fields: [])
        if pos >= count || startsEntry(pos) {
            unclosed(entry, label: label, at: pos >= count ? self.line(at: keyEnd) : self.line(at: pos))
            return
        }
        if bytes[pos] == close {
            pos += 1
            finish(entry)
            return
        }
        guard bytes[pos] == Byte.comma else {
            fail(
                line: line, problemLine: self.line(at: pos),
                "“\(label)” is not followed by a comma (found “\(character(at: pos))”)")
            return
        }
        pos += 1

        while true {
            skipSpaceAndComments()
            if pos >= count {
                unclosed(entry, label: label, at: lineStarts.count)
                return
            }
            if startsEntry(pos) {
                unclosed(entry, label: label, at: self.line(at: pos))
                return
            }
            let byte = bytes[pos]
            if byte == close {
                pos += 1
                break
            }
            if byte == Byte.comma {
                pos += 1
                continue
            }
            let nameStart = pos
            while pos < count, Byte.isNameByte(bytes[pos]) { pos += 1 }
            var nameEnd = pos
            // Web of Science writes names with spaces (`Early Access Date = ...`): words on one line up to `=`.
            while true {
                var next = pos
                while next < count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                guard next > pos, next < count, Byte.isNameByte(bytes[next]) else { break }
                pos = next
                while pos < count, Byte.isNameByte(bytes[pos]) { pos += 1 }
                nameEnd = pos
            }
            guard pos > nameStart else {
                fail(
                    line: line, problemLine: self.line(at: nameStart),
                    "in “\(label)”, “\(character(at: nameStart))” stands where a field name should be")
                return
            }
            let name = BibTeXName.collapse(bytes[nameStart..<nameEnd]).lowercased()
            let fieldLine = self.line(at: nameStart)
            skipSpace()
            guard pos < count, bytes[pos] == Byte.equals else {
                fail(
                    line: line, problemLine: pos < count ? self.line(at: pos) : fieldLine,
                    "in “\(label)”, the field “\(name)” has no “=”")
                return
            }
            pos += 1
            guard var value = readValue(fieldName: name, close: close, entryLine: line) else {
                output.skipped.append(
                    SkippedRecord(
                        location: SourceLocation(file: log.path, line: line),
                        reason: "the value of “\(name)” in “\(label)” could not be read"))
                return
            }
            skipSpaceAndComments()
            if pos < count, bytes[pos] != Byte.comma, bytes[pos] != close, !startsEntry(pos) {
                // A missing comma: the text up to the next comma joins this value.
                let extraStart = pos
                log.add(
                    .warning, "missing-comma", line: self.line(at: extraStart),
                    "in “\(label)”, no comma after the field “\(name)”: the text up to the next comma was "
                        + "read as part of its value", excerpt: excerpt(self.line(at: extraStart)))
                let extraEnd = scanToComma(close: close)
                var joined = Array(value.utf8)
                joined.append(0x20)
                joined.append(contentsOf: bytes[extraStart..<extraEnd])
                value = String(decoding: joined, as: UTF8.self)
            }
            add(BibTeXField(name: name, value: value, line: fieldLine), to: &entry, label: label)
        }
        finish(entry)
    }

    private mutating func add(_ field: BibTeXField, to entry: inout BibTeXEntry, label: String) {
        if let first = entry[field.name] {
            log.add(
                .warning, "duplicate-field", line: field.line,
                "in “\(label)”, the field “\(field.name)” is repeated (first at line \(first.line)); the first "
                    + "value is kept", excerpt: excerpt(field.line))
            return
        }
        entry.fields.append(field)
    }

    /// An entry still open at the next `@type{` line or at the end of the file: kept with what it has.
    private mutating func unclosed(_ entry: BibTeXEntry, label: String, at line: Int) {
        log.add(
            .warning, "unclosed-entry", line: entry.line,
            "“\(label)” is not closed before line \(line); it was read up to there", excerpt: excerpt(entry.line))
        finish(entry)
    }

    private mutating func finish(_ entry: BibTeXEntry) {
        output.entries.append(entry)
    }

    /// An entry that cannot be read: skipped, with an error at `problemLine`; reading resumes after it.
    private mutating func fail(line: Int, problemLine: Int, _ reason: String) {
        log.add(.error, "record-skipped", line: problemLine, "entry skipped: \(reason)", excerpt: excerpt(problemLine))
        output.skipped.append(SkippedRecord(location: SourceLocation(file: log.path, line: line), reason: reason))
        resync(afterLine: line)
    }

    /// Moves to the first line after `line` (1-based) that starts with `@` after optional spaces.
    private mutating func resync(afterLine line: Int) {
        var index = line  // 0-based index of the next line
        let count = bytes.count
        while index < lineStarts.count {
            var i = lineStarts[index]
            while i < count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            if i < count, bytes[i] == Byte.at {
                pos = i
                return
            }
            index += 1
        }
        pos = count
    }

    // MARK: - Values

    /// Reads `part (# part)*`. Nil when a part is unterminated or cannot start a value: the error issue is
    /// made here and `pos` stands where reading resumes (the line of the next entry, or the end of the file).
    private mutating func readValue(fieldName: String, close: UInt8, entryLine: Int, inString: Bool = false)
        -> String?
    {
        let (code, what) = inString ? ("string-skipped", "@string skipped") : ("record-skipped", "entry skipped")
        var text: [UInt8] = []
        let count = bytes.count
        while true {
            skipSpace()
            guard pos < count else {
                log.add(
                    .error, code, line: lineStarts.count,
                    "\(what): the file ends where the value of “\(fieldName)” should be")
                return nil
            }
            let byte = bytes[pos]
            let partLine = line(at: pos)
            if byte == Byte.lbrace || byte == Byte.quote {
                guard let end = delimitedEnd(from: pos) else {
                    let delimiter = byte == Byte.lbrace ? "the brace" : "the quote"
                    log.add(
                        .error, code, line: partLine,
                        "\(what): \(delimiter) opening the value of “\(fieldName)” on line \(partLine) is never "
                            + "closed" + (pos < count ? " (a new entry starts at line \(line(at: pos)))" : ""),
                        excerpt: excerpt(partLine))
                    return nil
                }
                text.append(contentsOf: bytes[(pos + 1)..<(end - 1)])
                pos = end
            } else if Byte.isDigit(byte) {
                let start = pos
                while pos < count, Byte.isDigit(bytes[pos]) { pos += 1 }
                text.append(contentsOf: bytes[start..<pos])
            } else if Byte.isNameByte(byte) {
                let start = pos
                while pos < count, Byte.isNameByte(bytes[pos]) { pos += 1 }
                let name = String(decoding: bytes[start..<pos], as: UTF8.self)
                if let value = macros[name.lowercased()] {
                    text.append(contentsOf: value.utf8)
                } else {
                    log.add(
                        .warning, "undefined-macro", line: partLine,
                        "the macro “\(name)” in the field “\(fieldName)” is not defined; its name was kept as "
                            + "the value", excerpt: log.wouldList("undefined-macro") ? excerpt(partLine) : nil)
                    text.append(contentsOf: name.utf8)
                }
            } else if byte == Byte.comma || byte == close {
                log.add(
                    .warning, "empty-value", line: partLine, "the field “\(fieldName)” has no value",
                    excerpt: excerpt(partLine))
            } else {
                log.add(
                    .error, code, line: partLine,
                    "\(what): “\(character(at: pos))” cannot start the value of “\(fieldName)”",
                    excerpt: excerpt(partLine))
                resync(afterLine: entryLine)
                return nil
            }
            let afterPart = pos
            skipSpaceAndComments()
            if pos < count, bytes[pos] == Byte.hash {
                pos += 1
                continue
            }
            pos = afterPart
            return String(decoding: text, as: UTF8.self)
        }
    }

    /// The position after the `}` or `"` that closes the value starting at `open`; nil when it is never closed
    /// (`pos` then stands at the line that starts a new entry, or at the end of the file).
    private mutating func delimitedEnd(from open: Int) -> Int? {
        let quoted = bytes[open] == Byte.quote
        var depth = quoted ? 0 : 1
        var i = open + 1
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == Byte.backslash, i + 1 < count, Byte.isEscapedAfterBackslash(bytes[i + 1]) {
                i += 2
                continue
            }
            if byte == Byte.lbrace {
                depth += 1
            } else if byte == Byte.rbrace {
                if depth > 0 { depth -= 1 }
                if depth == 0 && !quoted { return i + 1 }
            } else if byte == Byte.quote, quoted, depth == 0 {
                return i + 1
            } else if byte == Byte.newline, entryStartsLine(at: i + 1) {
                pos = i + 1
                while bytes[pos] != Byte.at { pos += 1 }
                return nil
            }
            i += 1
        }
        pos = count
        return nil
    }

    /// After a missing comma: the position of the next comma or closing delimiter at brace depth 0 (or of a
    /// line starting a new entry, or the end of the file).
    private mutating func scanToComma(close: UInt8) -> Int {
        var depth = 0
        let count = bytes.count
        while pos < count {
            let byte = bytes[pos]
            if byte == Byte.backslash, pos + 1 < count, Byte.isEscapedAfterBackslash(bytes[pos + 1]) {
                pos += 2
                continue
            }
            if byte == Byte.lbrace {
                depth += 1
            } else if byte == Byte.rbrace, depth > 0 {
                depth -= 1
            } else if depth == 0, byte == Byte.comma || byte == close {
                return pos
            } else if byte == Byte.newline, entryStartsLine(at: pos + 1) {
                return pos
            }
            pos += 1
        }
        return pos
    }

    // MARK: - Helpers

    private mutating func skipSpace() {
        let count = bytes.count
        while pos < count, Byte.isSpace(bytes[pos]) { pos += 1 }
    }

    /// Skips spaces and `%` comments (to the end of their line).
    private mutating func skipSpaceAndComments() {
        let count = bytes.count
        while pos < count {
            let byte = bytes[pos]
            if Byte.isSpace(byte) {
                pos += 1
            } else if byte == Byte.percent {
                skipToLineEnd()
            } else {
                return
            }
        }
    }

    /// The 1-based line of a byte offset.
    private func line(at offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// True when `offset` is an `@` at the start of a line that begins an `@type{` block.
    private func startsEntry(_ offset: Int) -> Bool {
        bytes[offset] == Byte.at && isAtLineStart(offset) && entryStart(at: offset, needsBody: true) != nil
    }

    private func excerpt(_ line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        // Trim without copying a huge line first.
        let prefix = text.utf8.count > 400 ? String(decoding: text.utf8.prefix(400), as: UTF8.self) : text
        return prefix.trimmingCharacters(in: .whitespaces)
    }

    /// The character at a byte offset, for messages.
    private func character(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }
}
