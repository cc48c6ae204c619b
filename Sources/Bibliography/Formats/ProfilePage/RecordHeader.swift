/// The header line that starts every record of a profile page: an optional score, a topic code glued to a
/// date, an optional `Code` marker — `CVNov 29, 2023`, `CVDec 19, 2024Code`, `54.9AIMay 10` (no year).
struct RecordHeader: Equatable {
    var score: Double?
    var topic: String
    var month: Int
    var day: Int
    var year: Int?
    var hasCode: Bool

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Parses a header line; nil when the line is not one. Hand-written (no regex): it runs on every line.
    static func parse(_ raw: Substring) -> RecordHeader? {
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard line.count >= 7, line.count <= 40 else { return nil }
        var chars = Substring(line)
        // Optional leading score: digits with an optional decimal part.
        var score: Double?
        let numberPart = chars.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        if !numberPart.isEmpty {
            guard let value = Double(numberPart), numberPart.first != "." else { return nil }
            score = value
            chars = chars.dropFirst(numberPart.count)
        }
        // Trailing "Code" marker.
        var hasCode = false
        if chars.hasSuffix("Code") {
            hasCode = true
            chars = chars.dropLast(4)
        }
        // Topic: upper-case ASCII letters, then a month abbreviation (capital + lower case).
        let caps = chars.prefix { $0.isASCII && $0.isUppercase }
        guard caps.count >= 3 else { return nil }  // at least 2 topic letters + the month's capital
        for topicLength in stride(from: caps.count - 1, through: 2, by: -1) {
            let topic = chars.prefix(topicLength)
            let rest = chars.dropFirst(topicLength)
            if let (month, day, year) = parseDate(rest) {
                return RecordHeader(
                    score: score, topic: String(topic), month: month, day: day, year: year,
                    hasCode: hasCode)
            }
        }
        return nil
    }

    /// `Nov 29, 2023` or `May 10`.
    static func parseDate(_ text: Substring) -> (Int, Int, Int?)? {
        guard text.count >= 5 else { return nil }
        let monthText = String(text.prefix(3))
        guard let monthIndex = months.firstIndex(of: monthText) else { return nil }
        var rest = text.dropFirst(3)
        // Allow a full or longer month name ("Sept", "June").
        rest = rest.drop { $0.isLowercase }
        guard rest.first == " " else { return nil }
        rest = rest.dropFirst()
        let dayText = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(dayText.count), let day = Int(dayText), (1...31).contains(day) else { return nil }
        rest = rest.dropFirst(dayText.count)
        if rest.isEmpty { return (monthIndex + 1, day, nil) }
        guard rest.hasPrefix(", ") else { return nil }
        let yearText = rest.dropFirst(2)
        guard yearText.count == 4, yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText)
        else { return nil }
        return (monthIndex + 1, day, year)
    }
}
