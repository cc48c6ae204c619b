/// Judges whether a piece of text is shaped like an author name, as written on the profile pages
/// ("Drew A. Hudson", "Sjoerd van Steenkiste", "Peter C Humphreys", "Dhruva TB", "SIMA team",
/// "DeepMind Interactive Agents Team", "Petar Veličković").
///
/// Used to find where a title ends and the author list begins. It returns a *penalty* for shapes that are
/// possible but unusual (a word with a capital after lower-case letters such as "GenCharlie"), so that the
/// splitter can prefer the most name-like reading.
enum NameShape {
    struct Assessment: Equatable {
        var isGroup: Bool
        /// 0 for an ordinary name; higher is less name-like.
        var penalty: Int
        var tokens: [Substring]
    }

    /// Lower-case name particles that may stand inside a person's name.
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "dei", "di", "da", "dos", "das", "do", "du", "le", "la",
        "bin", "binti", "ibn", "al", "el", "y", "ten", "ter", "zu", "af", "av", "st",
    ]
    /// Lower-case words allowed inside group names.
    static let groupConnectors: Set<String> = ["of", "and", "for", "the", "on", "in", "&"]
    /// Prefixes after which a capital is ordinary inside a surname (McDonald, MacKay, DeVries, LeCun, DiCaprio).
    static let camelPrefixes: Set<String> = [
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St", "Al", "El",
    ]

    static let maxLength = 80
    /// The longest run before an inner capital that a name word may have ("VanderPlas", "DeepMind").
    static let maxCamelPrefix = 6

    /// Assesses `text` (already trimmed, no commas). Returns nil when it cannot be a name.
    static func assess<S: StringProtocol>(_ text: S) -> Assessment? where S.SubSequence == Substring {
        guard !text.isEmpty, text.count <= maxLength else { return nil }
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !tokens.isEmpty, tokens.count <= 8 else { return nil }
        let isGroup = tokens.contains { GroupNames.collectiveWords.contains($0.lowercased()) }
        var penalty = 0
        if isGroup {
            for (index, token) in tokens.enumerated() {
                let lower = token.lowercased()
                if GroupNames.collectiveWords.contains(lower) { continue }
                if index > 0, groupConnectors.contains(lower) { continue }
                guard let first = token.first, first.isUppercase || first.isNumber else { return nil }
                guard
                    token.allSatisfy({
                        $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" || $0 == "&"
                    })
                else { return nil }
                if token.allSatisfy({ !$0.isLowercase }) { continue }
                guard let p = wordPenalty(token.filter { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }[...])
                else { return nil }
                penalty += p
            }
            return Assessment(isGroup: true, penalty: penalty, tokens: tokens)
        }
        guard tokens.count >= 2, tokens.count <= 6 else { return nil }
        var words = 0
        for (index, token) in tokens.enumerated() {
            if particles.contains(String(token)) {
                // A particle stands between given names and the surname, never first or last.
                guard index > 0, index < tokens.count - 1 else { return nil }
                continue
            }
            if isInitials(token) { continue }
            guard let p = wordPenalty(token) else { return nil }
            penalty += p
            words += 1
        }
        // A name needs at least one real word (the surname); "A. B." is not a name on these pages.
        guard words >= 1 else { return nil }
        // The last token is the surname: a bare initial there is unusual ("Dhruva TB" passes as all-caps).
        if let last = tokens.last, last.count == 1 || (last.count == 2 && last.last == ".") { penalty += 2 }
        return Assessment(isGroup: false, penalty: penalty, tokens: tokens)
    }

    /// "A", "A.", "J.-P.", "A.A.", "TB" (two or three capitals).
    static func isInitials(_ token: Substring) -> Bool {
        let letters = token.filter { $0.isLetter }
        guard !letters.isEmpty, letters.allSatisfy({ $0.isUppercase }) else { return false }
        guard token.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" }) else { return false }
        if token.contains(".") { return letters.count <= 4 }
        return letters.count <= 3
    }

    /// A capitalized word: an upper-case letter, then letters, with hyphens or apostrophes joining parts.
    /// Returns nil when impossible, else a penalty (1 for each capital following a lower-case letter outside
    /// a known prefix; 2 for a word that begins with two capitals and continues in lower case, like "EChristopher").
    static func wordPenalty(_ token: Substring) -> Int? {
        guard let first = token.first, first.isUppercase, first.isLetter else { return nil }
        var penalty = 0
        var previous: Character? = nil
        var partStart = token.startIndex
        var index = token.startIndex
        while index < token.endIndex {
            let c = token[index]
            if c == "-" || c == "'" || c == "’" {
                guard let p = previous, p.isLetter else { return nil }
                partStart = token.index(after: index)
            } else if c.isLetter {
                if c.isUppercase, let p = previous, p.isLetter {
                    if p.isUppercase {
                        // Two capitals in a row inside a word: only an all-caps word is allowed ("TB" is handled
                        // as initials); "VAEChristopher" is a title glued to a name.
                        return nil
                    }
                    let prefix = String(token[partStart..<index])
                    // "RepresentationsJoão", "LearningDeepMind": a long word glued to a name, not a name.
                    if prefix.count > maxCamelPrefix { return nil }
                    if !camelPrefixes.contains(prefix) { penalty += 1 }
                }
            } else {
                return nil
            }
            previous = c
            index = token.index(after: index)
        }
        guard let last = previous, last.isLetter else { return nil }
        return penalty
    }

    /// A capital right after a lower-case letter outside a known prefix ("DeepMind", "PolyGen").
    static func hasCamelBreak<S: StringProtocol>(_ word: S) -> Bool {
        var previous: Character? = nil
        for c in word {
            if c.isUppercase, let p = previous, p.isLowercase { return true }
            previous = c
        }
        return false
    }
}
