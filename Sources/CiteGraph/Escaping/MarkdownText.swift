/// Escaping for Markdown: untrusted text is shown literally. Inline Markdown punctuation is backslash-escaped, HTML is
/// neutralized (`<` and `&` become entities, so a name like `<script>` is text in every renderer), and line
/// breaks become spaces so a value never breaks a table row.
public enum MarkdownText {
    /// Characters with inline meaning (emphasis, code, links, tables, strikethrough). Block markers (`#`, `-`, `+`,
    /// `>`) only act at the start of a line, and values never start one: they sit in table cells and list items.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~"]

    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n", "\t": out += " "
            default:
                if special.contains(ch) { out += "\\" }
                out.append(ch)
            }
        }
        return out
    }
}
