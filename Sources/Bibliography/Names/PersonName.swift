/// A person's name taken apart for comparison: folded given names, particles and surname.
/// "David G. T. Barrett" → given [david, g, t], surname barrett; "Sjoerd van Steenkiste" → given [sjoerd],
/// surname "van steenkiste"; "S. M. Ali Eslami" → given [s, m, ali], surname eslami.
public struct PersonName: Hashable, Sendable {
    /// Folded given-name tokens in order (initials as single letters).
    public var given: [String]
    /// Folded surname including its particles.
    public var surname: String
    /// Folded generational suffix (jr, sr, ii, iii, iv), if any.
    public var suffix: String?

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Parses a written name in "First Middle Last" order; nil when it has fewer than two words.
    public init?(_ written: String) {
        var tokens = NameKey.fold(written).split(separator: " ").map(String.init)
        var suffix: String?
        if tokens.count > 2, let last = tokens.last, PersonName.suffixes.contains(last) {
            suffix = last
            tokens.removeLast()
        }
        guard tokens.count >= 2 else { return nil }
        // The surname is the last token plus any particles right before it.
        var surnameStart = tokens.count - 1
        while surnameStart > 1, NameShape.particles.contains(tokens[surnameStart - 1]) { surnameStart -= 1 }
        self.given = Array(tokens[..<surnameStart])
        self.surname = tokens[surnameStart...].joined(separator: " ")
        self.suffix = suffix
    }

    /// The first given name is written out (not an initial).
    public var hasFullFirstName: Bool { (given.first?.count ?? 0) > 1 }

    /// Two forms that can be the same person by initials: same surname and suffix, the same written-out first
    /// name, and middle names that agree where both have them ("Andrew K. Lampinen" / "Andrew Lampinen",
    /// "Danilo J. Rezende" / "Danilo Jimenez Rezende"). Never true on surname + first initial alone.
    public func isInitialCompatible(with other: PersonName) -> Bool {
        guard surname == other.surname, suffix == other.suffix else { return false }
        guard hasFullFirstName, other.hasFullFirstName, given[0] == other.given[0] else { return false }
        let a = given.dropFirst(), b = other.given.dropFirst()
        if a.isEmpty || b.isEmpty { return true }
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { PersonName.tokensAgree($0, $1) }
    }

    /// Equal, or one is the other's initial.
    static func tokensAgree(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        if x.count == 1 { return y.hasPrefix(x) }
        if y.count == 1 { return x.hasPrefix(y) }
        return false
    }
}
