/// An author line of a profile page, split into its parts:
/// `Drew A. Hudson, Daniel Zoran, Mateusz Malinowski et al. · deepmind, stanford`.
struct AuthorLine: Equatable {
    var names: [String]
    /// The list ended in "et al.".
    var truncated: Bool
    var affiliations: [String]

    static let affiliationSeparator = " · "

    /// Splits off the affiliation slugs (after the last ` · `).
    static func splitAffiliations(_ line: Substring) -> (people: Substring, affiliations: [String]) {
        guard let range = line.range(of: affiliationSeparator, options: .backwards) else {
            return (line, [])
        }
        let affiliations = line[range.upperBound...]
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return (line[..<range.lowerBound], affiliations)
    }

    /// Removes a trailing "et al." (with or without the period, with or without a comma before it).
    static func splitEtAl(_ people: Substring) -> (people: Substring, truncated: Bool) {
        var text = people
        while let last = text.last, last == " " { text = text.dropLast() }
        for suffix in [" et al.", " et al", ", et al.", ", et al", " and others", ", and others"] {
            if text.hasSuffix(suffix) {
                var rest = text.dropLast(suffix.count)
                while let last = rest.last, last == " " || last == "," { rest = rest.dropLast() }
                return (rest, true)
            }
        }
        return (text, false)
    }

    /// Parses a whole author line (spaced layout, where the title is on its own line).
    static func parse(_ line: Substring) -> AuthorLine {
        let (people, affiliations) = splitAffiliations(line)
        let (list, truncated) = splitEtAl(people)
        return AuthorLine(names: splitNames(list), truncated: truncated, affiliations: affiliations)
    }

    /// Splits a comma-separated list of names; whitespace runs are collapsed.
    static func splitNames(_ list: Substring) -> [String] {
        list.split(separator: ",").map { collapseSpaces($0) }.filter { !$0.isEmpty }
    }

    static func collapseSpaces<S: StringProtocol>(_ text: S) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}
