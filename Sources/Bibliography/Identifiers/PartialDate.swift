/// A date as a source states it: a year, maybe a month, maybe a day. Nothing is invented: a month range
/// (`Jan-Feb`), a season (`Spring`) or a day range (`24-27`) gives no month or no day.
///
/// The one parser of dates for every reader; each form a reader accepts has its own entry point:
/// `leadingYear` (BibTeX `year`, Web of Science `PY`, Scopus `Year`), `iso` (BibLaTeX `date`), `slashed` (RIS
/// `PY`/`DA`), `freeForm` (MEDLINE `DP`, Web of Science `PD`, IEEE RIS `Y1`), `month(field:)` (BibTeX `month`),
/// `yearCell` and `dateCell` (table cells, with the reason when a cell is not a date).
///
/// - Complexity: every parser is linear in the length of the text.
struct PartialDate: Equatable {
    var year: Int?
    var month: Int?
    var day: Int?

    static let none = PartialDate()

    /// Years outside this range are not taken as years.
    static let years = 1000...2100

    /// A four-digit year in `years` at the start of the text, not followed by another digit: `2016`, `2016a`,
    /// `1999, Originally published in 1971` → 1999.
    static func leadingYear(_ text: some StringProtocol) -> Int? {
        let digits = text.utf8.prefix { Byte.isDigit($0) }
        guard digits.count == 4 else { return nil }
        let year = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return years.contains(year) ? year : nil
    }

    /// BibLaTeX `date`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally a range `start/end` (the start is used) or an
    /// open range `YYYY/`. Nil for anything else.
    static func iso(_ text: String) -> PartialDate? {
        let start = text.split(separator: "/", omittingEmptySubsequences: false).first.map(String.init) ?? text
        let parts = start.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), years.contains(year)
        else { return nil }
        var date = PartialDate(year: year)
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            date.month = value
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]), (1...31).contains(value) else { return nil }
            date.day = value
        }
        return date
    }

    /// Reads the slash form of RIS `PY`/`DA`/`Y1`: `2019`, `2019/05/01/`, `2019/05//`, `2019///Spring`.
    /// Returns nil when the text is not of that form (then try `freeForm`).
    static func slashed(_ text: Substring) -> PartialDate? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard let first = parts.first, first.utf8.count == 4, first.utf8.allSatisfy(Byte.isDigit),
            let year = Int(first), years.contains(year)
        else { return nil }
        var date = PartialDate(year: year)
        if parts.count > 1, let month = number(parts[1], in: 1...12) {
            date.month = month
            if parts.count > 2, let day = number(parts[2], in: 1...31) { date.day = day }
        }
        return date
    }

    /// Reads a written date: `2019 May 3` (MEDLINE), `MAR 20` (Web of Science `PD`), `24-27 Sept. 2019`,
    /// `1 Jan.-Feb. 2019` (IEEE RIS `Y1`), `2018 Dec-2019 Jan`, `2015 Autumn`.
    ///
    /// The year is the first four-digit number in `years`. The month is set only when exactly one month name
    /// appears and it is not part of a range; the day only when the month is set and exactly one number 1–31
    /// stands alone.
    static func freeForm(_ text: Substring) -> PartialDate {
        var date = PartialDate()
        var months: [Int] = []
        var monthInRange = false
        var days: [Int] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
            let pieces = token.split(whereSeparator: { $0 == "-" || $0 == "/" })
            let isRange = pieces.count > 1
            for piece in pieces {
                let word = piece.hasSuffix(".") ? piece.dropLast() : piece
                if word.utf8.allSatisfy(Byte.isDigit), !word.isEmpty {
                    guard let value = Int(word) else { continue }
                    if word.utf8.count == 4, years.contains(value) {
                        if date.year == nil { date.year = value }
                    } else if !isRange, word.utf8.count <= 2, (1...31).contains(value) {
                        days.append(value)
                    }
                } else if let month = month(named: word) {
                    months.append(month)
                    if isRange { monthInRange = true }
                }
            }
        }
        if months.count == 1, !monthInRange {
            date.month = months[0]
            if days.count == 1 { date.day = days[0] }
        }
        return date
    }

    /// `Jan`, `JAN`, `January`, `Sept` (any prefix of three letters or more of a month's name) → 1...12; nil
    /// for anything else (seasons included).
    static func month(named word: some StringProtocol) -> Int? {
        let lower = word.lowercased()
        guard lower.utf8.count >= 3 else { return nil }
        for (index, name) in monthNames.enumerated() where name.hasPrefix(lower) {
            return index + 1
        }
        return nil
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    private static func number(_ text: Substring, in range: ClosedRange<Int>) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 2, text.utf8.allSatisfy(Byte.isDigit),
            let value = Int(text), range.contains(value)
        else { return nil }
        return value
    }
}
