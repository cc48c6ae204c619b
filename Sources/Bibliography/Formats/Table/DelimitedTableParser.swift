/// Splits the lines of a delimited table (tab- or comma-separated) into rows of fields, following RFC 4180.
///
/// - A field that starts with `"` (spaces before it are allowed) is quoted: it may contain the delimiter, `""` for
///   one quote, and line breaks, in which case the row spans several physical lines (joined with `\n`).
/// - A `"` inside an unquoted field is an ordinary character.
/// - Text after a closing quote is kept in the field, with a warning.
/// - A quoted field that is still open at the end of the file would swallow every line after it. It is reported
///   (`unterminated-quote`) at the line where the quote opened, with the number of lines it would have swallowed;
///   the field is ended at the end of that line and the following lines are read as rows again.
/// - Lines that hold only spaces and tabs between rows are skipped.
///
/// Rows come one at a time (`next()`), so a large file is never held as a second copy. Lines without a quote take
/// a fast path that splits the line's UTF-8 bytes and returns the fields as substrings of the line.
public struct DelimitedTableParser: IteratorProtocol, Sendable {
    public enum Delimiter: UInt8, Sendable, CaseIterable {
        case tab = 0x09
        case comma = 0x2C

        /// A word for messages.
        public var name: String { self == .tab ? "tab" : "comma" }

        /// Tab when the header line contains a tab, comma otherwise.
        public static func detect(header: String) -> Delimiter {
            header.utf8.contains(Delimiter.tab.rawValue) ? .tab : .comma
        }
    }

    /// One logical row.
    public struct Row: Equatable, Sendable {
        public var fields: [Substring]
        /// The 1-based line where the row starts.
        public var line: Int
        /// The 1-based line where the row ends (greater than `line` when a quoted field holds line breaks).
        public var lastLine: Int

        public init(fields: [Substring], line: Int, lastLine: Int) {
            self.fields = fields
            self.line = line
            self.lastLine = lastLine
        }
    }

    /// A quoted field that was never closed.
    public struct UnterminatedQuote: Equatable, Sendable {
        /// The 1-based line where the row with the open quote starts.
        public var rowLine: Int
        /// The 1-based line where the quote opened.
        public var quoteLine: Int
        /// How many lines after `quoteLine` the open quote would have swallowed (they were read as rows instead).
        public var swallowedLines: Int
    }

    public let path: String
    public let delimiter: Delimiter
    /// Problems found so far and not yet taken, in row order (`unterminated-quote`, `text-after-quote`).
    public private(set) var issues: [ParseIssue] = []
    /// Set once a quoted field was found open at the end of the file.
    public private(set) var unterminatedQuote: UnterminatedQuote?

    private let lines: [String]
    /// 0-based index of the next line to read.
    private var position: Int
    /// Byte offsets of the delimiters of the current line (reused between lines).
    private var cuts: [Int] = []

    private static let quote: UInt8 = 0x22
    private static let space: UInt8 = 0x20
    private static let newline: UInt8 = 0x0A

    /// Reads `lines` (line 1 is `lines[0]`) from the 1-based line `startLine` on.
    public init(lines: [String], path: String, delimiter: Delimiter, startLine: Int = 1) {
        self.lines = lines
        self.path = path
        self.delimiter = delimiter
        self.position = max(0, startLine - 1)
    }

    public init(_ file: TextFile, delimiter: Delimiter, startLine: Int = 1) {
        self.init(lines: file.lines, path: file.path, delimiter: delimiter, startLine: startLine)
    }

    /// The 1-based line the next row would start at (blank lines not yet skipped).
    public var nextLine: Int { position + 1 }

    /// Moves past blank lines (only spaces and tabs), so that `nextLine` is where the next row starts.
    public mutating func skipBlankLines() {
        while position < lines.count, Self.isBlank(lines[position]) { position += 1 }
    }

    /// Returns the issues found so far and forgets them (a reader that streams rows keeps its own list).
    public mutating func takeIssues() -> [ParseIssue] {
        if issues.isEmpty { return [] }
        defer { issues.removeAll() }
        return issues
    }

    /// Every row from `startLine` on, and the issues.
    public static func rows(of file: TextFile, delimiter: Delimiter? = nil, startLine: Int = 1)
        -> (rows: [Row], issues: [ParseIssue])
    {
        let first = file.lines.dropFirst(max(0, startLine - 1)).first { !isBlank($0) } ?? ""
        var parser = DelimitedTableParser(file, delimiter: delimiter ?? .detect(header: first), startLine: startLine)
        var rows: [Row] = []
        while let row = parser.next() { rows.append(row) }
        return (rows, parser.issues)
    }

    /// True when the line holds nothing but spaces and tabs.
    public static func isBlank(_ line: String) -> Bool {
        for byte in line.utf8 where byte != space && byte != Delimiter.tab.rawValue { return false }
        return true
    }

