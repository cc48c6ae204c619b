/// One BibTeX name taken apart the way BibTeX does it (Patashnik's rules), with each part decoded from LaTeX.
///
/// - `First von Last`: the von part runs from the first to the last lower-case word before the last word
///   ("Ludwig van Beethoven" → given "Ludwig", particle "van", family "Beethoven").
/// - `von Last, First` and `von Last, Jr, First` ("van der Linden, Frank"; "Morris, Jr., James H.").
/// - A name that is one brace group (`{C++ Standards Committee}`) is one family name that is never split.
///
/// A word's case is that of its first letter outside braces; for a special character such as `{\"O}` or
/// `{\ss}`, that of the letter inside; a word with no such letter (`{de}`) has no case and is never a particle.
/// Words are separated by spaces and `~` outside braces.
public struct BibTeXName: Hashable, Sendable, Codable {
    /// First names ("Wolfgang", "Jose Rui", "P. M.").
    public var given: String
    /// The von part ("van der", "de la").
    public var particle: String
    /// The last name ("Schröder-Preikschat", "Di Natale", "C++ Standards Committee").
    public var family: String
    /// The Jr part ("Jr.", "III").
    public var suffix: String
    /// The whole name was one brace group: a corporate or protected name.
    public var isBraced: Bool

    public init(
        given: String = "", particle: String = "", family: String, suffix: String = "",
        isBraced: Bool = false
    ) {
        self.given = given
        self.particle = particle
        self.family = family
        self.suffix = suffix
        self.isBraced = isBraced
    }

