import Foundation
import Testing

@testable import Bibliography

/// The DBLP reader on `dblp-xml-excerpt` (inline DTD, `&eacute;` entities, one raw ISO-8859-1 line, duplicated
/// keys), checked against `reference_facts.json`.
///
/// The facts count all 27 records; the reader returns the 24 publications and skips the 3 person homepages
/// (`www` records under `homepages/`, one `<author>` each, all three authors also on publications). The
/// checks below add the homepages back where the facts include them.
@Suite struct DBLPReaderTests {
    static let result: ParseResult = {
        let file = try! FormatFixture.file("dblp-xml-excerpt", "test.xml")
        return InputReader.read(file, format: nil)
    }()

    /// Records whose authors are their `<editor>`s (the notice names their line).
    static var editorRecordLines: Set<Int> {
        Set(result.issues.filter { $0.code == "editors-as-authors" }.map(\.location.line))
    }

    /// Author lists that come from `<author>` elements.
    static var authorLists: [[String]] {
        result.records.filter { !editorRecordLines.contains($0.locations[0].line) && !$0.authors.isEmpty }
            .map { $0.authors.map(\.written) }
    }

    @Test func everyRecordAccountedFor() {
        let r = Self.result
        #expect(r.format == .dblp)
        #expect(r.recordsRead == 27)
        #expect(r.skipped.count == 3)
        #expect(r.skipped.allSatisfy { $0.reason == "homepage record, not a publication" })
        #expect(r.records.count == 24)
        #expect(!r.issues.contains { $0.severity >= .warning })
        // 7 www (4 publications + 3 homepages) and 20 incollection.
        let keys = r.records.compactMap { $0.identifiers[.dblp] }
        #expect(keys.filter { $0.hasPrefix("www/") }.count + r.skipped.count == 7)
        #expect(keys.filter { $0.hasPrefix("series/") }.count == 20)
        // 21 distinct keys in 27 records: 6 repeats, each reported.
        #expect(r.issues.filter { $0.code == "duplicate-key" }.count == 27 - 21)
        #expect(Set(keys).count == 21 - 2)  // the homepages use 2 keys
    }

    @Test func authorFacts() {
        let lists = Self.authorLists
        #expect(Self.editorRecordLines.count == 2)
        #expect(lists.count + 3 == 25)  // records with authors
        #expect(Set(lists.joined()).count == 35)  // distinct author strings
        #expect(lists.reduce(0) { $0 + Set($1).count } + 3 == 56)  // author slots
        #expect(lists.map(\.count).max() == 5)
        var edges = Set<String>()
        for list in lists {
            let names = Array(Set(list)).sorted()
            for (i, a) in names.enumerated() { for b in names[(i + 1)...] { edges.insert(a + "|" + b) } }
        }
        #expect(edges.count == 36)
        var count: [String: Int] = [:]
        for list in lists { for name in Set(list) { count[name, default: 0] += 1 } }
        #expect(count["Olaf Schreiner"] == 4 - 1)  // 4 with his homepage
        #expect(count["Mary F. Fernandez"] == 3 - 1)  // 3 with her homepage
        #expect(count["Alfred Kaltenmeier"] == 3)
        #expect(count["André Berton"] == 3)
    }

