import Foundation
import Testing

/// `records --json` and `inspect --json` on every real export of `../shared/data` (copied byte-for-byte into the
/// Bibliography fixtures), against `reference_facts.json`: record count, records with authors, author slots
/// (distinct names per record), and a year wherever the source has one.
@Suite(.serialized) struct RealDataTests {
    struct Fact: Sendable, CustomTestStringConvertible {
        var dataset: String
        var records: Int
        var withAuthors: Int
        var slots: Int
        var withYear: Int
        var testDescription: String { dataset }
    }

    static let facts: [Fact] = [
        Fact(dataset: "bibtex-plai-group", records: 85, withAuthors: 83, slots: 476, withYear: 83),
        // 3104 entries have a year after crossref (the fact); 12 more only have a BibLaTeX `date`.
        Fact(dataset: "bibtex-luhsra-sra-ext", records: 3238, withAuthors: 2961, slots: 9009, withYear: 3116),
        Fact(dataset: "bibtex-wos-export-pybibx", records: 236, withAuthors: 236, slots: 738, withYear: 233),
        Fact(dataset: "wos-metaknowledge", records: 32, withAuthors: 32, slots: 66, withYear: 32),
        Fact(dataset: "scopus-litstudy", records: 58, withAuthors: 49, slots: 213, withYear: 58),
        Fact(dataset: "ris-litstudy", records: 25, withAuthors: 25, slots: 162, withYear: 25),
        Fact(dataset: "openalex-tu9-works", records: 410, withAuthors: 410, slots: 4702, withYear: 410),
    ]

    static func records(_ dataset: String) throws -> [[String: Any]] {
        let r = try CLI.run(["records", "--json", "--quiet", "Tests/BibliographyTests/Fixtures/formats/\(dataset)"])
        #expect(r.status == 0, "\(r.stderr)")
        return try r.stdout.split(separator: "\n").map { try CLI.json(String($0)) }
    }

    static func slots(_ records: [[String: Any]], persons: Bool = false) -> Int {
        records.reduce(0) { $0 + Set(($1["authors"] as? [String]) ?? []).count }
    }

    @Test("records --json gives the reference record counts", arguments: facts)
    func counts(_ fact: Fact) throws {
        let rs = try Self.records(fact.dataset)
        #expect(rs.count == fact.records)
        #expect(rs.filter { !(($0["authors"] as? [String]) ?? []).isEmpty }.count == fact.withAuthors)
        #expect(Self.slots(rs) == fact.slots)
        #expect(rs.filter { $0["year"] is Int }.count == fact.withYear)
    }

    @Test("MEDLINE: 335 records; 2076 FAU/AU slots plus 8 collective (CN) group authors")
    func medline() throws {
        let rs = try Self.records("medline-pybibx")
        #expect(rs.count == 335)
        #expect(rs.filter { !(($0["authors"] as? [String]) ?? []).isEmpty }.count == 335)
        #expect(Self.slots(rs) == 2076 + 8)
        #expect(rs.filter { $0["year"] is Int }.count == 335)
    }

    @Test("DBLP: 27 records read = 24 publications + 3 person homepages skipped with their reason")
    func dblp() throws {
        let rs = try Self.records("dblp-xml-excerpt")
        #expect(rs.count == 24)
        #expect(rs.allSatisfy { $0["year"] is Int })
        let r = try CLI.run([
            "inspect", "--json", "--quiet", "Tests/BibliographyTests/Fixtures/formats/dblp-xml-excerpt",
        ])
        let corpus = try #require(try CLI.json(r.stdout)["corpus"] as? [String: Any])
        #expect(corpus["records"] as? Int == 27)
        #expect(corpus["skipped"] as? Int == 3)
        #expect((corpus["skippedReasons"] as? [String: Int])?["homepage record, not a publication"] == 3)
    }

    @Test("every real export goes through analyze; WoS references make the citation networks")
    func analyzeWoS() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run([
            "analyze", "Tests/BibliographyTests/Fixtures/formats/bibtex-wos-export-pybibx", "--out", dir.path,
            "--quiet",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try CLI.json(
            String(decoding: try Data(contentsOf: dir.appendingPathComponent("report.json")), as: UTF8.self))
        let nets = try #require(report["networks"] as? [String: [String: Any]])
        #expect(Set(nets.keys) == ["coauthorship", "topics", "citations", "cocitation", "coupling"])
        #expect((nets["citations"]?["edges"] as? Int ?? 0) > 1000)
        #expect(nets["citations"]?["directed"] as? Bool == true)
    }

    @Test(
        "bad input: located messages, no crash",
        arguments: [
            (
                "binary", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }), [String](),
                "binary:1: binary data (a NUL byte at byte 0), not a text export; the file was not read"
            ),
            (
                "wrong-format.ris", Data("TY  - JOUR\nAU  - Doe, J\nTI  - A title\nER  - \n".utf8),
                ["--input-format", "bibtex"], "wrong-format.ris:1: notice: no BibTeX entries"
            ),
            (
                "bomb.xml",
                Data(
                    """
                    <?xml version="1.0"?>
                    <!DOCTYPE dblp [<!ENTITY a "xxxxxxxxxx"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
                    <dblp><article key="x/1"><author>A B</author><title>&c;</title><year>2020</year></article></dblp>
                    """.utf8), [String](), "bomb.xml:2: error"
            ),
            (
                "unterminated.csv", Data("title,authors,year\n\"Open quote,A B,2020\nNext,C D,2021\n".utf8), [String](),
                "unterminated.csv:2: warning: a quoted field opened on line 2 is never closed"
            ),
        ])
    func badInput(_ name: String, _ bytes: Data, _ flags: [String], _ expected: String) throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try bytes.write(to: file)
        let text = try CLI.run(["inspect", file.path] + flags)
        // Binary data is refused unread: an input that could not be read (exit 1); the others are read with notes.
        #expect(text.status == (name == "binary" ? 1 : 0), "\(text.status) \(text.stderr)")
        #expect((text.stderr + text.stdout).contains(expected), "\(name): \(text.stdout.prefix(800))")
        let r = try CLI.run(["inspect", "--json", "--quiet", file.path] + flags)
        let corpus = try #require(try CLI.json(r.stdout)["corpus"] as? [String: Any])
        let read = corpus["records"] as? Int ?? -1
        #expect(
            read == (corpus["papers"] as? Int ?? 0) + (corpus["duplicatesMerged"] as? Int ?? 0)
                + (corpus["skipped"] as? Int ?? 0))
    }
}
