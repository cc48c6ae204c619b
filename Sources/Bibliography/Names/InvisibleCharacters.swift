/// Characters that change how a name displays or compares without being seen: zero-width characters (zero-width
/// space, joiners, word joiner, byte-order mark, soft hyphen, Mongolian vowel separator) and bidirectional
/// controls (marks, embeddings, overrides, isolates).
///
/// "Ann Lee\u{200B}" looks like "Ann Lee" but is another string; a right-to-left override makes a name display as
/// a different one than the one stored. Names are stripped of them before anything compares or shows them.
public enum InvisibleCharacters {
    /// The zero-width characters and bidirectional controls, by code point.
    static let invisible: Set<UInt32> = [
        0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
    ]

    /// The text contains one of the invisible characters.
    public static func occur(in text: String) -> Bool {
        // Every invisible character is outside ASCII: pure-ASCII names (most) are checked byte by byte.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.unicodeScalars.contains { invisible.contains($0.value) }
    }

    /// The text without its invisible characters, runs of spaces collapsed and trimmed (an invisible character
    /// between two spaces leaves one space).
    public static func strip(_ text: String) -> String {
        guard occur(in: text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !invisible.contains(scalar.value) { scalars.append(scalar) }
        return String(scalars).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
