/// A Digital Object Identifier, normalized the one way every reader stores it: lower case, without a resolver
/// (`https://doi.org/`, `http://dx.doi.org/`, ...) or `doi:` prefix, trimmed. DOIs are case-insensitive
/// (ISO 26324), so lower case loses nothing.
public struct DOI: Hashable, Sendable, CustomStringConvertible {
    /// The normalized DOI (`10.1000/xyz`).
    public let value: String

    public var description: String { value }

    /// A DOI field or link: a bare DOI, `doi:10.…`, a `doi.org/` link (anywhere in the text) or another
    /// resolver's URL ending in `/10.…` (`http://doi.ieeecomputersociety.org/10.1109/…`). Nil unless the
    /// normalized text starts with `10.`.
    public init?(_ text: some StringProtocol) {
        var candidate = Substring(text)
        if let range = candidate.range(of: "doi.org/", options: .caseInsensitive) {
            candidate = candidate[range.upperBound...]
        } else if !candidate.hasPrefix("10."), let range = candidate.range(of: "/10.") {
            candidate = candidate[candidate.index(after: range.lowerBound)...]
        }
        guard let doi = DOI.normalized(candidate), doi.hasPrefix("10.") else { return nil }
        value = doi
    }

    /// The first DOI written inside free text such as a cited reference (`Smith J, 2001, NATURE, V1, P2, DOI
    /// 10.1000/xyz`): a `10.NNNN/…` at the start of a word (after a space, `[`, `:`, `/` or `(`, so `DOI 10.…`,
    /// `DOI:10.…` and `doi.org/10.…` all count). Web of Science's `DOI [10.a, 10.b]` gives the first of the list.
    /// The DOI ends at white space or `,`; trailing `.`, `;`, `]` and an unbalanced `)` are not part of it (a `;`
    /// inside stays: SICI DOIs such as `10.1002/(SICI)1099-1360(199606)5:2<99::AID-MCDA97>3.0.CO;2-8` have one).
    ///
    /// - Complexity: O(length of the text).
    public init?(findingIn text: some StringProtocol) {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 3 < bytes.count {
            if let end = DOI.prefixEnd(bytes, at: index) {
                if let doi = DOI.candidate(bytes, from: index, slash: end) {
                    value = doi
                    return
                }
            }
            index += 1
        }
        return nil
    }

    /// Lenient normalization (tables, OpenAlex, DBLP and identity keys keep what a source wrote as its DOI):
    /// trimmed, lower case, without one leading resolver or `doi:` prefix; nil when nothing is left.
    public static func normalized(_ text: some StringProtocol) -> String? {
        var doi = Substring(trimmed(Substring(text)).lowercased())
        for prefix in prefixes where doi.hasPrefix(prefix) {
            doi = doi.dropFirst(prefix.count)
            break
        }
        let result = trimmed(doi)
        return result.isEmpty ? nil : String(result)
    }

    private static let prefixes = [
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "dx.doi.org/",
        "doi:",
    ]

    /// At `index`, `10.` and digits then `/`, at the start of a word: the index of that `/`.
    private static func prefixEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        guard bytes[index] == 0x31, bytes[index + 1] == 0x30, bytes[index + 2] == 0x2E, Byte.isDigit(bytes[index + 3]),
            index == 0 || [0x20, 0x5B, 0x3A, 0x2F, 0x28].contains(bytes[index - 1])  // space [ : / (
        else { return nil }
        var end = index + 3
        while end < bytes.count, Byte.isDigit(bytes[end]) { end += 1 }
        return end < bytes.count && bytes[end] == 0x2F ? end : nil
    }

    /// The DOI that starts at `start` (its prefix ends at the `/` at `slash`), trailing punctuation dropped.
    private static func candidate(_ bytes: [UInt8], from start: Int, slash: Int) -> String? {
        var end = slash
        while end < bytes.count, bytes[end] > 0x20, bytes[end] != 0x2C { end += 1 }  // ,
        var candidate = Array(bytes[start..<end])
        while let last = candidate.last, last == 0x2E || last == 0x3B || last == 0x5D || last == 0x29 {  // . ; ] )
            if last == 0x29, candidate.count(where: { $0 == 0x28 }) >= candidate.count(where: { $0 == 0x29 }) {
                break
            }
            candidate.removeLast()
        }
        guard let doi = DOI(String(decoding: candidate, as: UTF8.self)), doi.value.contains("/") else { return nil }
        return doi.value
    }

    /// `text` without leading and trailing white space (any Unicode white space, line breaks included).
    private static func trimmed(_ text: Substring) -> Substring {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return text[text.endIndex...] }
        return text[start...end]
    }
}
