import Foundation
import Testing

@testable import Bibliography

@Suite("MedlineReader")
struct MedlineReaderTests {
    private func read(_ text: String, path: String = "pubmed.txt") -> ParseResult {
        MedlineReader.read(TaggedFixture.text(text, path: path))
    }

    // MARK: - Reference facts: medline-pybibx/pubmed.txt (CRLF)

    @Test("pubmed.txt: the reference facts (FAU names; FAU and AU pair one to one)")
    func referenceFacts() throws {
        let result = MedlineReader.read(try TaggedFixture.file("medline-pybibx", "pubmed.txt"))
        #expect(result.format == .medline)
        #expect(result.records.count == 335)
        #expect(result.skipped.isEmpty)
        #expect(result.issues.isEmpty, "\(result.issues.prefix(5))")
        let facts = AuthorFacts(result.records) { $0.kind == .person ? $0.written : nil }
        #expect(
            facts
                == AuthorFacts(
                    recordsWithAuthors: 335, distinct: 1799, slots: 2076, maxPerRecord: 52, coauthorEdges: 9650,
                    top5: [
                        "Linkov, Igor 19", "Wagner, Monika 11", "Kaló, Zoltán 9", "Tobiszewski, Marek 8",
                        "Baltussen, Rob 7",
                    ]))
        // records_with_AD 331.
        #expect(result.records.filter { !$0.affiliations.isEmpty }.count == 331)
        // 8 CN lines: collective authors, kept apart from the persons.
        #expect(result.records.flatMap(\.authors).filter { $0.kind == .group }.count == 8)
        // 202 "AUID- ORCID: ..." lines, each after its author.
        #expect(result.records.flatMap(\.authors).filter { $0.identifiers[.orcid] != nil }.count == 202)
        #expect(result.records.allSatisfy { $0.year != nil })
        #expect(Set(result.records.compactMap { $0.identifiers[.pubmed] }).count == 335)
        // 331 records have a LID or AID line ending in [doi].
        #expect(result.records.filter { $0.doi != nil }.count == 331)
    }

    @Test("pubmed.txt: the first record's fields")
    func firstRecord() throws {
        let result = MedlineReader.read(try TaggedFixture.file("medline-pybibx", "pubmed.txt"))
        let first = try #require(result.records.first)
        #expect(
            first.title == "Knowledge Mapping of Multicriteria Decision Analysis in Healthcare: A "
                + "Bibliometric Analysis.")
        #expect(first.identifiers[.pubmed] == "35757629" && first.identifiers[.sourceID] == "35757629")
        #expect(first.doi == "10.3389/fpubh.2022.895552")
        #expect(first.year == 2022 && first.month == nil)
        #expect(first.authors.count == 8)
        #expect(first.authors.first?.written == "Dai, Zeqi")
        #expect(
            first.authors[5].affiliations == [
                "Department of Cardiology, Guang'anmen Hospital, China Academy of "
                    + "Chinese Medical Sciences, Beijing, China."
            ])
        #expect(first.affiliations.count == 3)
        #expect(
            first.abstract?.hasPrefix(
                "OBJECTIVE: Multicriteria decision analysis (MCDA) is a useful tool in "
                    + "complex decision-making") == true)
        #expect(first.location?.line == 1)
    }

    // MARK: - Mapping

    @Test("FAU preferred, AU alone still an author; AD and AUID follow their author; MH without *; CN group")
    func mapping() throws {
        let result = read(
            """
            PMID- 1
            DP  - 2019 May 3
            TI  - A title
                  on two lines
            FAU - Linkov, Igor
            AU  - Linkov I
            AD  - Univ A
            AD  - Univ B
            AUID- ORCID: https://orcid.org/0000-0002-1825-0097
            AU  - Old A
            AD  - Univ C
            CN  - Some Working Group
            JT  - Journal Title
            TA  - J Title
            AID - 10.1000/XYZ [doi]
            AID - S0001 [pii]
            MH  - Humans
            MH  - Decision Making/*methods
            OT  - MCDA
            """)
        #expect(result.issues.isEmpty)
        let paper = try #require(result.records.first)
        #expect(paper.title == "A title on two lines")
        #expect(paper.authors.map(\.written) == ["Linkov, Igor", "Old A", "Some Working Group"])
        #expect(paper.authors.map(\.kind) == [.person, .person, .group])
        #expect(paper.authors[0].affiliations == ["Univ A", "Univ B"])
        #expect(paper.authors[0].identifiers == [.orcid: "0000-0002-1825-0097"])
        #expect(paper.authors[1].affiliations == ["Univ C"])
        #expect(paper.affiliations == ["Univ A", "Univ B", "Univ C"])
        #expect(paper.year == 2019 && paper.month == 5 && paper.day == 3)
        #expect(paper.venue == "Journal Title")
        #expect(paper.doi == "10.1000/xyz")
        #expect(paper.topics == ["Humans", "Decision Making/methods", "MCDA"])
    }

    struct DateCase: Sendable, CustomTestStringConvertible {
        var dp: String
        var year: Int?
        var month: Int?
        var day: Int?
        var testDescription: String { dp }
    }

    @Test(
        "DP: year, and month and day only when clear",
        arguments: [
            DateCase(dp: "2019 May 3", year: 2019, month: 5, day: 3),
            DateCase(dp: "2019 Spring", year: 2019),
            DateCase(dp: "2018 Dec-2019 Jan", year: 2018),
            DateCase(dp: "2012 Sep-Oct", year: 2012),
            DateCase(dp: "2019 Jan/Mar", year: 2019),
            DateCase(dp: "2022 Sep", year: 2022, month: 9),
            DateCase(dp: "2022", year: 2022),
        ])
    func dates(_ date: DateCase) {
        let paper = read("PMID- 1\nDP  - \(date.dp)\nTI  - T\n").records.first
        #expect(paper?.year == date.year)
        #expect(paper?.month == date.month)
        #expect(paper?.day == date.day)
    }

    // MARK: - Faulty input

    static let faulty: [FaultySnippet] = [
        FaultySnippet(
            name: "a garbage tag line",
            text: """
                PMID- 1
                TI  - First
                GARBAGE LINE
                FAU - Doe, John
                AU  - Doe J

                PMID- 2
                TI  - Second
                """, code: "malformed-line", severity: .warning, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a missing blank line",
            text: """
                PMID- 1
                TI  - First
                PMID- 2
                TI  - Second
                """, code: "missing-blank-line", severity: .notice, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a continuation line before any tag",
            text: """
                      stray continuation
                PMID- 1
                TI  - First
                """, code: "stray-continuation", severity: .warning, line: 1, titles: ["First"]),
        FaultySnippet(
            name: "binary bytes", text: "PMID- 1\nTI  - First\n\u{01}\u{02}\u{03}\n\nPMID- 2\nTI  - Second\n",
            code: "malformed-line", severity: .warning, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a record with neither title nor authors",
            text: """
                PMID- 1
                DP  - 2001

                PMID- 2
                TI  - Second
                """, code: "record-skipped", severity: .error, line: 1, titles: ["Second"], skipped: 1),
        FaultySnippet(
            name: "a record without PMID",
            text: """
                PMID- 1
                TI  - First

                TI  - No PMID
                FAU - Doe, John
                """, code: "no-pmid", severity: .warning, line: 4, titles: ["First", "No PMID"]),
        FaultySnippet(
            name: "a bad DP", text: "PMID- 1\nDP  - unknown\nTI  - First\n\nPMID- 2\nTI  - Second\n",
            code: "bad-year", severity: .warning, line: 2, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a 10 MB single line",
            text: "PMID- 1\nTI  - First\nAB  - " + tenMegabytes
                + "\n\nPMID- 2\nTI  - Second\n",
            code: "long-line", severity: .notice, line: 3, titles: ["First", "Second"]),
    ]

    @Test("faulty input gives a located issue and the next record is still read", arguments: faulty)
    func faultyInput(snippet: FaultySnippet) {
        snippet.check(read(snippet.text))
    }
}
