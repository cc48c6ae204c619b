import Foundation
import Testing

@testable import Bibliography

@Suite("RISReader")
struct RISReaderTests {
    private func read(_ text: String, path: String = "refs.ris") -> ParseResult {
        RISReader.read(TaggedFixture.text(text, path: path))
    }

    // MARK: - Reference facts: ris-litstudy/example.ris (IEEE Xplore export)

    @Test("example.ris: the reference facts (25 records, AU names)")
    func referenceFacts() throws {
        let result = RISReader.read(try TaggedFixture.file("ris-litstudy", "example.ris"))
        #expect(result.format == .ris)
        #expect(result.records.count == 25)
        #expect(result.skipped.isEmpty)
        let facts = AuthorFacts(result.records) { $0.written }
        #expect(
            facts
                == AuthorFacts(
                    recordsWithAuthors: 25, distinct: 153, slots: 162, maxPerRecord: 51, coauthorEdges: 1616,
                    top5: ["A. S. Z. Belloum 2", "J. Meizner 2", "M. Bobák 2", "M. Heikkurinen 2", "M. Koyanagi 2"]))
        // records_with_duplicate_AU_lines = 1: record 1 lists "G. Kalbe" twice (lines 6 and 7).
        let repeats = result.issues.filter { $0.code == "duplicate-author" }
        #expect(repeats.map(\.location.line) == [7])
        #expect(repeats.first?.severity == .notice)
        #expect(result.issues.allSatisfy { $0.severity == .notice })
        // Every record states PY.
        #expect(result.records.allSatisfy { $0.year != nil })
    }

    @Test("example.ris: the first records' fields")
    func firstRecords() throws {
        let result = RISReader.read(try TaggedFixture.file("ris-litstudy", "example.ris"))
        let first = try #require(result.records.first)
        #expect(first.title == "The European Approach to the Exascale Challenge")
        #expect(first.authors.map(\.written) == ["G. Kalbe"])
        #expect(first.year == 2019)
        // "Y1  - 1 Jan.-Feb. 2019": a month range states no single month.
        #expect(first.month == nil && first.day == nil)
        #expect(first.venue == "Computing in Science & Engineering")
        #expect(first.doi == "10.1109/mcse.2018.2884139")
        #expect(first.identifiers[.issn] == "1558-366X")
        #expect(
            first.topics == [
                "Exascale computing", "Industries", "Investment", "Technological innovation",
                "Ecosystems", "High performance computing",
            ])
        #expect(first.abstract?.hasPrefix("An integrated European exascale computing") == true)
        #expect(first.locations == [Bibliography.SourceLocation(file: result.file, line: 1)])
        let second = result.records[1]
        #expect(second.title == "Reference Exascale Architecture")
        #expect(second.authors.count == 14)
        #expect(second.authors.first?.written == "M. Bobák")
        // "Y1  - 24-27 Sept. 2019": the month is clear, the day is a range.
        #expect(second.year == 2019 && second.month == 9 && second.day == nil)
        #expect(second.doi == "10.1109/escience.2019.00063")
        // The empty "SN  - " gives no identifier.
        #expect(second.identifiers[.issn] == nil && second.identifiers[.isbn] == nil)
    }

    // MARK: - Mapping

    @Test("tags: A1 is an author, A2/A3 are not; DA gives month and day; ID, UR, AD, N2, KW with ;")
    func mapping() throws {
        let result = read(
            """
            TY  - CHAP
            T1  - A chapter
            A1  - Smith, John
            AU  - Doe, Jane
            A2  - Editor, Ed
            A3  - Series, Sam
            PY  - 2019/05/01/
            BT  - The Book
            DO  - https://doi.org/10.1000/ABC
            ID  - smith2019
            UR  - https://example.org/p
            AD  - Univ A
            AD  - Univ A
            N2  - The abstract.
            KW  - graphs; networks
            SN  - 978-3-16-148410-0
            ER  -
            TY  - JOUR
            TI  - Dated by DA
            DA  - 2020/11//
            JO  - J Abbrev
            ER  -
            """)
        #expect(result.issues.isEmpty)
        try #require(result.records.count == 2)
        let chapter = result.records[0]
        #expect(chapter.title == "A chapter")
        #expect(chapter.authors.map(\.written) == ["Smith, John", "Doe, Jane"])
        #expect(chapter.year == 2019 && chapter.month == 5 && chapter.day == 1)
        #expect(chapter.venue == "The Book")
        #expect(
            chapter.identifiers == [
                .doi: "10.1000/abc", .sourceID: "smith2019", .url: "https://example.org/p",
                .isbn: "978-3-16-148410-0",
            ])
        #expect(chapter.affiliations == ["Univ A"])
        #expect(chapter.abstract == "The abstract.")
        #expect(chapter.topics == ["graphs", "networks"])
        let article = result.records[1]
        #expect(article.authors.isEmpty)
        #expect(article.year == 2020 && article.month == 11 && article.day == nil)
        #expect(article.venue == "J Abbrev")
    }

    @Test("wrapped values continue on plain lines; a blank line inside a record keeps the paragraph")
    func wrappedValues() {
        let result = read("TY  - JOUR\r\nTI  - A title that\r\n  wraps\r\nAB  - One.\r\n\r\nTwo.\r\nER  - \r\n")
        #expect(result.issues.isEmpty)
        #expect(result.records.map(\.title) == ["A title that wraps"])
        #expect(result.records.first?.abstract == "One. Two.")
    }

    @Test("a bad PY is a located warning and no year")
    func badYear() {
        let result = read("TY  - JOUR\nTI  - A\nPY  - n.d.\nER  - \n")
        #expect(result.records.first?.year == nil)
        #expect(result.issues.map(\.code) == ["bad-year"])
        #expect(result.issues.first?.location.line == 3)
    }

    // MARK: - Faulty input

    static let faulty: [FaultySnippet] = [
        FaultySnippet(
            name: "a damaged tag line",
            text: """
                TY  - JOUR
                TI  - First
                AU - Broken, A
                AU  - Good, B
                ER  -
                TY  - JOUR
                TI  - Second
                ER  -
                """, code: "malformed-line", severity: .warning, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a missing ER",
            text: """
                TY  - JOUR
                TI  - First
                TY  - JOUR
                TI  - Second
                ER  -
                """, code: "missing-end", severity: .warning, line: 1, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a truncated file (no final ER)",
            text: """
                TY  - JOUR
                TI  - First
                ER  -

                TY  - JOUR
                TI  - Cut off
                AU  - Doe, J
                """, code: "missing-end", severity: .warning, line: 5, titles: ["First", "Cut off"]),
        FaultySnippet(
            name: "text before any tag",
            text: """
                Exported from somewhere
                TY  - JOUR
                TI  - First
                ER  -
                """, code: "outside-record", severity: .warning, line: 1, titles: ["First"]),
        FaultySnippet(
            name: "a tag outside any record",
            text: """
                TY  - JOUR
                TI  - First
                ER  -
                AU  - Lost, A
                TY  - JOUR
                TI  - Second
                ER  -
                """, code: "outside-record", severity: .warning, line: 4, titles: ["First", "Second"]),
        FaultySnippet(
            name: "binary bytes",
            text: "TY  - JOUR\nTI  - First\n\u{01}\u{02}\u{7}\u{FFFD}x\nER  - \n"
                + "TY  - JOUR\nTI  - Second\nER  - \n",
            code: "malformed-line", severity: .warning, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a record with neither title nor authors",
            text: """
                TY  - JOUR
                PY  - 2001
                ER  -
                TY  - JOUR
                TI  - Second
                ER  -
                """, code: "record-skipped", severity: .error, line: 1, titles: ["Second"], skipped: 1),
        FaultySnippet(
            name: "a 10 MB single line",
            text: "TY  - JOUR\nTI  - First\nAB  - " + tenMegabytes
                + "\nER  - \nTY  - JOUR\nTI  - Second\nER  - \n",
            code: "long-line", severity: .notice, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a 10 MB line of garbage outside records",
            text: tenMegabytes
                + "\nTY  - JOUR\nTI  - First\nER  - \n",
            code: "outside-record", severity: .warning, line: 1, titles: ["First"]),
    ]

    @Test("faulty input gives a located issue and the next record is still read", arguments: faulty)
    func faultyInput(snippet: FaultySnippet) {
        snippet.check(read(snippet.text))
    }
}
