import Testing

@testable import Bibliography

@Suite struct RecordHeaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var expected: RecordHeader?
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(
            line: "CVNov 29, 2023",
            expected: RecordHeader(score: nil, topic: "CV", month: 11, day: 29, year: 2023, hasCode: false)),
        Case(
            line: "CVDec 19, 2024Code",
            expected: RecordHeader(score: nil, topic: "CV", month: 12, day: 19, year: 2024, hasCode: true)),
        Case(
            line: "54.9AIMay 10",
            expected: RecordHeader(score: 54.9, topic: "AI", month: 5, day: 10, year: nil, hasCode: false)),
        Case(
            line: "LGJun 4, 2018Code",
            expected: RecordHeader(score: nil, topic: "LG", month: 6, day: 4, year: 2018, hasCode: true)),
        Case(
            line: "AIMar 8, 2018",
            expected: RecordHeader(score: nil, topic: "AI", month: 3, day: 8, year: 2018, hasCode: false)),
        Case(
            line: "ROMar 13, 2024",
            expected: RecordHeader(score: nil, topic: "RO", month: 3, day: 13, year: 2024, hasCode: false)),
        Case(line: "12APr 3", expected: nil),
        Case(line: "CV", expected: nil),
        Case(line: "33 Papers", expected: nil),
        Case(line: "h-index117", expected: nil),
        Case(line: "CVNov 32, 2023", expected: nil),
        Case(line: "CVNov 29, 23", expected: nil),
        Case(line: "Neural Processes", expected: nil),
        Case(line: "Episode Date: December 10, 2024", expected: nil),
    ]

    @Test(arguments: cases) func parses(_ c: Case) {
        #expect(RecordHeader.parse(Substring(c.line)) == c.expected)
    }
}
