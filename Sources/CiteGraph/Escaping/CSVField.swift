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

extension CSVField {
    /// Writes `text` escaped as `escape` does; a field with nothing to escape is copied as bytes.
    public static func write(_ text: String, to out: ByteWriter) {
        var text = text
        let plain = text.withUTF8 { bytes in
            guard let first = bytes.first else { return true }
            if first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@")
            {
                return false
            }
            return !bytes.contains { b in
                b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 10 || b == 13
            }
        }
        out.write(plain ? text : escape(text))
    }

    /// Writes one CSV line (CRLF-terminated) of `fields`, as `row` makes it.
    public static func writeRow(_ fields: [String], to out: ByteWriter) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            write(field, to: out)
        }
        out.write("\r\n" as StaticString)
    }
}
