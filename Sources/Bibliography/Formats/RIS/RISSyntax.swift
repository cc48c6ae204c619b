/// The line shape of RIS: `TY  - JOUR`: a two-character tag (an upper-case letter, then a letter or digit),
/// two spaces, a hyphen, then a space and the value (or nothing: `ER  -`).
///
/// RIS has no continuation indent: exporters that wrap long values (EndNote, some databases) continue on a line
/// of plain text, so any other non-blank line continues the field above it. Two kinds of line are not taken as
/// text: a line that looks like a damaged tag (`AU - Name`, `AU- Name`: an upper-case tag and a hyphen within the
/// first six characters, with a space next to the hyphen) and a line with control characters (binary bytes).
enum RISSyntax: TaggedSyntax {
    static func classify(_ line: String) -> TaggedLine {
        let utf8 = line.utf8
        var iterator = utf8.makeIterator()
        guard let first = iterator.next() else { return .blank }
        if first == 0x20 || first == 0x09, TaggedText.isBlank(line) { return .blank }
        let head = Array(utf8.prefix(6))
        if head.count >= 5, isTagStart(head[0]), isTagChar(head[1]), head[2] == 0x20, head[3] == 0x20,
            head[4] == 0x2D, head.count == 5 || head[5] == 0x20
        {
            let tag = Substring(utf8.prefix(2))
            let value = head.count == 5 ? Substring("") : Substring(utf8.dropFirst(6))
            return .tag(tag, value: value)
        }
        if looksLikeDamagedTag(head) { return .malformed }
        let text = Substring(line)
        if TaggedText.hasControlCharacters(text) { return .malformed }
        return .continuation(text)
    }

    private static func isTagStart(_ byte: UInt8) -> Bool { Byte.isUpper(byte) }

    private static func isTagChar(_ byte: UInt8) -> Bool { Byte.isUpper(byte) || Byte.isDigit(byte) }

    /// An upper-case tag of one to four characters, then a hyphen with a space before or after it, within six
    /// characters: `AU - x`, `AU- x`, `T1 -x`. Wrapped prose rarely starts like that (`HIV-positive` does not count).
    private static func looksLikeDamagedTag(_ head: [UInt8]) -> Bool {
        guard let first = head.first, isTagStart(first) else { return false }
        var index = 1
        while index < head.count, isTagChar(head[index]) { index += 1 }
        guard index <= 4 else { return false }
        var spaces = 0
        while index < head.count, head[index] == 0x20 {
            index += 1
            spaces += 1
        }
        guard index < head.count, head[index] == 0x2D else { return false }
        // "HIV-positive" is prose; "AU - x", "AU -x" and "AU- x" are damaged tags.
        return spaces > 0 || (index + 1 < head.count && head[index + 1] == 0x20)
    }
}
