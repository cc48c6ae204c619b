/// Escaping for XML and HTML text and attribute values (GraphML, GEXF, SVG fragments, HTML reports).
///
/// Author names, titles and abstracts are untrusted: `<`, `>`, `&`, `"` and `'` become entities, and characters
/// XML 1.0 forbids (C0 controls other than tab/newline/return, U+FFFE/U+FFFF, lone surrogates cannot occur in a
/// Swift String) are replaced by U+FFFD so every document stays well-formed.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                out.unicodeScalars.append(allowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Characters allowed by XML 1.0 (§2.2 Char).
    static func allowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

extension XMLText {
    /// Writes `text` escaped as `escape` does, straight to `out`; text with nothing to escape (the usual case) is
    /// copied as bytes without building a new string.
    public static func write(_ text: String, to out: ByteWriter) {
        var text = text
        let plain = text.withUTF8 { bytes in
            !bytes.contains { b in
                b < 0x20 || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&")
                    || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == 0xEF  // U+FFFE/U+FFFF start EF BF
            }
        }
        out.write(plain ? text : escape(text))
    }
}
