/// The cells of a plain table: authors lists, years and dates, DOIs, and the trimming and whitespace collapsing
/// every text cell gets. Hot paths read a cell's UTF-8 bytes in place.
extension TableRecordReader {
    /// The authors cell: names separated by `;` — or, in a cell without any `;`, by the word `and` between spaces
    /// (“Smith, J. and Doe, A.”, as BibTeX writes lists; a single name containing “ and ” is split too) — each
    /// trimmed with whitespace runs collapsed, empty items dropped. A last item `et al.`, `et al` or `others` (or
    /// a last name ending in " et al.") is removed and marks the list as truncated.
    static func splitAuthors(_ cell: Substring) -> (names: [String], truncated: Bool) {
        // Fast path: the cell's UTF-8 bytes in place (always available for native strings).
        var names =
            cell.utf8.withContiguousStorageIfAvailable { splitItems($0, of: cell) }
            ?? splitAuthorsSlowly(cell)
        if names.count == 1, names[0].contains(" and "), !cell.utf8.contains(0x3B) {
            names = names[0].components(separatedBy: " and ").map { collapsed(Substring($0)) }.filter { !$0.isEmpty }
        }

        // Only a last name ending in `.`, `l` or `s` can be "et al." or "others": skip lower-casing the rest.
        guard let last = names.last, let end = last.utf8.last,
            end == 0x2E || end | 0x20 == 0x6C || end | 0x20 == 0x73
        else { return (names, false) }
        let lower = last.lowercased()
        if lower == "et al." || lower == "et al" || lower == "others" {
            names.removeLast()
            return (names, true)
        }
        for suffix in [" et al.", " et al"] where lower.hasSuffix(suffix) {
            let kept = collapsed(last.dropLast(suffix.count))
            names.removeLast()
            if !kept.isEmpty { names.append(kept) }
            return (names, true)
        }
        return (names, false)
    }

    /// The `;`-separated items of `bytes` (the UTF-8 of `cell`): items that are already plain become strings
    /// straight from their bytes, others are collapsed; empty items are dropped.
    private static func splitItems(_ bytes: UnsafeBufferPointer<UInt8>, of cell: Substring) -> [String] {
        let count = bytes.count
        var separators = 0
        for byte in bytes where byte == 0x3B { separators += 1 }
        var names: [String] = []
        names.reserveCapacity(separators + 1)
        var start = 0
        var plain = PlainText()
        var index = 0
        while index <= count {
            if index == count || bytes[index] == 0x3B {  // ;
                if index > start {
                    if plain.isFinished {
                        names.append(
                            String(
                                decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]),
                                as: UTF8.self))
                    } else {
                        let utf8 = cell.utf8
                        let from = utf8.index(utf8.startIndex, offsetBy: start)
                        let to = utf8.index(from, offsetBy: index - start)
                        let name = collapsed(Substring(utf8[from..<to]))
                        if !name.isEmpty { names.append(name) }
                    }
                }
                start = index + 1
                plain = PlainText()
            } else {
                plain.add(bytes[index])
            }
            index += 1
        }
        return names
    }

    /// `splitAuthors`'s item splitting through the generic UTF-8 view (strings without contiguous UTF-8).
    private static func splitAuthorsSlowly(_ cell: Substring) -> [String] {
        var names: [String] = []
        let utf8 = cell.utf8
        var start = utf8.startIndex
        var plain = PlainText()
        var index = start
        func emit(_ end: Substring.UTF8View.Index) {
            if start == end { return }
            let item = Substring(utf8[start..<end])
            if plain.isFinished {
                names.append(String(item))
            } else {
                let name = collapsed(item)
                if !name.isEmpty { names.append(name) }
            }
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x3B {  // ;
                emit(index)
                start = utf8.index(after: index)
                plain = PlainText()
            } else {
                plain.add(byte)
            }
            utf8.formIndex(after: &index)
        }
        emit(index)
        return names
    }

    /// Tracks whether a run of UTF-8 bytes is already trimmed and collapsed: printable ASCII with single spaces
    /// between words. Such text is used as it is, without splitting and joining.
    struct PlainText {
        private(set) var isPlain = true
        /// The previous byte was a space, or there was none yet (a leading space is not plain).
        private var afterSpace = true

        mutating func add(_ byte: UInt8) {
            if byte == 0x20 {
                if afterSpace { isPlain = false }
                afterSpace = true
            } else {
                if byte < 0x20 || byte >= 0x7F { isPlain = false }
                afterSpace = false
            }
        }

        /// Plain and not ending in a space.
        var isFinished: Bool { isPlain && !afterSpace }
    }

    /// A `;`-separated list cell (keywords, references): items trimmed and collapsed, empty ones dropped.
    static func splitList(_ cell: Substring) -> [String] {
        cell.split(separator: ";").map { collapsed($0) }.filter { !$0.isEmpty }
    }

    /// Trimmed, with every whitespace run (line breaks from quoted cells included) turned into one space.
    static func collapsed(_ text: Substring) -> String {
        let fast: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var plain = PlainText()
            for byte in bytes {
                plain.add(byte)
                if !plain.isPlain { return nil }
            }
            return plain.isFinished || bytes.isEmpty ? String(decoding: bytes, as: UTF8.self) : nil
        }
        if let fast, let plain = fast { return plain }
        var plain = PlainText()
        for byte in text.utf8 {
            plain.add(byte)
            if !plain.isPlain { break }
        }
        if plain.isFinished || text.isEmpty { return String(text) }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return text[text.endIndex...] }
        return text[start...end]
    }

    static func isBlankCell(_ cell: Substring) -> Bool {
        for byte in cell.utf8 where byte != 0x20 && byte != 0x09 {
            // Printable ASCII is content; anything else (line breaks, non-ASCII spaces) needs a closer look.
            return byte > 0x20 && byte < 0x7F ? false : trimmed(cell).isEmpty
        }
        return true
    }
}
