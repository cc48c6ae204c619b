import Foundation

/// Folding of names into comparison keys: case, diacritics, punctuation and spacing do not matter
/// ("Matko Bošnjak" = "Matko Bosnjak", "SIMA team" = "SIMA Team", "Jean-Baptiste" = "Jean Baptiste").
public enum NameKey {
    /// Letters that diacritic folding leaves alone but readers treat as plain Latin.
    private static let extraFolds: [Character: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    ]

    /// Lower-case, without diacritics, punctuation turned into spaces, spaces collapsed.
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        return foldUnicode(text)
    }

    /// The same folding for pure-ASCII text without Foundation (most names and ids): nil when not ASCII.
    static func foldASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            guard b < 0x80 else { return nil }
            let isDigit = b >= 0x30 && b <= 0x39
            let isUpper = b >= 0x41 && b <= 0x5A
            let isLower = b >= 0x61 && b <= 0x7A
            if isDigit || isUpper || isLower {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(isUpper ? b + 0x20 : b)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func foldUnicode(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if let mapped = extraFolds[c] {
                out += mapped
                continue
            }
            if c.isLetter || c.isNumber {
                out.append(c)
            } else {
                out.append(" ")
            }
        }
        let folded = out.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return folded.split(separator: " ").joined(separator: " ")
    }
}
