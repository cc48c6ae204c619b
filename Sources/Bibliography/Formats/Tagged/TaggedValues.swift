/// ORCID and author-list helpers shared by the tagged readers (RIS, Web of Science, Scopus, MEDLINE).
enum TaggedValues {
    /// A bare ORCID `0000-0002-1825-0097` found in `text` (`ORCID: ...`, `https://orcid.org/...`, `Name/...`,
    /// with or without hyphens); nil when there is none.
    static func orcid(in text: Substring) -> String? {
        var digits: [UInt8] = []
        var startedAt: Substring.UTF8View.Index?
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if Byte.isDigit(byte) || ((byte == 0x58 || byte == 0x78) && digits.count == 15) {
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
}
