/// Escaping for graphviz DOT.
///
/// A quoted DOT string ends at an unescaped `"`; graphviz also interprets backslash escapes inside labels and
/// tooltips (`\N` node name, `\G` graph name, `\n` `\l` `\r` line breaks). Untrusted text therefore gets every
/// backslash doubled and every quote escaped; line breaks become `\n` on purpose. Control characters are dropped.
/// HTML-like labels (`<...>`) take XML-escaped text (see `XMLText`) with backslashes doubled.
public enum DOTString {
    /// The text as a quoted DOT string, including the quotes.
    public static func quoted(_ text: String) -> String { quoted(text, backslash: "\\\\") }

    /// The text as a quoted DOT string for a `tooltip`. Graphviz (2.42 at least) substitutes escape sequences in a
    /// tooltip twice — `\\G` becomes `\G`, then the graph's name — so a backslash is written as four: two rounds
    /// of `\\` → `\`. Line breaks stay one `\n`.
    public static func tooltip(_ text: String) -> String { quoted(text, backslash: "\\\\\\\\") }

    private static func quoted(_ text: String, backslash: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || !XMLText.allowed(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text for an HTML-like label cell.
    public static func html(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                kept.append(" ")
                continue
            }
            if scalar.value < 0x20 || scalar.value == 0x7F { continue }
            kept.append(scalar)
        }
        // Graphviz substitutes `\N`, `\G`, ... inside HTML-like labels too (after decoding entities), and reads
        // `\\` as one backslash: so backslashes are doubled here as in quoted strings.
        return XMLText.escape(String(kept)).replacingOccurrences(of: "\\", with: "\\\\")
    }
}