    @Test func entitiesAndLatin1AreDecoded() throws {
        let names = Set(Self.result.records.flatMap { $0.authors.map(\.written) })
        #expect(
            names.isSuperset(of: [
                "Jérôme Siméon", "Mary F. Fernández", "Hans Röttger", "Jörg Preißinger", "Pádraig Cunningham",
            ]))
        #expect(!names.contains { $0.contains("&") || $0.contains("\u{FFFD}") })
        let paper = try #require(Self.result.records.first { $0.identifiers[.dblp] == "series/cogtech/BertonKHS06" })
        #expect(paper.title == "Speech Recognition.")
        #expect(paper.year == 2006)
        #expect(paper.venue == "SmartKom")
        #expect(paper.identifiers[.doi] == "10.1007/3-540-36678-4_6")
        #expect(paper.authors.map(\.written) == ["André Berton", "Alfred Kaltenmeier", "Udo Haiber", "Olaf Schreiner"])
    }

    @Test func corpusMergesRepeatedKeys() {
        let corpus = CorpusBuilder.build(InputReader.Batch(results: [Self.result], errors: []))
        #expect(corpus.accounting.papers == 21 - 2)  // one paper per distinct publication key
        #expect(corpus.accounting.duplicatesMerged == 24 - 19)
        // Records with an <ee> on doi.org meet by DOI first; the W3C note has none.
        #expect(corpus.duplicates.filter { $0.reason.hasPrefix("same DOI 10.1007/") }.count == 4)
        #expect(corpus.duplicates.filter { $0.reason == "same DBLP key www/org/w3/TR/NOTE-xml-ql" }.count == 1)
    }
}

/// DBLP XML shapes and hostile input.
@Suite struct DBLPHostileTests {
    static let head = "<?xml version=\"1.0\"?>\n"

    func read(_ text: String) -> ParseResult {
        DBLPReader.read(Fixture.text(text, path: "d.xml"))
    }

