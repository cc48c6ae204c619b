import Foundation
import Testing

@testable import Bibliography

/// One written name carried with several author ids of one scheme is as many people (`SplitNames`), on fixtures
/// cut from the real exports.
@Suite struct SplitNamesTests {
    static func build(_ fixture: String, options: CorpusOptions = CorpusOptions()) -> Corpus {
        CorpusBuilder.build(InputReader.read([Fixture.url(fixture).path]), options: options)
    }

    /// The resolved name of the slot written `written` with the author id `id` of `scheme`.
    static func resolved(_ corpus: Corpus, _ written: String, _ scheme: IdentifierScheme, _ id: String) -> String? {
        corpus.papers.lazy.flatMap(\.authors).first { $0.written == written && $0.identifiers[scheme] == id }?
            .resolved
    }

    /// scopus-litstudy: "Wu H." is written with the Scopus author ids 55597567000 (Petri net modeling ... gene
    /// logic network, 2013) and 55622444400 (MUFINS, 2016). Ordered by id, the first keeps the written form.
    @Test func scopusWuHWithTwoAuthorIdsIsTwoNodes() throws {
        let corpus = Self.build("identity/scopus-wu-h.csv")
        #expect(Self.resolved(corpus, "Wu H.", .scopus, "55597567000") == "Wu H.")
        #expect(Self.resolved(corpus, "Wu H.", .scopus, "55622444400") == "Wu H. (2)")
        let names = Set(corpus.authors.map(\.name))
        #expect(names.isSuperset(of: ["Wu H.", "Wu H. (2)"]))
        let split = try #require(corpus.splitProfiles.first)
        #expect(corpus.splitProfiles.count == 1)
        #expect(split.written == "Wu H." && split.scheme == .scopus)
        #expect(split.parts.map(\.identifier) == ["55597567000", "55622444400"])
        #expect(split.parts.map(\.papers) == [1, 1])
        #expect(split.thesaurusRows == ["Wu H. (2)\tWu H."])
        #expect(!corpus.conflicts.contains { $0.names == ["Wu H."] })
    }

    /// The thesaurus row the report offers merges the two on purpose.
    @Test func theOfferedThesaurusRowMergesThem() throws {
        let plain = Self.build("identity/scopus-wu-h.csv")
        let rows = try #require(plain.splitProfiles.first?.thesaurusRows)
        let thesaurus = Thesaurus.parse(Fixture.text((["label\treplace by"] + rows).joined(separator: "\n")))
        let merged = Self.build("identity/scopus-wu-h.csv", options: CorpusOptions(thesaurus: thesaurus))
        #expect(Self.resolved(merged, "Wu H.", .scopus, "55622444400") == "Wu H.")
        #expect(merged.authors.first { $0.name == "Wu H." }?.papers == 2)
        #expect(merged.merges.contains { $0.variant == "Wu H. (2)" && $0.rule == .thesaurus })
        // A row for the written name applies to every part.
        let all = Thesaurus(entries: [("Wu H.", "Wu Hao")])
        let renamed = Self.build("identity/scopus-wu-h.csv", options: CorpusOptions(thesaurus: all))
        #expect(renamed.authors.first { $0.name == "Wu Hao" }?.papers == 2)
    }

    /// openalex-tu9-works: "Albrecht Schmidt" is A3165213004 on two works and A4290207423 on one.
    @Test func openAlexSameNameDifferentIdsStaySplit() throws {
        let corpus = Self.build("identity/openalex-albrecht-schmidt.json")
        #expect(Self.resolved(corpus, "Albrecht Schmidt", .openalex, "A3165213004") == "Albrecht Schmidt")
        #expect(Self.resolved(corpus, "Albrecht Schmidt", .openalex, "A4290207423") == "Albrecht Schmidt (2)")
        #expect(corpus.authors.first { $0.name == "Albrecht Schmidt" }?.papers == 2)
        #expect(corpus.authors.first { $0.name == "Albrecht Schmidt (2)" }?.papers == 1)
    }

    /// Every display name of the whole OpenAlex export that carries two author ids or more stays split: counted
    /// here from the JSON itself (162 names, 433 ids; the works all have their own W ids, so none merge).
    @Test func openAlexExportSplitCountMatchesTheJSON() throws {
        let path = "formats/openalex-tu9-works/institutions-id-tu9--type-selection--py-diophila.json"
        let works = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Fixture.url(path))) as? [[String: Any]])
        var ids: [String: Set<String>] = [:]
        for work in works {
            for authorship in work["authorships"] as? [[String: Any]] ?? [] {
                guard let author = authorship["author"] as? [String: Any], let id = author["id"] as? String,
                    let name = author["display_name"] as? String
                else { continue }
                let written = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                ids[written, default: []].insert(String(id.split(separator: "/").last!))
            }
        }
        let expected = ids.filter { $0.value.count > 1 }
        let corpus = Self.build(path)
        #expect(expected.count == 162)
        #expect(corpus.splitProfiles.count == expected.count)
        #expect(Set(corpus.splitProfiles.map(\.written)) == Set(expected.keys))
        #expect(corpus.splitProfiles.reduce(0) { $0 + $1.parts.count } == 433)
        #expect(!corpus.conflicts.contains { $0.reason.contains("counted as one name") })
    }

    /// A written form with two ids no longer undoes the merge of another form that carries one of them.
    @Test func aSplitNameKeepsTheCorrectIdentifierMerge() {
        func slot(_ name: String, _ id: String) -> AuthorName {
            AuthorName(written: name, identifiers: [.orcid: id])
        }
        let papers = [
            Paper(
                title: "A", authors: [slot("J. Smith", "0000-0001")], locations: [SourceLocation(file: "a", line: 1)]),
            Paper(
                title: "B", authors: [slot("J. Smith", "0000-0002")], locations: [SourceLocation(file: "a", line: 2)]),
            Paper(
                title: "C", authors: [slot("John Smith", "0000-0001")], locations: [SourceLocation(file: "a", line: 3)]),
        ]
        let result = ParseResult(file: "a", format: .openalex, records: papers)
        let corpus = CorpusBuilder.build(InputReader.Batch(results: [result], errors: []))
        let resolved = corpus.papers.map { $0.authors[0].resolved }
        #expect(resolved == ["John Smith", "J. Smith (2)", "John Smith"])
        #expect(corpus.splitProfiles.first?.parts.map(\.countedAs) == ["John Smith", "J. Smith (2)"])
    }

    /// Slots without an id of the scheme are a part of their own, numbered first.
    @Test func slotsWithoutTheIdComeFirst() {
        let slots = [
            AuthorName(written: "Wu H.", identifiers: [.scopus: "9"]),
            AuthorName(written: "Wu H."),
            AuthorName(written: "Wu H.", identifiers: [.scopus: "10"]),
        ]
        let splits = SplitNames(slots)
        #expect(slots.map(splits.key) == ["Wu H. (2)", "Wu H.", "Wu H. (3)"])  // 9 before 10: numeric order
        #expect(splits.bases == ["Wu H. (2)": "Wu H.", "Wu H. (3)": "Wu H."])
    }
}
