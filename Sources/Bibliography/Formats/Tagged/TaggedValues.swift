/// Identifier and author-list helpers shared by the tagged readers (RIS, Web of Science, Scopus, MEDLINE).
enum TaggedValues {
    /// A DOI normalized like every reader's `doi` (lower-case, no resolver or `doi:` prefix); nil when empty or
    /// when the text does not start with `10.`.
    static func doi(_ text: Substring) -> String? {
        guard let doi = TableRecordReader.normalizeDOI(text), doi.hasPrefix("10.") else { return nil }
        return doi
    }

    /// The first DOI written inside free text such as a cited reference: after `DOI `, `DOI:`, `doi.org/` or
    /// standing alone as `10.NNNN/...`. Web of Science's `DOI [10.a, 10.b]` gives the first of the list.
    /// Trailing `.`, `,`, `;` and an unbalanced `)` or `]` are not part of the DOI.
    ///
    /// - Complexity: O(length of the text).
    static func doi(inReference text: Substring) -> String? {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 3 < bytes.count {
            // "10." followed by a digit, at the start of a word (after a space, "[", ":", "/", "(" or the start).
            if bytes[index] == 0x31, bytes[index + 1] == 0x30, bytes[index + 2] == 0x2E,
                TaggedText.isDigit(bytes[index + 3]),
                index == 0 || [0x20, 0x5B, 0x3A, 0x2F, 0x28].contains(bytes[index - 1])
            {
                var end = index + 3
                while end < bytes.count, TaggedText.isDigit(bytes[end]) { end += 1 }
                guard end < bytes.count, bytes[end] == 0x2F else {
                    index += 1
                    continue
                }
                while end < bytes.count, bytes[end] > 0x20, bytes[end] != 0x2C, bytes[end] != 0x3B { end += 1 }
                var candidate = Array(bytes[index..<end])
                while let last = candidate.last, last == 0x2E || last == 0x5D || last == 0x29 {
                    if last == 0x29,
                        candidate.contains(0x28)
                            && candidate.filter({ $0 == 0x28 }).count
                                >= candidate.filter({ $0 == 0x29 }).count
                    {
                        break
                    }
                    candidate.removeLast()
                }
                if let doi = doi(Substring(String(decoding: candidate, as: UTF8.self))), doi.contains("/") {
                    return doi
                }
            }
            index += 1
        }
        return nil
    }

    /// A bare ORCID `0000-0002-1825-0097` found in `text` (`ORCID: ...`, `https://orcid.org/...`, `Name/...`,
    /// with or without hyphens); nil when there is none.
    static func orcid(in text: Substring) -> String? {
        var digits: [UInt8] = []
        var startedAt: Substring.UTF8View.Index?
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if TaggedText.isDigit(byte) || ((byte == 0x58 || byte == 0x78) && digits.count == 15) {
                if startedAt == nil { startedAt = index }
                digits.append(byte == 0x78 ? 0x58 : byte)
                if digits.count == 16 { break }
            } else if byte == 0x2D, !digits.isEmpty, digits.count % 4 == 0 {
                continue
            } else {
                digits.removeAll()
                startedAt = nil
            }
        }
        guard digits.count == 16 else { return nil }
        let groups = stride(from: 0, to: 16, by: 4).map { String(decoding: digits[$0..<$0 + 4], as: UTF8.self) }
        return groups.joined(separator: "-")
    }

    /// Drops an author whose written name already appears earlier in the list (the reference facts count a
    /// name repeated inside one record once). Returns the kept authors and the positions of the dropped ones.
    static func dropRepeatedAuthors(_ authors: [AuthorName]) -> (kept: [AuthorName], dropped: [Int]) {
        var seen = Set<String>()
        var kept: [AuthorName] = []
        var dropped: [Int] = []
        kept.reserveCapacity(authors.count)
        for (position, author) in authors.enumerated() {
            if seen.insert(author.written).inserted {
                kept.append(author)
            } else {
                dropped.append(position)
            }
        }
        return (kept, dropped)
    }

    /// Parses a year cell or tag value: a four-digit year in 1000–2100 at the start of the text.
    static func leadingYear(_ text: Substring) -> Int? {
        let digits = text.utf8.prefix { TaggedText.isDigit($0) }
        guard digits.count == 4, let year = Int(Substring(digits)), PartialDate.years.contains(year) else {
            return nil
        }
        return year
    }
}