    @Test func fieldsAreMapped() throws {
        let r = read(
            Self.head + """
                <dblp>
                <inproceedings key="conf/x/A1">
                <author orcid="0000-0001-2345-678X">Ann Lee</author><author>Bo  Chen</author>
                <title>H<sub>2</sub>O and <i>more</i>.</title>
                <year>2019</year><month>March</month>
                <ee>https://doi.org/10.1/ABC</ee><ee>http://example.org</ee>
                <crossref>conf/x/2019</crossref>
                <cite>conf/y/B2</cite><cite>...</cite>
                </inproceedings>
                <proceedings key="conf/x/2019"><editor>Eve Park</editor><title>Proc. X</title><booktitle>X 2019</booktitle><year>2019</year></proceedings>
                </dblp>
                """)
        #expect(r.records.count == 2)
        let paper = try #require(r.records.first)
        #expect(paper.title == "H2O and more.")
        #expect(paper.authors.map(\.written) == ["Ann Lee", "Bo Chen"])
        #expect(paper.authors[0].identifiers[.orcid] == "0000-0001-2345-678X")
        #expect(paper.year == 2019 && paper.month == 3)
        #expect(paper.identifiers == [.sourceID: "conf/x/A1", .dblp: "conf/x/A1", .doi: "10.1/abc"])
        #expect(paper.references == ["conf/y/B2"])
        #expect(paper.venue == "X 2019")  // from the crossref'd proceedings
        #expect(r.records[1].authors.map(\.written) == ["Eve Park"])
        #expect(r.issues.map(\.code) == ["editors-as-authors"])
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var dtd = "<!DOCTYPE dblp [\n<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1...9 {
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = "lol\(level)"
        }
        dtd += "]>\n"
        let clock = ContinuousClock()
        let start = clock.now
        let r = read(
            Self.head + dtd
                + "<dblp><article key=\"a\"><author>Ann Lee</author><title>&lol9; and &lol;</title></article></dblp>")
        #expect(clock.now - start < .seconds(5))
        #expect(r.issues.contains { $0.severity == .error && $0.code == "entity-expansion" })
        #expect(r.records.first?.title == "&lol9; and lol")
        #expect(r.records.count == 1)
    }

    @Test func quadraticBlowupIsCapped() {
        let big = String(repeating: "x", count: 1000)
        let body = String(repeating: "&big;", count: 5000)
        let r = read(
            Self.head
                + "<!DOCTYPE dblp [<!ENTITY big \"\(big)\">]>\n<dblp><article key=\"a\"><title>\(body)</title></article></dblp>"
        )
        #expect(r.issues.contains { $0.code == "entity-budget" })
        #expect((r.records.first?.title.utf8.count ?? .max) < 2_000_000)
    }

    @Test func externalEntityIsNotFetched() {
        let r = read(
            Self.head + "<!DOCTYPE dblp [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<dblp><article key=\"a\"><author>Ann Lee</author><title>T &xxe;</title></article></dblp>")
        #expect(r.records.first?.title == "T &xxe;")
        #expect(!r.records.contains { $0.title.contains("root:") })
        #expect(r.issues.contains { $0.code == "external-entity" })
    }

    @Test func truncatedFileKeepsEarlierRecords() {
        let r = read(
            Self.head + """
                <dblp>
                <article key="a"><author>Ann Lee</author><title>One</title></article>
                <article key="b"><author>Bo Chen</author><title>Two</title></article>
                <article key="c"><author>Cy Diaz</author><title>Thr
                """)
        #expect(r.records.map(\.title) == ["One", "Two"])
        #expect(r.skipped.count == 1)
        #expect(r.skipped.first?.location.line == 5)
        #expect(r.issues.contains { $0.severity == .error && $0.location.line == 5 })
    }

    @Test func undefinedEntityKeepsTheText() {
        let r = read(
            Self.head
                + "<dblp><article key=\"a\"><author>Jos&foo;</author><title>A &amp; B &#233;</title></article></dblp>")
        #expect(r.records.first?.authors.first?.written == "Jos&foo;")
        #expect(r.records.first?.title == "A & B é")
        #expect(r.issues.contains { $0.severity == .warning && $0.code == "undefined-entity" })
    }

    @Test func brokenRecordIsSkippedAndTheNextRead() {
        let r = read(
            Self.head + """
                <dblp>
                <article key="a"><author>Ann Lee</author><title>One <i>x</b></title></article>
                <article key="b"><author>Bo Chen</author><title>Two</title></article>
                <article key="c"><author>Cy Diaz</author><title>Three</title>
                <article key="d"><author>Di Egan</author><title>Four</title></article>
                </dblp>
                """)
        #expect(r.records.map(\.title) == ["Two", "Four"])
        #expect(r.skipped.map(\.location.line) == [3, 5])
        #expect(r.recordsRead == 4)
    }

    @Test func binaryAndDeepNestingDoNotCrash() {
        let deep = read(
            Self.head + "<dblp><article key=\"a\"><title>" + String(repeating: "<i>", count: 100_000)
                + "x</title></article></dblp>")
        #expect(deep.recordsRead == 1)
        let noise = Data(Self.head.utf8) + Data("<dblp>".utf8) + Data((0..<5000).map { UInt8(($0 * 7) % 256) })
        let binary = DBLPReader.read(TextFile.decode(noise, path: "b.xml"))
        #expect(binary.recordsRead == binary.records.count + binary.skipped.count)
    }

    @Test func latin1DeclarationIsHonored() {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dblp><article key=\"a\"><author>J".utf8)
        bytes += [0xF6]
        bytes += Array("rg</author></article></dblp>".utf8)
        let file = TextFile.decode(Data(bytes), path: "l.xml")
        #expect(file.issues.map(\.code) == ["declared-encoding"])
        #expect(DBLPReader.read(file).records.first?.authors.first?.written == "Jörg")
    }

    @Test func windows1252BytesAndValidUTF8UnderALatin1Label() {
        let declaration = Array("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n".utf8)
        let latin = TextFile.decode(Data(declaration + [0x80, 0x20, 0xE9]), path: "l.xml")
        #expect(latin.lines.last == "€ é")
        let utf8 = TextFile.decode(Data(declaration + Array("€ é".utf8)), path: "u.xml")
        #expect(utf8.lines.last == "€ é")
        #expect(utf8.issues.first?.message.contains("valid UTF-8") == true)
    }

    @Test func detection() {
        #expect(DBLPReader.looksLikeDBLP(Fixture.text(Self.head + "<dblp>\n</dblp>")))
        #expect(!DBLPReader.looksLikeDBLP(Fixture.text(Self.head + "<graphml></graphml>")))
    }
}
