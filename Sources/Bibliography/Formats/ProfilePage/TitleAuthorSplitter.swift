/// Finds where the title ends in a compact profile line, where the title is glued to the author list with no
/// separator: `SODA: Bottleneck Diffusion Models for Representation LearningDrew A. Hudson, Daniel Zoran et al.`
///
/// Every position where a capital letter directly follows a non-space character is a candidate start of the
/// author list ("Learning|Drew", but also "S|ODA", "VLM-|Based", "Deep|Mind"). A candidate is valid when the
/// text from there splits on ", " into names that `NameShape` accepts. Among valid candidates the one with the
/// lowest penalty wins (unusual capitals in the first name or at the end of the title cost), then corpus
/// evidence (the first author's name seen elsewhere, an affiliation that names a group), then the leftmost.
///
/// - Complexity: O(n) candidates, each checked in O(80) after an O(n) pass that validates the comma-separated
///   segments from the right, so O(n) per line with n the line length.
struct TitleAuthorSplitter {
    struct Candidate: Equatable {
        /// Offset (in characters) where the author list starts.
        var offset: Int
        var title: String
        var names: [String]
        var penalty: Int
    }

    enum Outcome: Equatable {
        /// Exactly one reading is possible.
        case certain(Candidate)
        /// Several readings are possible; `candidates` are sorted best first by shape alone.
        case ambiguous([Candidate])
        /// No reading gives a list of names.
        case none
    }

    /// Lines longer than this are not split (no title/author line is this long; it protects against quadratic input).
    static let maxLineLength = 20_000

    static func candidates(in people: Substring) -> Outcome {
        let chars = Array(people)
        guard chars.count <= maxLineLength, chars.count > 1 else { return .none }
        // Segments separated by ", " — the author list is a suffix of segments plus the tail of one segment.
        var segmentStarts: [Int] = [0]
        var i = 0
        while i + 1 < chars.count {
            if chars[i] == ",", chars[i + 1] == " " {
                segmentStarts.append(i + 2)
                i += 2
            } else {
                i += 1
            }
        }
        let segmentCount = segmentStarts.count
        func segmentEnd(_ s: Int) -> Int { s + 1 < segmentCount ? segmentStarts[s + 1] - 2 : chars.count }
        // suffixValid[s]: every segment after s is a name; suffixPenalty[s]: their summed penalty.
        var suffixValid = [Bool](repeating: false, count: segmentCount)
        var suffixPenalty = [Int](repeating: 0, count: segmentCount)
        var allValid = true
        var total = 0
        var s = segmentCount - 1
        while s >= 0 {
            suffixValid[s] = allValid
            suffixPenalty[s] = total
            let text = String(chars[segmentStarts[s]..<segmentEnd(s)]).trimmingCharacters(in: .whitespaces)
            if allValid, let a = NameShape.assess(Substring(text)) {
                total += a.penalty
            } else {
                allValid = false
            }
            s -= 1
        }
        var found: [Candidate] = []
        var segment = 0
        for offset in 1..<chars.count {
            while segment + 1 < segmentCount, offset >= segmentStarts[segment + 1] { segment += 1 }
            let c = chars[offset]
            guard c.isUppercase, c.isLetter, !chars[offset - 1].isWhitespace else { continue }
            guard suffixValid[segment] else { continue }
            let end = segmentEnd(segment)
            guard end - offset <= NameShape.maxLength else { continue }
            let firstName = AuthorLine.collapseSpaces(String(chars[offset..<end]))
            guard let assessment = NameShape.assess(Substring(firstName)) else { continue }
            let title = String(chars[0..<offset]).trimmingCharacters(in: .whitespaces)
            // A title does not end in a joining character ("Chia-|Chun Hung" is one name).
            guard let lastCharacter = title.last, !"-–,:;(/&".contains(lastCharacter) else { continue }
            var penalty = assessment.penalty + suffixPenalty[segment]
            // The title's last word broken by a capital ("LearningDeep", "WorldsS") is unusual.
            if let lastWord = title.split(separator: " ").last, NameShape.hasCamelBreak(lastWord) { penalty += 1 }
            var names = [firstName]
            for later in (segment + 1)..<segmentCount {
                names.append(AuthorLine.collapseSpaces(String(chars[segmentStarts[later]..<segmentEnd(later)])))
            }
            names = names.filter { !$0.isEmpty }
            found.append(Candidate(offset: offset, title: title, names: names, penalty: penalty))
        }
        switch found.count {
        case 0: return .none
        case 1: return .certain(found[0])
        default:
            let sorted = found.enumerated().sorted { a, b in
                a.element.penalty != b.element.penalty ? a.element.penalty < b.element.penalty : a.offset < b.offset
            }.map(\.element)
            return .ambiguous(sorted)
        }
    }
}

/// What the whole corpus says about names: names read unambiguously anywhere (spaced layouts, lines with one
/// possible split) and affiliation slugs. Used to decide ambiguous title/author splits.
public struct NameEvidence: Sendable {
    var fullNames: Set<String> = []
    var givenNames: Set<String> = []
    var affiliations: Set<String> = []

    public init() {}

    mutating func addName(_ name: String) {
        fullNames.insert(NameKey.fold(name))
        if let first = name.split(separator: " ").first, first.count > 2, !first.hasSuffix(".") {
            givenNames.insert(NameKey.fold(String(first)))
        }
    }

    mutating func addAffiliation(_ slug: String) {
        affiliations.insert(NameKey.fold(slug).replacingOccurrences(of: " ", with: ""))
    }

    /// Evidence score of a reading whose first author is `name`: 4 when the whole name is known, 1 when its
    /// given name is, 2 when a group's first word is a known affiliation ("DeepMind ... Team" and `deepmind`).
    func score(firstAuthor name: String) -> Int {
        var score = 0
        if fullNames.contains(NameKey.fold(name)) { score += 4 }
        let words = name.split(separator: " ")
        if let first = words.first {
            let folded = NameKey.fold(String(first))
            if givenNames.contains(folded) { score += 1 }
            if GroupNames.isGroup(name), affiliations.contains(folded.replacingOccurrences(of: " ", with: "")) {
                score += 2
            }
        }
        return score
    }

    /// Picks among ambiguous readings: lowest penalty minus evidence, then leftmost.
    /// Returns the choice and whether it was decided by a difference (false means a tie broken by position).
    func choose(_ candidates: [TitleAuthorSplitter.Candidate]) -> (TitleAuthorSplitter.Candidate, decided: Bool) {
        let scored = candidates.map { ($0, $0.penalty - score(firstAuthor: $0.names[0])) }
            .sorted { a, b in a.1 != b.1 ? a.1 < b.1 : a.0.offset < b.0.offset }
        let decided = scored.count < 2 || scored[0].1 < scored[1].1
        return (scored[0].0, decided)
    }
}
