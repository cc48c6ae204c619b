/// Tells group authors ("Gemini Team", "SIMA team", "DeepMind Interactive Agents Team", "ATLAS Collaboration")
/// from persons.
///
/// A name is a group when one of its words is a collective noun (team, consortium, collaboration, group, ...).
/// Persons with such a surname are rare in bibliographic data; the thesaurus can override either way.
public enum GroupNames {
    /// Collective nouns, lower-case.
    public static let collectiveWords: Set<String> = [
        "team", "consortium", "collaboration", "group", "project", "initiative", "committee", "network",
        "alliance", "investigators", "laboratory", "society", "association", "council", "organization",
        "organisation", "working", "taskforce", "force", "program", "programme", "members", "contributors",
    ]

    public static func kind(of name: String) -> AuthorKind {
        isGroup(name) ? .group : .person
    }

    public static func isGroup(_ name: String) -> Bool {
        // Fast path: a single token without spaces or hyphens (ids such as "A0000040") is a group only when it
        // is itself a collective word.
        var hasSeparator = false, hasDigit = false
        for byte in name.utf8 {
            if byte == 0x20 || byte == 0x2D {
                hasSeparator = true
                break
            }
            if byte >= 0x30 && byte <= 0x39 { hasDigit = true }
        }
        if !hasSeparator {
            if hasDigit { return false }  // one token with a digit ("A0000040") is an id, never a collective word
            return name.utf8.count <= 13 && collectiveWords.contains(name.lowercased())
        }
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) where word.utf8.count <= 13 {
            if collectiveWords.contains(word.lowercased()) { return true }
        }
        return false
    }
}
