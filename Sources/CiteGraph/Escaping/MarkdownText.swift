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

    /// A fenced code block showing `lines` literally (tabs kept: a block can be copied into a file). The fence is
    /// longer than any run of backticks in the lines, so nothing closes it early; line breaks inside a line
    /// become spaces.
    public static func codeBlock(_ lines: [String]) -> String {
        var longest = 0
        var body = ""
        for line in lines {
            var run = 0
            for ch in line {
                run = ch == "`" ? run + 1 : 0
                longest = max(longest, run)
                body.append(ch == "\n" || ch == "\r" || ch == "\r\n" ? " " : ch)
            }
            body += "\n"
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + body + fence + "\n"
    }
}
