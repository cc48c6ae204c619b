/// The forms of dates that come as one field or cell, with the reason when a cell is not a date.
extension PartialDate {
    /// One month, by name, abbreviation (`Jan.`, `SEP`) or number (`3`, `03`), optionally with a day
    /// (`MAR 16`, `12 September`): a BibTeX `month`. Ranges of months (`OCT-DEC`), seasons (`SPR`) and other text
    /// give nil. A day range (`27–30 Jul`) gives the month without a day.
    static func month(field text: String) -> (month: Int, day: Int?)? {
        var words: [String] = []
        var numbers: [Int] = []
        var current = ""
        var isNumber = false
        var dashes = 0
        func flush() {
            if current.isEmpty { return }
            if isNumber { numbers.append(Int(current) ?? 0) } else { words.append(current) }
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
        if words.isEmpty {
            guard numbers.count == 1, (1...12).contains(numbers[0]) else { return nil }
            return (numbers[0], nil)
        }
        guard words.count == 1, let month = month(named: words[0]) else { return nil }
        let day = numbers.count == 1 && dashes == 0 && (1...31).contains(numbers[0]) ? numbers[0] : nil
        return (month, day)
    }

    enum YearCell: Equatable {
        case none
        case year(Int)
        case invalid(String)
    }

    /// A year cell: empty is no year; digits in `years` are a year; anything else is invalid (never guessed).
    static func yearCell(_ cell: Substring) -> YearCell {
        // Fast path: exactly four digits, the common case.
        if cell.utf8.count == 4, cell.utf8.allSatisfy(Byte.isDigit), let year = leadingYear(cell) {
            return .year(year)
        }
        let text = TableRecordReader.trimmed(cell)
        if text.isEmpty { return .none }
        guard text.utf8.count <= 9, text.utf8.allSatisfy(Byte.isDigit), let value = Int(text) else {
            return .invalid("the year “\(ParseIssue.shorten(String(text), limit: 40))” is not a number")
        }
        guard years.contains(value) else {
            return .invalid("the year \(value) is outside 1000–2100")
        }
        return .year(value)
    }

    enum DateCell: Equatable {
        case none
        case date(PartialDate)
        case invalid(String)
    }

    /// A date cell: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`/` also separates; a time after `T` or a space is
    /// ignored), year in `years`; month and day only when written. Anything else is invalid (never guessed).
    static func dateCell(_ cell: Substring) -> DateCell {
        let text = TableRecordReader.trimmed(cell)
        if text.isEmpty { return .none }
        let invalid = DateCell.invalid(
            "the date “\(ParseIssue.shorten(String(text), limit: 40))” is not a year or a YYYY-MM-DD date")
        var bytes = Array(text.utf8)
        if let cut = bytes.firstIndex(where: { $0 == 0x54 || $0 == 0x20 }) { bytes.removeSubrange(cut...) }  // T, space
        var parts: [Int] = []
        var digits = 0
        var value = 0
        for byte in bytes + [0x2D] {
            if Byte.isDigit(byte) {
                digits += 1
                value = value * 10 + Int(byte - 0x30)
                if digits > 4 { return invalid }
            } else if byte == 0x2D || byte == 0x2F {  // - /
                if digits == 0 { return invalid }
                parts.append(value)
                digits = 0
                value = 0
            } else {
                return invalid
            }
        }
        guard (1...3).contains(parts.count), years.contains(parts[0]) else { return invalid }
        if parts.count >= 2, !(1...12).contains(parts[1]) { return invalid }
        if parts.count == 3, !(1...31).contains(parts[2]) { return invalid }
        return .date(
            PartialDate(
                year: parts[0], month: parts.count >= 2 ? parts[1] : nil, day: parts.count == 3 ? parts[2] : nil))
    }
}
