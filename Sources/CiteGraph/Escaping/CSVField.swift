/// RFC 4180 fields: a field containing a comma, a double quote, CR or LF is enclosed in double quotes with inner
/// quotes doubled. A field starting with `=`, `+`, `-` or `@` that is not a number is prefixed with `'` so that
/// spreadsheet programs never evaluate an author name as a formula (OWASP "CSV injection").
public enum CSVField {
    public static func escape(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        let needsQuotes = value.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (CRLF-terminated, as RFC 4180 specifies).
    public static func row(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }
}
