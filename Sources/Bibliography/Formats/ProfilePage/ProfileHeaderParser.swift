/// Reads the profile header that may open a spaced profile page:
/// ```
/// S. M. Ali Eslami
///
/// CV
/// h-index117
/// 33papers
/// 13,433citations
/// Novelty60%
/// AI Score49
///
/// 33 Papers
/// ```
enum ProfileHeaderParser {
    /// Parses the lines before the first record. `lines` are (1-based number, text) pairs.
    /// Returns the profile (nil when the preamble is not a profile header) and the lines it did not understand.
    static func parse(_ lines: [(Int, String)], file: String) -> (Profile?, unknown: [(Int, String)]) {
        let content = lines.filter { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let first = content.first else { return (nil, []) }
        var profile = Profile(
            owner: AuthorLine.collapseSpaces(first.1), location: SourceLocation(file: file, line: first.0))
        var recognized = 0
        var unknown: [(Int, String)] = []
        for (lineNumber, raw) in content.dropFirst() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if let v = number(after: "h-index", in: line).flatMap(count) {
                profile.hIndex = v
                recognized += 1
            } else if let v = number(before: "papers", in: line).flatMap(count) {
                profile.papers = v
                recognized += 1
            } else if let v = number(before: " Papers", in: line).flatMap(count) {
                if profile.papers == nil { profile.papers = v }
                recognized += 1
            } else if let v = number(before: "citations", in: line).flatMap(count) {
                profile.citations = v
                recognized += 1
            } else if line.hasPrefix("Novelty"), line.hasSuffix("%"), let v = Double(line.dropFirst(7).dropLast()) {
                profile.noveltyPercent = v
                recognized += 1
            } else if let v = number(after: "AI Score", in: line) {
                profile.aiScore = v
                recognized += 1
            } else if profile.topic == nil, line.count <= 4, line.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                profile.topic = line
                recognized += 1
            } else {
                unknown.append((lineNumber, raw))
            }
        }
        // The owner line alone, or a first line that is not a name, is not a profile header.
        guard recognized >= 2, NameShape.assess(Substring(profile.owner)) != nil else {
            return (nil, content)
        }
        return (profile, unknown)
    }

    private static func number(after prefix: String, in line: String) -> Double? {
        guard line.hasPrefix(prefix) else { return nil }
        return parseNumber(line.dropFirst(prefix.count))
    }

    private static func number(before suffix: String, in line: String) -> Double? {
        guard line.hasSuffix(suffix) else { return nil }
        return parseNumber(line.dropLast(suffix.count))
    }

    /// "13,433" → 13433; nil unless the whole text is a number.
    private static func parseNumber(_ text: Substring) -> Double? {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(cleaned)
    }

    /// A count read as a number: nil unless it is a whole number a profile can have (at most 2⁵³), so a corrupt
    /// header line such as `h-index99999999999999999999` is reported as unrecognized instead of trapping.
    static func count(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0, value <= 9_007_199_254_740_992, value == value.rounded() else { return nil }
        return Int(value)
    }
}
