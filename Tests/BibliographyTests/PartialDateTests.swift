import Testing

@testable import Bibliography

@Suite struct PartialDateTests {
    @Test func leadingYear() {
        #expect(PartialDate.leadingYear("2016") == 2016)
        #expect(PartialDate.leadingYear("2016a") == 2016)
        #expect(PartialDate.leadingYear("1999, Originally published in 1971") == 1999)
        #expect(PartialDate.leadingYear("20161") == nil)
        #expect(PartialDate.leadingYear("0999") == nil)
        #expect(PartialDate.leadingYear("2101") == nil)
        #expect(PartialDate.leadingYear("c. 2001") == nil)
    }

    @Test func isoDates() {
        #expect(PartialDate.iso("2019") == PartialDate(year: 2019))
        #expect(PartialDate.iso("2019-05") == PartialDate(year: 2019, month: 5))
        #expect(PartialDate.iso("2019-05-03/2019-06-01") == PartialDate(year: 2019, month: 5, day: 3))
        #expect(PartialDate.iso("2019/") == PartialDate(year: 2019))
        #expect(PartialDate.iso("2019-5") == nil)
        #expect(PartialDate.iso("2019-13") == nil)
        #expect(PartialDate.iso("May 2019") == nil)
    }

    @Test func slashedAndFreeForms() {
        #expect(PartialDate.slashed("2019/05/01/") == PartialDate(year: 2019, month: 5, day: 1))
        #expect(PartialDate.slashed("2019///Spring") == PartialDate(year: 2019))
        #expect(PartialDate.slashed("Spring 2019") == nil)
        #expect(PartialDate.freeForm("2019 May 3") == PartialDate(year: 2019, month: 5, day: 3))
        #expect(PartialDate.freeForm("MAR 20") == PartialDate(month: 3, day: 20))
        #expect(PartialDate.freeForm("24-27 Sept. 2019") == PartialDate(year: 2019, month: 9))
        #expect(PartialDate.freeForm("2018 Dec-2019 Jan") == PartialDate(year: 2018))
        #expect(PartialDate.freeForm("2015 Autumn") == PartialDate(year: 2015))
    }

    @Test func monthFields() {
        #expect(PartialDate.month(field: "MAR 16")! == (3, 16))
        #expect(PartialDate.month(field: "12 September")! == (9, 12))
        #expect(PartialDate.month(field: "03")! == (3, nil))
        #expect(PartialDate.month(field: "27–30 Jul")! == (7, nil))
        #expect(PartialDate.month(field: "OCT-DEC") == nil)
        #expect(PartialDate.month(field: "SPR") == nil)
    }

    @Test func tableCells() {
        #expect(PartialDate.yearCell("2020") == .year(2020))
        #expect(PartialDate.yearCell(" 2020 ") == .year(2020))
        #expect(PartialDate.yearCell("") == .none)
        #expect(PartialDate.yearCell("3000") == .invalid("the year 3000 is outside 1000–2100"))
        #expect(PartialDate.yearCell("20x0") == .invalid("the year “20x0” is not a number"))
        #expect(PartialDate.dateCell("2020-02-29T10:00") == .date(PartialDate(year: 2020, month: 2, day: 29)))
        #expect(PartialDate.dateCell("2020/7") == .date(PartialDate(year: 2020, month: 7)))
        #expect(PartialDate.dateCell("") == .none)
        #expect(PartialDate.dateCell("2020-13-01") != .date(PartialDate(year: 2020, month: 13, day: 1)))
        if case .invalid = PartialDate.dateCell("July 2020") {} else { Issue.record("a written date is invalid") }
    }
}