    public mutating func next() -> Row? {
        while position < lines.count, Self.isBlank(lines[position]) { position += 1 }
        guard position < lines.count else { return nil }
        let start = position
        if let row = fastRow(start) {
            position = start + 1
            return row
        }
        switch quotedRow(start, forceCloseAt: nil) {
        case let .row(row):
            position = row.lastLine
            return row
        case let .openAtEnd(quoteIndex):
            let swallowed = lines.count - 1 - quoteIndex
            let quoteLine = quoteIndex + 1
            unterminatedQuote = UnterminatedQuote(rowLine: start + 1, quoteLine: quoteLine, swallowedLines: swallowed)
            let message: String
            if swallowed == 0 {
                message =
                    "a quoted field opened on line \(quoteLine) is never closed; it was ended at the end of "
                    + "the file"
            } else {
                let lines = swallowed == 1 ? "the line after it" : "the \(swallowed) lines after it"
                message =
                    "a quoted field opened on line \(quoteLine) is never closed and would swallow \(lines) "
                    + "to the end of the file; it was ended at the end of line \(quoteLine), and \(lines) "
                    + (swallowed == 1 ? "was" : "were") + " read as rows"
            }
            issues.append(
                ParseIssue(
                    .warning, "unterminated-quote", at: location(quoteIndex), message,
                    excerpt: lines[quoteIndex]))
            guard case let .row(row) = quotedRow(start, forceCloseAt: quoteIndex) else {
                // Cannot happen: the forced close ends the row at `quoteIndex`. Keep going anyway.
                position = quoteIndex + 1
                return next()
            }
            position = row.lastLine
            return row
        }
    }

    private func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: path, line: index + 1)
    }

    // MARK: - Fast path: a line without any quote

    private mutating func fastRow(_ index: Int) -> Row? {
        var line = lines[index]
        let delimiterByte = delimiter.rawValue
        var cuts: [Int] = []
        swap(&cuts, &self.cuts)  // keep the buffer uniquely referenced
        cuts.removeAll(keepingCapacity: true)
        let hasQuote = line.withUTF8 { bytes -> Bool in
            var offset = 0
            let count = bytes.count
            while offset < count {
                let byte = bytes[offset]
                if byte == delimiterByte {
                    cuts.append(offset)
                } else if byte == Self.quote {
                    return true
                }
                offset += 1
            }
            return false
        }
        defer { swap(&cuts, &self.cuts) }
        if hasQuote { return nil }
        let utf8 = line.utf8
        var fields: [Substring] = []
        fields.reserveCapacity(cuts.count + 1)
        var fieldStart = utf8.startIndex
        var previousCut = 0
        for cut in cuts {
            let end = utf8.index(fieldStart, offsetBy: cut - previousCut)
            fields.append(Substring(utf8[fieldStart..<end]))
            fieldStart = utf8.index(after: end)
            previousCut = cut + 1
        }
        fields.append(Substring(utf8[fieldStart...]))
        return Row(fields: fields, line: index + 1, lastLine: index + 1)
    }

    // MARK: - General path: quoted fields, possibly over several lines

    private enum QuotedOutcome {
        case row(Row)
        /// End of file inside a quoted field that opened on this 0-based line index.
        case openAtEnd(Int)
    }

    private mutating func quotedRow(_ startIndex: Int, forceCloseAt forcedIndex: Int?) -> QuotedOutcome {
        let delimiterByte = delimiter.rawValue
        let quote = Self.quote
        let space = Self.space
        var fields: [Substring] = []
        var field: [UInt8] = []
        var inQuotes = false
        var quoteIndex = startIndex
        // Only spaces seen so far in this field (a quote here opens a quoted field).
        var atFieldStart = true
        // The field was quoted and its quote is closed; spaces seen since then, not yet kept.
        var closed = false
        var pendingSpaces = 0
        var textAfterQuote = false

        func finishField() {
            fields.append(Substring(String(decoding: field, as: UTF8.self)))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
            closed = false
            pendingSpaces = 0
        }

        var index = startIndex
        while true {
            var line = lines[index]
            line.withUTF8 { bytes in
                let count = bytes.count
                var offset = 0
                while offset < count {
                    let byte = bytes[offset]
                    if inQuotes {
                        if byte == quote {
                            if offset + 1 < count, bytes[offset + 1] == quote {
                                field.append(quote)
                                offset += 2
                                continue
                            }
                            inQuotes = false
                            closed = true
                        } else {
                            field.append(byte)
                        }
                    } else if byte == delimiterByte {
                        finishField()
                    } else if atFieldStart, byte == quote {
                        field.removeAll(keepingCapacity: true)
                        inQuotes = true
                        quoteIndex = index
                        atFieldStart = false
                    } else if atFieldStart, byte == space {
                        field.append(byte)
                    } else if closed {
                        if byte == space {
                            pendingSpaces += 1
                        } else {
                            textAfterQuote = true
                            field.append(contentsOf: repeatElement(space, count: pendingSpaces))
                            pendingSpaces = 0
                            field.append(byte)
                        }
                    } else {
                        atFieldStart = false
                        field.append(byte)
                    }
                    offset += 1
                }
            }
            if inQuotes {
                if index == forcedIndex {
                    inQuotes = false
                } else if index + 1 < lines.count {
                    field.append(Self.newline)
                    index += 1
                    continue
                } else {
                    return .openAtEnd(quoteIndex)
                }
            }
            finishField()
            break
        }
        if textAfterQuote {
            issues.append(
                ParseIssue(
                    .warning, "text-after-quote", at: location(startIndex),
                    "text follows the closing quote of a field; it was kept as part of the field",
                    excerpt: lines[startIndex]))
        }
        return .row(Row(fields: fields, line: startIndex + 1, lastLine: index + 1))
    }
}
