/// Years, months and BibLaTeX dates as BibTeX files write them (decoded text in, numbers out, nothing guessed).
enum BibTeXDates {
    static let validYears = 1000...2100

    /// A year at the start of the value: `2016`, `2016a`, `1999, Originally published in 1971` → 1999.
    static func parseYear(_ text: String) -> Int? {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 4, utf8[0..<4].allSatisfy(Byte.isDigit),
            utf8.count == 4 || !Byte.isDigit(utf8[4])
        else { return nil }
        let year = utf8[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return validYears.contains(year) ? year : nil
    }

    /// BibLaTeX `date`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally a range `start/end` (the start is used)
    /// or an open range `YYYY/`.
    static func parseDate(_ text: String) -> (year: Int, month: Int?, day: Int?)? {
        let start = text.split(separator: "/", omittingEmptySubsequences: false).first.map(String.init) ?? text
        let parts = start.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
            validYears.contains(year)
        else { return nil }
        var month: Int?, day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]), (1...31).contains(value) else { return nil }
            day = value
        }
        return (year, month, day)
    }

    private static let monthNames: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// One month, by name, abbreviation (`Jan.`, `SEP`) or number (`3`, `03`), optionally with a day
    /// (`MAR 16`, `12 September`). Ranges of months (`OCT-DEC`), seasons (`SPR`) and other text give nil.
    /// A day range (`27–30 Jul`) gives the month without a day.
    static func parseMonth(_ text: String) -> (month: Int, day: Int?)? {
        var words: [String] = []
        var numbers: [Int] = []
        var current = ""
        var isNumber = false
        var dashes = 0
        func flush() {
            if current.isEmpty { return }
            if isNumber { numbers.append(Int(current) ?? 0) } else { words.append(current.lowercased()) }
            current = ""
        }
        for character in text {
            if character.isLetter {
                if isNumber { flush() }
                isNumber = false
                current.append(character)
            } else if character.isNumber, character.isASCII {
                if !isNumber { flush() }
                isNumber = true
                current.append(character)
            } else {
                flush()
                if character == "-" || character == "–" || character == "—" || character == "/" { dashes += 1 }
            }
        }
        flush()
        let months = words.compactMap { monthNames[$0] }
        if words.isEmpty {
            guard numbers.count == 1, (1...12).contains(numbers[0]) else { return nil }
            return (numbers[0], nil)
        }
        guard months.count == 1, words.count == 1 else { return nil }
        let day = numbers.count == 1 && dashes == 0 && (1...31).contains(numbers[0]) ? numbers[0] : nil
        return (months[0], day)
    }
}