    /// The display form "First von Last Jr" (empty parts left out).
    public var display: String {
        [given, particle, family, suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Parses one name (BibTeX source, LaTeX not yet decoded).
    public static func parse(_ raw: String) -> BibTeXName {
        var decoder = LaTeXDecoder()
        return parse(raw, decoder: &decoder)
    }

    static func parse(_ raw: String, decoder: inout LaTeXDecoder) -> BibTeXName {
        let bytes = Array(raw.utf8)
        let parts = commaParts(bytes)
        func decoded(_ words: ArraySlice<Word>) -> String {
            if words.isEmpty { return "" }
            return decoder.decode(words.map { String(decoding: bytes[$0.range], as: UTF8.self) }.joined(separator: " "))
        }
        if parts.count == 1 {
            let words = parts[0]
            if words.count == 1, isOneGroup(bytes, words[0].range) {
                return BibTeXName(family: decoded(words[...]), isBraced: true)
            }
            guard words.count > 1 else { return BibTeXName(family: decoded(words[...])) }
            // First von Last: von = first lower-case word .. last lower-case word before the last word.
            let lastIndex = words.count - 1
            guard let vonStart = words[..<lastIndex].firstIndex(where: { $0.isLower }) else {
                return BibTeXName(given: decoded(words[..<lastIndex]), family: decoded(words[lastIndex...]))
            }
            let vonEnd = words[..<lastIndex].lastIndex(where: { $0.isLower })!
            return BibTeXName(
                given: decoded(words[..<vonStart]), particle: decoded(words[vonStart...vonEnd]),
                family: decoded(words[(vonEnd + 1)...]))
        }
        // von Last, [Jr,] First
        let head = parts[0]
        let suffix = parts.count >= 3 ? decoded(parts[1][...]) : ""
        let firstWords = parts.count >= 3 ? Array(parts[2...].joined()) : parts[1]
        var particle = "", family = ""
        if head.count > 1, head[0].isLower, let vonEnd = head[..<(head.count - 1)].lastIndex(where: { $0.isLower }) {
            particle = decoded(head[...vonEnd])
            family = decoded(head[(vonEnd + 1)...])
        } else {
            family = decoded(head[...])
        }
        return BibTeXName(given: decoded(firstWords[...]), particle: particle, family: family, suffix: suffix)
    }

    // MARK: - Splitting a name list

    /// Splits an `author`/`editor` value on the word `and` (any case, surrounded by white space, outside
    /// braces). Items are trimmed with white space collapsed; empty items are dropped. A last item `others`
    /// (BibTeX's "et al.") is removed and reported as `truncated`.
    /// - Complexity: O(n) in the length of the value.
    public static func splitList(_ value: String) -> (names: [String], truncated: Bool) {
        let bytes = Array(value.utf8)
        var names: [String] = []
        var depth = 0
        var start = 0
        var i = 0
        let count = bytes.count
        func emit(_ end: Int) {
            let item = collapse(bytes[start..<end])
            if !item.isEmpty { names.append(item) }
        }
        while i < count {
            let byte = bytes[i]
            if byte == Byte.backslash, i + 1 < count, Byte.isEscapedAfterBackslash(bytes[i + 1]) {
                i += 2
                continue
            }
            if byte == Byte.lbrace {
                depth += 1
            } else if byte == Byte.rbrace {
                if depth > 0 { depth -= 1 }
            } else if depth == 0, Byte.isSpace(byte), i + 4 < count, bytes[i + 1] | 0x20 == 0x61,
                bytes[i + 2] | 0x20 == 0x6E, bytes[i + 3] | 0x20 == 0x64, Byte.isSpace(bytes[i + 4])
            {
                emit(i)
                i += 4
                start = i
                continue
            }
            i += 1
        }
        emit(count)
        if let last = names.last, last.lowercased() == "others" || last.lowercased() == "{others}" {
            names.removeLast()
            return (names, true)
        }
        return (names, false)
    }

    /// Bytes trimmed with white space runs collapsed to one space.
    static func collapse(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if Byte.isSpace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Words

    /// A word of a name: its byte range and whether it starts with a lower-case letter (BibTeX's test).
    struct Word {
        var range: Range<Int>
        var isLower: Bool
    }

    /// The name's words, grouped by the commas outside braces.
    static func commaParts(_ bytes: [UInt8]) -> [[Word]] {
        var parts: [[Word]] = [[]]
        var depth = 0
        var wordStart: Int?
        func endWord(_ end: Int) {
            if let start = wordStart, start < end {
                parts[parts.count - 1].append(Word(range: start..<end, isLower: isLowerCase(bytes, start..<end)))
            }
            wordStart = nil
        }
        var escaped = false
        for (i, byte) in bytes.enumerated() {
            if escaped {
                escaped = false
                if wordStart == nil { wordStart = i }
                continue
            }
            if byte == Byte.backslash, i + 1 < bytes.count {
                // The byte after a backslash never separates words or parts (`\~{n}`, `\{`, `\,`).
                escaped = true
                if wordStart == nil { wordStart = i }
                continue
            }
            if byte == Byte.lbrace {
                depth += 1
                if wordStart == nil { wordStart = i }
            } else if byte == Byte.rbrace {
                if depth > 0 { depth -= 1 }
            } else if depth == 0, Byte.isSpace(byte) || byte == Byte.tilde {
                endWord(i)
            } else if depth == 0, byte == Byte.comma {
                endWord(i)
                parts.append([])
            } else if wordStart == nil {
                wordStart = i
            }
        }
        endWord(bytes.count)
        return parts
    }

    /// True when the word's first letter at brace depth 0 (or of a special character `{\...}`) is lower-case.
    static func isLowerCase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let byte = bytes[i]
            if Byte.isLetter(byte) { return byte >= 0x61 }
            if byte >= 0x80 {
                // A non-ASCII letter: decode one scalar and ask Unicode.
                var j = i + 1
                while j < end, bytes[j] & 0xC0 == 0x80 { j += 1 }
                let scalar = String(decoding: bytes[i..<j], as: UTF8.self).unicodeScalars.first
                if let scalar, scalar.properties.isAlphabetic {
                    return scalar.properties.isLowercase
                }
                i = j
                continue
            }
            if byte == Byte.backslash {
                // A command at depth 0 (`\"Olafsson`, `\o`): the case of its letter.
                return commandIsLower(bytes, i, end)
            }
            if byte == Byte.lbrace {
                if i + 1 < end, bytes[i + 1] == Byte.backslash {
                    return commandIsLower(bytes, i + 1, end)
                }
                // A plain brace group has no case: skip it.
                var depth = 0
                while i < end {
                    if bytes[i] == Byte.lbrace { depth += 1 }
                    if bytes[i] == Byte.rbrace {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    i += 1
                }
            }
            i += 1
        }
        return false
    }

    /// The case of a special character starting at the backslash `index`: a letter command's own case
    /// (`\o`, `\AA`, `\ss`), else the first letter after the command (`\"O`, `\'{e}`).
    private static func commandIsLower(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Bool {
        var i = index + 1
        guard i < end else { return false }
        if Byte.isLetter(bytes[i]) {
            let start = i
            while i < end, Byte.isLetter(bytes[i]) { i += 1 }
            let name = String(decoding: bytes[start..<i], as: UTF8.self)
            if LaTeXDecoder.specialLetters[name] != nil { return bytes[start] >= 0x61 }
        } else {
            i += 1
        }
        while i < end {
            if Byte.isLetter(bytes[i]) { return bytes[i] >= 0x61 }
            if bytes[i] == Byte.backslash, i + 1 < end, bytes[i + 1] == 0x69 || bytes[i + 1] == 0x6A { return true }
            i += 1
        }
        return false
    }

    /// The range is exactly one brace group: `{` ... its matching `}`.
    static func isOneGroup(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 2, bytes[range.lowerBound] == Byte.lbrace, bytes[range.upperBound - 1] == Byte.rbrace
        else { return false }
        var depth = 0
        for i in range {
            if bytes[i] == Byte.lbrace { depth += 1 }
            if bytes[i] == Byte.rbrace {
                depth -= 1
                if depth == 0 { return i == range.upperBound - 1 }
            }
        }
        return false
    }
}
