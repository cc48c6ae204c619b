/// How one physical line of a tagged format reads (RIS, Web of Science plain text, MEDLINE).
enum TaggedLine: Equatable {
    /// A tag line: the tag and the value after the tag's separator (possibly empty).
    case tag(Substring, value: Substring)
    /// A line that continues the value of the field above it (its text without the indent).
    case continuation(Substring)
    /// Nothing but spaces and tabs.
    case blank
    /// Neither a tag line nor a continuation line in this format.
    case malformed
}

/// The line shape of one tagged format.
protocol TaggedSyntax {
    /// Classifies one line. Must look only at the first few bytes of a line that is not blank, so a 10 MB line
    /// costs no more than a short one.
    static func classify(_ line: String) -> TaggedLine
}

extension TaggedSyntax {
    /// Content sniffing: true when one of the first `limit` non-blank lines is a tag line that `accepts`.
    static func firstLines(
        of file: TextFile, limit: Int, haveTag accepts: (_ tag: Substring, _ value: Substring) -> Bool
    ) -> Bool {
        var seen = 0
        for line in file.lines where !TaggedText.isBlank(line) {
            if case let .tag(tag, value) = classify(line), accepts(tag, value) { return true }
            seen += 1
            if seen == limit { break }
        }
        return false
    }
}

/// One tagged field: the tag, the value on the tag line and the values of its continuation lines.
struct TaggedField {
    var tag: Substring
    /// The value on the tag line, then one entry per continuation line, each trimmed.
    var values: [Substring]
    /// The 1-based line of the tag.
    var line: Int
    /// The 1-based line of the last continuation line (`line` when there is none).
    var lastLine: Int

    /// All values joined by single spaces, whitespace runs collapsed (a wrapped title or abstract).
    var text: String {
        if values.count == 1 { return TaggedText.collapsed(values[0]) }
        return TaggedText.collapsed(Substring(values.joined(separator: " ")))
    }

    /// One item per physical line (Web of Science `AU`, `CR`, `C1`): each collapsed, empty ones dropped.
    var items: [String] {
        values.map { TaggedText.collapsed($0) }.filter { !$0.isEmpty }
    }
}

/// Walks the lines of a tagged file and groups each tag line with its continuation lines.
///
/// Events come in file order: a field (tag line plus continuations), a blank line, a malformed line, or a
/// stray continuation line (a continuation with no field above it: after a blank line, a malformed line or at
/// the start). Record boundaries are left to each format's reader.
///
/// - Complexity: O(total bytes of the lines' first few characters + number of lines); values are substrings of
///   the file's lines, nothing is copied.
struct TaggedLineScanner<Syntax: TaggedSyntax>: IteratorProtocol {
    enum Event {
        case field(TaggedField)
        case blank(line: Int)
        case malformed(line: Int)
        case stray(line: Int, text: Substring)
    }

    private let lines: [String]
    /// 0-based index of the next line.
    private var position: Int

    init(lines: [String], startLine: Int = 1) {
        self.lines = lines
        self.position = max(0, startLine - 1)
    }

    mutating func next() -> Event? {
        guard position < lines.count else { return nil }
        let index = position
        position += 1
        switch Syntax.classify(lines[index]) {
        case .blank:
            return .blank(line: index + 1)
        case .malformed:
            return .malformed(line: index + 1)
        case let .continuation(text):
            return .stray(line: index + 1, text: text)
        case let .tag(tag, value):
            var values = [TaggedText.trimmed(value)]
            while position < lines.count, case let .continuation(more) = Syntax.classify(lines[position]) {
                values.append(TaggedText.trimmed(more))
                position += 1
            }
            return .field(TaggedField(tag: tag, values: values, line: index + 1, lastLine: position))
        }
    }
}

/// Small text helpers shared by the tagged readers.
enum TaggedText {
    /// The shape of an empty line or of one starting with a space or tab (a continuation in MEDLINE and WoS);
    /// nil for a line that starts with anything else (a tag line to classify).
    static func indentedLine(_ line: String) -> TaggedLine? {
        guard let first = line.utf8.first else { return .blank }
        guard first == 0x20 || first == 0x09 else { return nil }
        if isBlank(line) { return .blank }
        let text = Substring(line)
        return hasControlCharacters(text) ? .malformed : .continuation(text)
    }

    /// Trimmed, whitespace runs collapsed to one space (see `TableRecordReader.collapsed`).
    static func collapsed(_ text: Substring) -> String { TableRecordReader.collapsed(text) }

    static func collapsed(_ text: String) -> String { TableRecordReader.collapsed(Substring(text)) }

    static func trimmed(_ text: Substring) -> Substring { TableRecordReader.trimmed(text) }

    /// True when the line holds nothing but spaces and tabs.
    static func isBlank(_ line: String) -> Bool { DelimitedTableParser.isBlank(line) }

    /// True when the text has a C0 control character other than tab (binary bytes decoded as text).
    static func hasControlCharacters(_ text: Substring) -> Bool {
        text.utf8.contains { $0 < 0x20 && $0 != 0x09 }
    }

    /// The start of a line with control characters shown as `?`, for an excerpt of binary input.
    static func printable(_ line: String) -> String {
        let prefix = line.utf8.prefix(200)
        return String(decoding: prefix.map { $0 < 0x20 && $0 != 0x09 ? 0x3F : $0 }, as: UTF8.self)
    }

    /// Splits `text` on `separator`, each item collapsed, empty items dropped.
    static func split(_ text: Substring, on separator: Character) -> [String] {
        text.split(separator: separator, omittingEmptySubsequences: true).map { collapsed($0) }.filter { !$0.isEmpty }
    }

    /// Splits on the string `separator` (e.g. `"; "`), each item collapsed, empty items dropped.
    static func split(_ text: Substring, onString separator: String) -> [String] {
        text.split(separator: separator).map { collapsed(Substring($0)) }.filter { !$0.isEmpty }
    }

    /// `items` without repeats, first occurrence kept, order preserved.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
