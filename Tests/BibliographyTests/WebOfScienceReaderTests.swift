import Foundation
import Testing

@testable import Bibliography

@Suite("WebOfScienceReader")
struct WebOfScienceReaderTests {
    private func read(_ text: String, path: String = "savedrecs.txt") -> ParseResult {
        WebOfScienceReader.read(TaggedFixture.text(text, path: path))
    }

    // MARK: - Reference facts: wos-metaknowledge/savedrecs.txt

    @Test("savedrecs.txt: the reference facts (32 records; AU and AF give the same figures)")
    func referenceFacts() throws {
        let result = WebOfScienceReader.read(try TaggedFixture.file("wos-metaknowledge", "savedrecs.txt"))
        #expect(result.format == .wos)
        #expect(result.records.count == 32)
        #expect(result.skipped.isEmpty)
        #expect(result.issues.isEmpty, "\(result.issues)")
        let facts = AuthorFacts(result.records) { $0.kind == .person ? $0.written : nil }
        #expect(
            facts
                == AuthorFacts(
                    recordsWithAuthors: 32, distinct: 45, slots: 66, maxPerRecord: 6, coauthorEdges: 46,
                    top5: ["Gilles, H 4", "Girard, S 4", "IMBERT, C 4", "BEAUREGARD, OCD 3", "HUARD, S 3"]))
        // records_with_CR 32, cited_reference_lines 958: one reference per CR line, repeats kept.
        #expect(result.records.allSatisfy { !$0.references.isEmpty })
        #expect(result.records.map(\.references.count).reduce(0, +) == 958)
        // CR_with_DOI_pointing_into_set 24.
        let dois = Set(result.records.compactMap(\.doi))
        #expect(result.records.flatMap(\.references).filter { dois.contains($0) }.count == 24)
        // years
        var years: [Int: Int] = [:]
        for record in result.records { years[record.year ?? 0, default: 0] += 1 }
        #expect(
            years == [
                1974: 4, 1975: 4, 1976: 1, 1977: 4, 1978: 2, 1979: 4, 1980: 1, 1983: 2, 1995: 1, 1996: 1,
                2000: 1, 2002: 1, 2004: 2, 2005: 2, 2009: 1, 2012: 1,
            ])
        // UT → id and wos, all distinct.
        #expect(Set(result.records.compactMap { $0.identifiers[.wos] }).count == 32)
        #expect(result.records.allSatisfy { $0.identifiers[.sourceID] == $0.identifiers[.wos] })
    }

    @Test("savedrecs.txt: fields of single records")
    func records() throws {
        let result = WebOfScienceReader.read(try TaggedFixture.file("wos-metaknowledge", "savedrecs.txt"))
        let first = try #require(result.records.first)
        #expect(
            first.title == "EXPERIMENTS IN PHENOMENOLOGICAL ELECTRODYNAMICS AND THE ELECTROMAGNETIC "
                + "ENERGY-MOMENTUM TENSOR")
        #expect(first.authors.map(\.written) == ["BREVIK, I"])
        #expect(first.venue == "PHYSICS REPORTS-REVIEW SECTION OF PHYSICS LETTERS")
        #expect(first.year == 1979)
        #expect(first.doi == "10.1016/0370-1573(79)90074-7")
        #expect(first.identifiers[.sourceID] == "WOS:A1979GV55600001")
        #expect(first.location?.line == 3)
        // Unbracketed C1 addresses: the paper's, and the lone author's.
        #expect(
            first.affiliations == [
                "UNIV TRONDHEIM,INST THEORET PHYS,N-7034 TRONDHEIM,NORWAY.",
                "LUFTKRIGSSKOLEN,TRONDHEIM MIL 7000,NORWAY.",
            ])
        #expect(first.authors[0].affiliations == first.affiliations)
        #expect(
            first.references.prefix(3) == [
                "Abraham M., 1909, RC CIRC MAT PALERMO, V28, P1",
                "Abraham M., 1910, REND CIRC MATEM PALE, V30, P5",
                "10.1119/1.1972585",
            ])

        let pillon = try #require(result.records.first { $0.identifiers[.sourceID] == "WOS:000220362400013" })
        #expect(pillon.authors.map(\.written) == ["Pillon, F", "Gilles, H", "Girard, S"])
        #expect(pillon.year == 2004 && pillon.month == 3 && pillon.day == 20)  // PD MAR 20
        #expect(pillon.topics == ["BEAM"])

        // OI "kaiser, robin/0000-0001-5194-3680" names the author "Kaiser, R".
        let kaiser = try #require(result.records.first { $0.authors.contains { $0.written == "Kaiser, R" } })
        #expect(
            kaiser.authors.first { $0.written == "Kaiser, R" }?.identifiers
                == [.orcid: "0000-0001-5194-3680", .researcherID: "J-3641-2014"])
        #expect(kaiser.month == 6 && kaiser.day == nil)  // PD JUN

        let flory = try #require(result.records.first { $0.authors.first?.written == "Flory, F" })
        #expect(flory.topics.prefix(3) == ["optical properties", "thin films", "nanostructure"])
        #expect(flory.topics.contains("ION-ASSISTED DEPOSITION"))
        #expect(flory.topics.contains("water adsorption"))
    }

    // MARK: - Mapping

    @Test("AF over AU; C1 brackets give per-author addresses; CR DOI lists; CA group authors")
    func mapping() throws {
        let result = read(
            """
            FN Clarivate Analytics Web of Science
            VR 1.0
            PT J
            AU Pillon, F
               Gilles, H
            AF Pillon, Florence
               Gilles, Herve
            CA Some Consortium
            TI A title
            SO J OPT
            PY 2019
            PD SPR
            C1 [Pillon, Florence] Univ Caen, Caen, France.
               [Pillon, Florence; Gilles, Herve] CNRS, Paris, France.
            OI Gilles, Herve/0000-0002-1825-009X
            CR Smith J, 2001, J X, V1, P1, DOI [10.1000/A1, 10.1000/a2]
               Doe J, 1999, BOOK
            UT WOS:000000000000001
            PM 12345
            ER

            EF
            """)
        #expect(result.issues.isEmpty)
        let paper = try #require(result.records.first)
        #expect(paper.authors.map(\.written) == ["Pillon, Florence", "Gilles, Herve", "Some Consortium"])
        #expect(paper.authors.map(\.kind) == [.person, .person, .group])
        #expect(paper.authors[0].affiliations == ["Univ Caen, Caen, France.", "CNRS, Paris, France."])
        #expect(paper.authors[1].affiliations == ["CNRS, Paris, France."])
        #expect(paper.authors[1].identifiers == [.orcid: "0000-0002-1825-009X"])
        #expect(paper.affiliations == ["Univ Caen, Caen, France.", "CNRS, Paris, France."])
        #expect(paper.references == ["10.1000/a1", "Doe J, 1999, BOOK"])
        #expect(paper.year == 2019 && paper.month == nil)
        #expect(paper.identifiers == [.sourceID: "WOS:000000000000001", .wos: "WOS:000000000000001", .pubmed: "12345"])
    }

    @Test("AF and AU of different lengths: AU is used, with a warning")
    func authorListsDiffer() {
        let result = read("PT J\nAU Doe, J\n   Roe, R\nAF Doe, John\nTI T\nER\n")
        #expect(result.records.first?.authors.map(\.written) == ["Doe, J", "Roe, R"])
        #expect(result.issues.map(\.code) == ["author-lists-differ"])
        #expect(result.issues.first?.location.line == 4)
    }

    // MARK: - Tab-delimited export

    @Test("tab-delimited export (UTF-8 with BOM, CRLF): same mapping, detected by its header")
    func tabDelimited() throws {
        let header = "PT\tAU\tBA\tAF\tTI\tSO\tDE\tID\tC1\tCR\tPY\tPD\tDI\tUT\t"
        let row1 =
            "J\tGilles, H; Girard, S\t\tGilles, Herve; Girard, Sylvain\t\"Smart\" beams\tOPT LETT\t"
            + "beam; shift\tREFLECTION\t[Gilles, Herve; Girard, Sylvain] Univ Caen, France; [Girard, Sylvain] "
            + "CNRS, France\tA B, 2001, J X, V1, P1, DOI 10.1/X; C D, 2002, BOOK\t2002\tAUG 15\t10.1364/OL.27.001421"
            + "\tWOS:000177484300017\t"
        let row2 = "J\tDoe, J\t\t\tSecond\tSRC\t\t\t\t\t2003\t\t\tWOS:2\t"
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(([header, row1, row2].joined(separator: "\r\n") + "\r\n").utf8))
        let file = TextFile.decode(data, path: "savedrecs.tsv")
        #expect(InputReader.detect(file) == .wos)
        let result = WebOfScienceReader.read(file)
        #expect(result.issues.isEmpty, "\(result.issues)")
        try #require(result.records.count == 2)
        let first = result.records[0]
        #expect(first.title == "\"Smart\" beams")
        #expect(first.authors.map(\.written) == ["Gilles, Herve", "Girard, Sylvain"])
        #expect(first.authors[1].affiliations == ["Univ Caen, France", "CNRS, France"])
        #expect(first.affiliations == ["Univ Caen, France", "CNRS, France"])
        #expect(first.references == ["10.1/x", "C D, 2002, BOOK"])
        #expect(first.topics == ["beam", "shift", "REFLECTION"])
        #expect(first.year == 2002 && first.month == 8 && first.day == 15)
        #expect(first.doi == "10.1364/ol.27.001421")
        #expect(first.location?.line == 2)
        #expect(result.records[1].authors.map(\.written) == ["Doe, J"])
        #expect(result.records[1].location?.line == 3)
    }

    @Test("tab-delimited export in UTF-16 (little- and big-endian, with BOM)", arguments: [true, false])
    func tabDelimitedUTF16(littleEndian: Bool) throws {
        let text = "PT\tAU\tTI\tPY\tUT\r\nJ\tKaló, Z\tÉtude\t2001\tWOS:1\r\n"
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        for unit in text.utf16 {
            data.append(
                contentsOf: littleEndian
                    ? [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                    : [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        let file = TextFile.decode(data, path: "savedrecs.txt")
        #expect(file.issues.isEmpty)
        #expect(InputReader.detect(file) == .wos)
        let result = WebOfScienceReader.read(file)
        #expect(result.records.map(\.title) == ["Étude"])
        #expect(result.records.first?.authors.map(\.written) == ["Kaló, Z"])
    }

    @Test("UTF-16 with an unpaired surrogate and an odd last byte: repaired, one located warning")
    func invalidUTF16() {
        var data = Data([0xFF, 0xFE])
        for unit: UInt16 in [0x50, 0x54, 0x09, 0x41, 0x55, 0x09, 0x54, 0x49, 0x0A, 0x4A, 0x09, 0xD800, 0x09, 0x54] {
            data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        data.append(0x41)
        let file = TextFile.decode(data, path: "savedrecs.txt")
        #expect(file.issues.map(\.code) == ["invalid-utf16"])
        #expect(file.issues.first?.location.line == 1)
        #expect(file.lines == ["PT\tAU\tTI", "J\t\u{FFFD}\tT"])
        #expect(WebOfScienceReader.read(file).records.map(\.title) == ["T"])
    }

    // MARK: - Faulty input

    static let faulty: [FaultySnippet] = [
        FaultySnippet(
            name: "a garbage tag line",
            text: """
                PT J
                AU Doe, J
                X garbage here
                TI First
                ER

                PT J
                TI Second
                ER
                """, code: "malformed-line", severity: .warning, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a missing ER",
            text: """
                PT J
                TI First
                PT J
                TI Second
                ER
                EF
                """, code: "missing-end", severity: .warning, line: 1, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a truncated file",
            text: """
                FN Clarivate Analytics Web of Science
                VR 1.0
                PT J
                TI First
                ER

                PT J
                TI Cut off
                AU Doe, J
                """, code: "missing-end", severity: .warning, line: 7, titles: ["First", "Cut off"]),
        FaultySnippet(
            name: "a continuation line before any tag",
            text: """
                   stray continuation
                PT J
                TI First
                ER
                """, code: "stray-continuation", severity: .warning, line: 1, titles: ["First"]),
        FaultySnippet(
            name: "binary bytes", text: "PT J\nTI First\n\u{01}\u{02}\u{03}\nER\nPT J\nTI Second\nER\n",
            code: "malformed-line", severity: .warning, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a record with neither title nor authors",
            text: """
                PT J
                PY 2001
                ER
                PT J
                TI Second
                ER
                """, code: "record-skipped", severity: .error, line: 1, titles: ["Second"], skipped: 1),
        FaultySnippet(
            name: "a bad year", text: "PT J\nTI First\nPY 19x9\nER\nPT J\nTI Second\nER\n",
            code: "bad-year", severity: .warning, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "a 10 MB single line",
            text: "PT J\nTI First\nAB " + tenMegabytes
                + "\nER\nPT J\nTI Second\nER\n",
            code: "long-line", severity: .notice, line: 3, titles: ["First", "Second"]),
        FaultySnippet(
            name: "tab-delimited: a row too short",
            text: "PT\tTI\tAU\tPY\nJ\tFirst\tDoe, J\t2001\n"
                + "J\n" + "J\tSecond\tRoe, R\t2002\n",
            code: "record-skipped", severity: .error, line: 3, titles: ["First", "Second"], skipped: 1),
        FaultySnippet(
            name: "tab-delimited: a row too long",
            text: "PT\tTI\tAU\tPY\n"
                + "J\tFirst\tDoe, J\t2001\textra\n" + "J\tSecond\tRoe, R\t2002\n",
            code: "field-count", severity: .warning, line: 2, titles: ["First", "Second"]),
    ]

    @Test("faulty input gives a located issue and the next record is still read", arguments: faulty)
    func faultyInput(snippet: FaultySnippet) {
        snippet.check(read(snippet.text))
    }
}
