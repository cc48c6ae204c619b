/// The line shape of Web of Science plain text: a two-character tag (an upper-case letter, then a letter or
/// digit) at the start of the line, then a space and the value (`ER` and `EF` stand alone); a line that starts
/// with spaces (WoS writes three) continues the field above it.
enum WebOfScienceSyntax: TaggedSyntax {
    static func classify(_ line: String) -> TaggedLine {
        let utf8 = line.utf8
        if let indented = TaggedText.indentedLine(line) { return indented }
        let head = Array(utf8.prefix(3))
        guard head.count >= 2, Byte.isUpper(head[0]),
            Byte.isUpper(head[1]) || Byte.isDigit(head[1])
        else { return .malformed }
        if head.count == 2 { return .tag(Substring(line), value: "") }
        guard head[2] == 0x20 else { return .malformed }
        return .tag(Substring(utf8.prefix(2)), value: Substring(utf8.dropFirst(3)))
    }
}
