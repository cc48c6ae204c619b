/// The line shape of PubMed/MEDLINE: a tag of two to four characters left-aligned in four columns, then `- `
/// and the value (`PMID- 35757629`, `AU  - Dai Z`); a line that starts with spaces (MEDLINE writes six)
/// continues the field above it.
enum MedlineSyntax: TaggedSyntax {
    static func classify(_ line: String) -> TaggedLine {
        let utf8 = line.utf8
        if let indented = TaggedText.indentedLine(line) { return indented }
        let head = Array(utf8.prefix(6))
        guard head.count >= 5, head[4] == 0x2D, head.count == 5 || head[5] == 0x20 else { return .malformed }
        var length = 0
        while length < 4, Byte.isUpper(head[length]) || (length > 0 && Byte.isDigit(head[length])) {
            length += 1
        }
        guard length >= 2, head[length..<4].allSatisfy({ $0 == 0x20 }) else { return .malformed }
        return .tag(Substring(utf8.prefix(length)), value: head.count == 5 ? "" : Substring(utf8.dropFirst(6)))
    }
}
