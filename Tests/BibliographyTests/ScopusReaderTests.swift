import Foundation
import Testing

@testable import Bibliography

@Suite("ScopusReader")
struct ScopusReaderTests {
    private func read(_ text: String, path: String = "scopus.csv") -> ParseResult {
        ScopusReader.read(TaggedFixture.text(text, path: path))
    }

    private static let header = "Authors,Author(s) ID,Title,Year,Source title,DOI,EID"

    // MARK: - Reference facts: scopus-litstudy/scopus.csv

    @Test("scopus.csv: the reference facts by Authors names and by Author(s) ID")
    func referenceFacts() throws {
        let result = ScopusReader.read(try TaggedFixture.file("scopus-litstudy", "scopus.csv"))
        #expect(result.format == .scopus)
        #expect(result.records.count == 58)
        #expect(result.skipped.isEmpty)
        let byName = AuthorFacts(result.records) { $0.written }
        #expect(
            byName
                == AuthorFacts(
                    recordsWithAuthors: 49, distinct: 185, slots: 213, maxPerRecord: 20, coauthorEdges: 576,
                    top5: ["Barjis I. 4", "Ackermann J. 3", "Ahmad J. 3", "Heiner M. 3", "Koch I. 3"]))
        let byID = AuthorFacts(result.records) { $0.identifiers[.scopus] }
        #expect(
            byID
                == AuthorFacts(
                    recordsWithAuthors: 49, distinct: 182, slots: 213, maxPerRecord: 20, coauthorEdges: 569,
                    top5: ["57204224562 4", "57189026922 3", "57201514205 3", "6602723511 3", "7006792171 3"]))
        // records_with_no_author_placeholder 9: kept, without authors.
        #expect(result.records.filter(\.authors.isEmpty).count == 9)
        #expect(result.records.allSatisfy { $0.year != nil })
        // EID → scopus and id, after the realignment every row has one.
        #expect(Set(result.records.compactMap { $0.identifiers[.scopus] }).count == 58)
        #expect(result.records.allSatisfy { $0.identifiers[.sourceID]?.hasPrefix("2-s2.0-") == true })
    }

    /// The facts' `reference_items 476` and `records_with_references 3` read the `References` cell by header
    /// position. In this file 56 of 58 rows have one cell more than the header (an unnamed second funding-text
    /// cell after `Funding Text 1`), so by position their `References` cell is that funding text and their
    /// references sit one cell to the right. The reader realigns those rows: 48 rows have references, 2452 items
    /// (counted with Python's csv module over the realigned rows, split on "; " like the facts).
    @Test("scopus.csv: references (476 items by header position, 2452 after realigning the shifted rows)")
    func references() throws {
        let file = try TaggedFixture.file("scopus-litstudy", "scopus.csv")
        // The facts' reading, by header position.
        let (rows, _) = DelimitedTableParser.rows(of: file, delimiter: .comma)
        let referencesColumn = try #require(rows.first?.fields.firstIndex(of: "References"))
        let byPosition = rows.dropFirst().map { String($0.fields[referencesColumn]) }.filter { !$0.isEmpty }
        #expect(byPosition.count == 3)
        #expect(byPosition.map { $0.split(separator: "; ").count }.reduce(0, +) == 476)
        #expect(rows.dropFirst().filter { $0.fields.count == rows[0].fields.count + 1 }.count == 56)

        let result = ScopusReader.read(file)
        #expect(result.records.filter { !$0.references.isEmpty }.count == 48)
        #expect(result.records.map(\.references.count).reduce(0, +) == 2452)
        let shifted = result.issues.filter { $0.code == "field-count" }
        #expect(shifted.count == IssueLog.defaultLimit + 1)
        #expect(shifted.allSatisfy { $0.severity == .warning })
        #expect(shifted.last?.message.hasPrefix("56 ") == true)
        #expect(result.issues.allSatisfy { $0.code == "field-count" })
        // Row 3 (Gutowska et al.): its References cell is the one after the unnamed funding-text cell.
        let gutowska = try #require(result.records.first { $0.identifiers[.sourceID] == "2-s2.0-85123480963" })
        #expect(gutowska.references.first?.hasPrefix("Edelstein-Keshet, L., (2005) Mathematical Models") == true)
        #expect(gutowska.venue == "Scientific Reports")
        // "..., https://doi.org/10.1038/nature14191, PMID: 25592536" → the DOI.
        #expect(result.records.flatMap(\.references).contains("10.1038/nature14191"))
    }

    @Test("scopus.csv: the first record's fields")
    func firstRecord() throws {
        let result = ScopusReader.read(try TaggedFixture.file("scopus-litstudy", "scopus.csv"))
        let first = try #require(result.records.first)
        #expect(first.title == "Scalable molecular dynamics with NAMD")
        #expect(first.authors.count == 10)
        #expect(first.authors.first?.written == "Phillips J.C.")
        #expect(first.authors.first?.identifiers == [.scopus: "57202138757"])
        #expect(
            first.authors.first?.affiliations == [
                "Beckman Institute, University of Illinois at Urbana-Champaign, Urbana, IL 61801, United States"
            ])
        #expect(first.year == 2005)
        #expect(first.venue == "Journal of Computational Chemistry")
        #expect(first.doi == "10.1002/jcc.20289")
        #expect(first.identifiers[.scopus] == "2-s2.0-27344436659")
        #expect(first.topics.prefix(3) == ["Biomolecular simulation", "Molecular dynamics", "Parallel computing"])
        #expect(first.topics.contains("Equations of motion"))
        #expect(
            first.affiliations.first == "Beckman Institute, University of Illinois at Urbana-Champaign, "
                + "Urbana, IL 61801, United States")
        #expect(first.abstract?.hasPrefix("NAMD is a parallel molecular dynamics code") == true)
        #expect(first.location?.line == 2)
    }

    // MARK: - Mapping

    @Test("newer exports: `;` author lists and Author full names with ids")
    func newerExport() throws {
        let result = read(
            """
            \u{FEFF}Authors,Author full names,Author(s) ID,Title,Year,Source title,Abstract,Authors with affiliations,EID
            "Smith J.; Doe J.","Smith, John (111); Doe, Jane (222)","111;222",A title,2021,Src,[No abstract available],"Smith J., Univ A, X; Doe J., Univ B, Y",2-s2.0-9
            [No author name available],,[No author id available],Anonymous,2020,Src,,,2-s2.0-10

            """)
        #expect(result.issues.isEmpty, "\(result.issues)")
        try #require(result.records.count == 2)
        let paper = result.records[0]
        #expect(paper.authors.map(\.written) == ["Smith, John", "Doe, Jane"])
        #expect(paper.authors.map { $0.identifiers[.scopus] } == ["111", "222"])
        #expect(paper.authors.map(\.affiliations) == [["Univ A, X"], ["Univ B, Y"]])
        #expect(paper.abstract == nil)
        #expect(result.records[1].authors.isEmpty)
        #expect(result.records[1].title == "Anonymous")
    }

    @Test("ids that do not pair with the authors are a warning")
    func idsDiffer() {
        let result = read(Self.header + "\nSmith J.,111;222;,T,2001,S,,2-s2.0-1\n")
        #expect(result.records.first?.authors.map { $0.identifiers[.scopus] } == [nil])
        #expect(result.issues.map(\.code) == ["author-ids-differ"])
        #expect(result.issues.first?.location.line == 2)
    }

    // MARK: - Faulty input

    static let faulty: [FaultySnippet] = [
        FaultySnippet(
            name: "a row with too few cells",
            text: "Title,Authors,Year,Source title,EID\n"
                + "First,Doe J.,2001,S,2-s2.0-1\n" + "Only a title\n" + "Second,Roe R.,2002,S,2-s2.0-2\n",
            code: "record-skipped", severity: .error, line: 3, titles: ["First", "Second"], skipped: 1),
        FaultySnippet(
            name: "a row with too many cells",
            text: header + "\nDoe J.,1,First,2001,S,,2-s2.0-1,extra\n"
                + "Roe R.,2,Second,2002,S,,2-s2.0-2\n",
            code: "field-count", severity: .warning, line: 2, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a row with fewer cells than the header",
            text: header + "\nDoe J.,1,First\n"
                + "Roe R.,2,Second,2002,S,,2-s2.0-2\n",
            code: "field-count", severity: .warning, line: 2, titles: ["First", "Second"]),
        FaultySnippet(
            name: "an unterminated quote at the end of the file",
            text: header
                + "\nDoe J.,1,First,2001,S,,2-s2.0-1\n" + "\"Multi\nline\",2,Second,2002,S,,2-s2.0-2\n"
                + "Roe R.,3,\"Never closed,2003,S,,2-s2.0-3\n",
            code: "record-skipped", severity: .error, line: 5, titles: ["First", "Second"], skipped: 1),
        FaultySnippet(
            name: "binary bytes in a cell",
            text: header + "\nDoe J.,1,First\u{0}\u{1},2001,S,,2-s2.0-1\n"
                + "Roe R.,2,Second,2002,S,,2-s2.0-2\n",
            code: "nul-bytes", severity: .warning, line: 2, titles: ["First\u{1}", "Second"]),
        FaultySnippet(
            name: "a row with neither title nor authors",
            text: header + "\n,,,2001,S,,2-s2.0-1\n"
                + "Roe R.,2,Second,2002,S,,2-s2.0-2\n",
            code: "record-skipped", severity: .error, line: 2, titles: ["Second"], skipped: 1),
        FaultySnippet(
            name: "a bad year",
            text: header + "\nDoe J.,1,First,20x1,S,,2-s2.0-1\n"
                + "Roe R.,2,Second,2002,S,,2-s2.0-2\n",
            code: "bad-year", severity: .warning, line: 2, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a 10 MB single line",
            text: header + "\nDoe J.,1,\"" + tenMegabytes
                + "\",2001,S,,2-s2.0-1\n" + "Roe R.,2,Second,2002,S,,2-s2.0-2\n",
            code: "long-line", severity: .notice, line: 2, titles: [tenMegabytes, "Second"]),
    ]

    @Test("faulty input gives a located issue and the next record is still read", arguments: faulty)
    func faultyInput(snippet: FaultySnippet) {
        snippet.check(read(snippet.text))
    }
}
