/// A person's name taken apart for comparison: folded given names, particles and surname.
/// "David G. T. Barrett" → given [david, g, t], surname barrett; "Sjoerd van Steenkiste" → given [sjoerd],
/// surname "van steenkiste"; "S. M. Ali Eslami" → given [s, m, ali], surname eslami.
///
/// Written orders understood (the rule that decides which one a name is in):
/// 1. **With a comma**, the surname comes first: `Bruna, Emilio M.`, `van der Berg, Jan`, `Smith, John, Jr.`,
///    `Smith, Jr., John` (BibTeX), `John Smith, Jr.` (a lone suffix after the comma is no given name).
///    A given part that is a single token of 1–3 capital letters is glued initials (`Bruna, EM` → E. M., the
///    Web of Science/MEDLINE form) — unless the surname part is all capitals too (`LI, XU` is the given name
///    Xu). Particles that end the given part move to the surname (`Beethoven, Ludwig van`). More than three
///    comma-separated parts is not one name (nil).
/// 2. **Without a comma**, a name whose last tokens are dotted initials is surname-first (`Bruna E.M.`,
///    `Smith J.`, the Scopus form): no surname is a dotted initial. Trailing undotted capitals (`Linkov I`,
///    `Bruna EM`, the MEDLINE `AU` form) are initials only when `surnameFirst` is set — because the record's
///    format writes names that way — and the rest of the name is not all capitals; otherwise "Wei LI" would
///    lose its surname.
/// 3. Otherwise the name is in "First Middle Last" order; the surname is the last token with the particles
///    right before it.
///
/// A text with characters of markup or code (a backslash, a slash, braces) is not parsed
/// (`hasOnlyNameCharacters`).
public struct PersonName: Hashable, Sendable {
    /// Folded given-name tokens in order (initials as single letters).
    public var given: [String]
    /// Folded surname including its particles.
    public var surname: String
    /// Folded generational suffix (jr, sr, ii, iii, iv), if any.
    public var suffix: String?

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Parses a written name (see the type's documentation for the orders understood); nil when it has fewer
    /// than two words or is not one name. `surnameFirst`: the source writes "Surname Initials" without a comma.
    public init?(_ written: String, surnameFirst: Bool = false) {
        guard PersonName.hasOnlyNameCharacters(written) else { return nil }
        if written.contains(",") {
            guard let parsed = PersonName.inverted(written) else { return nil }
            self = parsed
            return
        }
        let raw = written.split(whereSeparator: { $0.isWhitespace })
        if raw.count >= 2, let parsed = PersonName.trailingInitials(raw, undotted: surnameFirst) {
            self = parsed
            return
        }
        guard let parsed = PersonName.natural(written) else { return nil }
        self = parsed
    }

    init(given: [String], surname: String, suffix: String?) {
        self.given = given
        self.surname = surname
        self.suffix = suffix
    }

    /// "First Middle Last [Jr]".
    private static func natural(_ written: String) -> PersonName? {
        var tokens = NameKey.fold(written).split(separator: " ").map(String.init)
        var suffix: String?
        if tokens.count > 2, let last = tokens.last, suffixes.contains(last) {
            suffix = last
            tokens.removeLast()
        }
        guard tokens.count >= 2 else { return nil }
        // The surname is the last token plus any particles right before it.
        var surnameStart = tokens.count - 1
        while surnameStart > 1, NameShape.particles.contains(tokens[surnameStart - 1]) { surnameStart -= 1 }
        return PersonName(
            given: Array(tokens[..<surnameStart]), surname: tokens[surnameStart...].joined(separator: " "),
            suffix: suffix)
    }

    /// "Surname, Given[, Suffix]" and "Surname, Suffix, Given".
    private static func inverted(_ written: String) -> PersonName? {
        var parts = written.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        while parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let surnamePart: String, givenPart: String
        var suffix: String?
        switch parts.count {
        case 2 where isSuffix(parts[1]):
            // "John Smith, Jr."
            return natural(parts[0] + " " + parts[1])
        case 2:
            surnamePart = parts[0]
            givenPart = parts[1]
        case 3 where isSuffix(parts[2]):
            surnamePart = parts[0]
            givenPart = parts[1]
            suffix = NameKey.fold(parts[2])
        case 3 where isSuffix(parts[1]):
            surnamePart = parts[0]
            suffix = NameKey.fold(parts[1])
            givenPart = parts[2]
        default:
            return nil
        }
        var surname = NameKey.fold(surnamePart).split(separator: " ").map(String.init)
        var given = givenTokens(givenPart, surnameAllCapitals: isAllCapitals(surnamePart))
        guard !surname.isEmpty, !given.isEmpty else { return nil }
        while given.count > 1, let last = given.last, NameShape.particles.contains(last) {
            surname.insert(given.removeLast(), at: 0)
        }
        return PersonName(given: given, surname: surname.joined(separator: " "), suffix: suffix)
    }

    /// "Surname Initials [Suffix]" when the last tokens are initials (see the type's documentation).
    private static func trailingInitials(_ raw: [Substring], undotted: Bool) -> PersonName? {
        var tokens = raw
        var suffix: String?
        if tokens.count > 2, let last = tokens.last, isSuffix(String(last)) {
            suffix = NameKey.fold(String(last))
            tokens.removeLast()
        }
        var start = tokens.count
        var usedUndotted = false
        while start > 1 {
            let token = tokens[start - 1]
            if isDottedInitials(token) {
                start -= 1
            } else if undotted, isGluedInitials(token) {
                usedUndotted = true
                start -= 1
            } else {
                break
            }
        }
        guard start < tokens.count else { return nil }
        let surnamePart = tokens[..<start].joined(separator: " ")
        if usedUndotted, isAllCapitals(surnamePart) { return nil }
        let surname = NameKey.fold(surnamePart)
        guard !surname.isEmpty else { return nil }
        let given = tokens[start...].flatMap { token in token.filter(\.isLetter).map { NameKey.fold(String($0)) } }
        return PersonName(given: given, surname: surname, suffix: suffix)
    }

    /// The given part's tokens, with glued initials ("EM") taken apart.
    private static func givenTokens(_ part: String, surnameAllCapitals: Bool) -> [String] {
        let raw = part.split(whereSeparator: { $0.isWhitespace })
        if raw.count == 1, !surnameAllCapitals, isGluedInitials(raw[0]) {
            return raw[0].map { NameKey.fold(String($0)) }
        }
        return NameKey.fold(part).split(separator: " ").map(String.init)
    }

    /// No character of markup or code: `\ / | { } [ ] < > = + ^ _ ~ # @ $ %` and the backtick. Folding turns
    /// them into spaces, so "Back\N Slash" would read as given names [back, n] and merge with "Back \ Slash" —
    /// a backslash is no part of a name, and a letter after one is no initial: such a text is not taken apart
    /// (it still merges when folded equal). Brackets, digits and asterisks stay allowed ("Ragunathan (Raj)
    /// Rajkumar", "R. Brekelmans*").
    static func hasOnlyNameCharacters(_ written: String) -> Bool {
        !written.utf8.contains { markupBytes.contains($0) }
    }

    /// `\ / | { } [ ] < > = + ^ _ ~ # @ $ %` and the backtick, as bytes.
    private static let markupBytes: Set<UInt8> = Set("\\/|{}[]<>=+^_~#@$%`".utf8)

    static func isSuffix(_ text: String) -> Bool { suffixes.contains(NameKey.fold(text)) }

    /// 1–3 capital letters and nothing else ("EM", "I", "JRR").
    static func isGluedInitials<S: StringProtocol>(_ token: S) -> Bool {
        (1...3).contains(token.count) && token.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    /// Capital letters each followed by a period, hyphens allowed between them ("J.", "E.M.", "J.-P.").
    static func isDottedInitials<S: StringProtocol>(_ token: S) -> Bool {
        var sawLetter = false
        var expectPeriod = false
        for c in token where c != "-" {
            if expectPeriod {
                guard c == "." else { return false }
                expectPeriod = false
            } else {
                guard c.isLetter, c.isUppercase else { return false }
                sawLetter = true
                expectPeriod = true
            }
        }
        return sawLetter && !expectPeriod
    }

    /// Has letters and none of them is lower-case.
    static func isAllCapitals<S: StringProtocol>(_ text: S) -> Bool {
        var letters = false
        for c in text where c.isLetter {
            if c.isLowercase { return false }
            letters = true
        }
        return letters
    }

    /// The name in "given surname suffix" order, folded: equal for every notation of the same name
    /// ("Bruna, E. M." = "Bruna, EM" = "E. M. Bruna").
    public var naturalKey: String {
        (given + [surname] + (suffix.map { [$0] } ?? [])).joined(separator: " ")
    }

    /// The first given name is written out (not an initial).
    public var hasFullFirstName: Bool { (given.first?.count ?? 0) > 1 }

    /// Every given name is an initial ("E. M. Bruna", "Bruna, EM").
    public var isInitialsOnly: Bool { !given.isEmpty && given.allSatisfy { $0.count == 1 } }

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

    /// This initials-only form can stand for `full`: same surname and suffix, `full` has a written-out first
    /// name, as many given names as this form has initials, and each initial starts the given name in its
    /// place ("E. M. Bruna" abbreviates "Emilio M. Bruna", not "Emilio Bruna" nor "Eva Bruna").
    public func abbreviates(_ full: PersonName) -> Bool {
        guard isInitialsOnly, full.hasFullFirstName, surname == full.surname, suffix == full.suffix,
            given.count == full.given.count
        else { return false }
        return zip(given, full.given).allSatisfy { $1.hasPrefix($0) }
    }

    /// Loose agreement for two author slots of copies of one paper (same title): same surname and suffix, and
    /// given names that agree where both lists have them, initials included ("Bruna, E. M." / "Emilio M.
    /// Bruna"). Too loose for name resolution across papers; the shared title is the rest of the evidence.
    func mayBeSameAuthor(as other: PersonName) -> Bool {
        guard surname == other.surname, suffix == other.suffix, !given.isEmpty, !other.given.isEmpty else {
            return false
        }
        return zip(given, other.given).allSatisfy { PersonName.tokensAgree($0, $1) }
    }

    /// Equal, or one is the other's initial.
    static func tokensAgree(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        if x.count == 1 { return y.hasPrefix(x) }
        if y.count == 1 { return x.hasPrefix(y) }
        return false
    }
}
