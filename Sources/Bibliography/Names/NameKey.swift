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
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if let mapped = extraFolds[c] { out += mapped; continue }
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
