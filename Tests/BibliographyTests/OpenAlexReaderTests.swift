import Foundation
import Testing

@testable import Bibliography

/// A data set copied byte for byte from `../shared/data` into `Fixtures/formats/<dataset>/`.
enum FormatFixture {
    static func file(_ dataset: String, _ name: String) throws -> TextFile {
        let url = try #require(
            Bundle.module.url(
                forResource: name, withExtension: nil,
                subdirectory: "Fixtures/formats/\(dataset)"))
        return try TextFile.read(path: url.path)
    }
}

/// The OpenAlex reader on `openalex-tu9-works` (an API `results` array saved on one line, Aug 2022 schema),
/// checked against `reference_facts.json`.
@Suite struct OpenAlexReaderTests {
    static let result: ParseResult = {
        let file = try! FormatFixture.file(
            "openalex-tu9-works", "institutions-id-tu9--type-selection--py-diophila.json")
        return InputReader.read(file, format: nil)
    }()

    @Test func detectedAndEveryWorkRead() {
        let r = Self.result
        #expect(r.format == .openalex)
        #expect(r.recordsRead == 410)
        #expect(r.records.count == 410)
        #expect(r.skipped.isEmpty)
        #expect(!r.issues.contains { $0.severity >= .warning })
        #expect(Set(r.records.compactMap { $0.identifiers[.openalex] }).count == 410)  // distinct_work_ids
    }

    @Test func authorFactsByDisplayNameAndByID() {
        let records = Self.result.records
        #expect(records.filter { !$0.authors.isEmpty }.count == 410)
        #expect(records.reduce(0) { $0 + $1.authors.count } == 4702)
        #expect(records.map(\.authors.count).max() == 2918)
        #expect(Set(records.flatMap { $0.authors.map(\.written) }).count == 4367)
        #expect(Set(records.flatMap { $0.authors.compactMap { $0.identifiers[.openalex] } }).count == 4638)
        // Every slot has an id, so the id-keyed facts hold slot for slot.
        #expect(records.allSatisfy { $0.authors.allSatisfy { $0.identifiers[.openalex]?.hasPrefix("A") == true } })

        var byName: [String: Int] = [:]
        for paper in records { for name in Set(paper.authors.map(\.written)) { byName[name, default: 0] += 1 } }
        let top = byName.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        #expect(
            top.map(\.key) == [
                "Frédéric Monier", "Jens Ivo Engels", "Olivier Dard", "Schumacher, Mareike", "Amedeo Napoli",
            ])
        #expect(top.map(\.value) == [9, 9, 6, 6, 4])

        var byID: [String: Int] = [:]
        for paper in records {
            for id in Set(paper.authors.compactMap { $0.identifiers[.openalex] }) { byID[id, default: 0] += 1 }
        }
        let topIDs = byID.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        #expect(topIDs.map(\.key) == ["A1984172240", "A2504297341", "A1931885978", "A2009932706", "A2120420677"])
        #expect(topIDs.map(\.value) == [5, 5, 3, 3, 3])
    }

    /// The id-keyed co-authorship facts without the one 2918-author work (ATLAS).
    @Test func coauthorshipWithoutTheHyperauthoredWork() {
        let records = Self.result.records.filter { $0.authors.count <= 100 }
        #expect(records.count == 409)
        let lists = records.map { Array(Set($0.authors.compactMap { $0.identifiers[.openalex] })).sorted() }
        #expect(lists.reduce(0) { $0 + $1.count } == 1784)
        #expect(Set(lists.joined()).count == 1720)
        var edges = Set<String>()
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        for list in lists {
            for a in list where parent[a] == nil { parent[a] = a }
            for (i, a) in list.enumerated() {
                for b in list[(i + 1)...] { edges.insert(a + "|" + b) }
                if i > 0 { parent[find(a)] = find(list[0]) }
            }
        }
        #expect(edges.count == 9186)
        var sizes: [String: Int] = [:]
        for name in parent.keys { sizes[find(name), default: 0] += 1 }
        #expect(sizes.count == 378)
        #expect(sizes.values.max() == 63)
    }

    @Test func referencesYearsConceptsAndAbstracts() throws {
        let records = Self.result.records
        #expect(records.filter { !$0.references.isEmpty }.count == 20)
        #expect(records.reduce(0) { $0 + $1.references.count } == 2478)
        #expect(Set(records.flatMap(\.references)).count == 2474)
        #expect(records.allSatisfy { $0.references.allSatisfy { $0.hasPrefix("W") } })
        var years: [Int: Int] = [:]
        for paper in records { if let y = paper.year { years[y, default: 0] += 1 } }
        #expect(years == [2017: 59, 2018: 54, 2019: 46, 2020: 84, 2021: 88, 2022: 78, 2023: 1])
        #expect(Set(records.flatMap(\.topics)).count == 701)  // distinct_concepts
        #expect(records.filter { $0.abstract != nil }.count == 119)

        let first = try #require(records.first)
        #expect(first.identifiers[.openalex] == "W4200035428")
        #expect(first.identifiers[.doi] == "10.1142/10552")
        #expect(first.title == "Handbook of Random Forests")
        #expect(first.year == 2023 && first.month == 2 && first.day == 1)
        #expect(first.venue == "Series in computer vision")
        #expect(first.authors.map(\.written) == ["Ronny Hänsch"])
        #expect(first.authors[0].affiliations == ["Technical University of Berlin"])
        #expect(first.affiliations == ["Technical University of Berlin"])
        #expect(first.topics == ["Random forest", "Environmental science", "Geography", "Forestry"])
        #expect(first.locations == [SourceLocation(file: first.locations[0].file, line: 1)])
    }

    @Test func corpusKeepsWorksWithDifferentDOIsApart() {
        let corpus = CorpusBuilder.build(InputReader.Batch(results: [Self.result], errors: []))
        let a = corpus.accounting
        #expect(a.recordsRead == 410)
        #expect(a.recordsRead == a.papers + a.duplicatesMerged + a.skipped)
        // Two volumes of one book share title and authors but not their DOI.
        #expect(corpus.papers.filter { $0.title == "Topics in Nanoscience" }.count == 2)
        #expect(corpus.issues.contains { $0.code == "same-title-other-doi" })
    }
}

/// OpenAlex inputs other than a one-line array, and hostile ones.
@Suite struct OpenAlexShapesTests {
    static let work1 =
        #"{"id": "https://openalex.org/W1", "title": "One", "publication_year": 2020, "authorships": [{"author": {"id": "https://openalex.org/A1", "display_name": "Ann Lee", "orcid": "https://orcid.org/0000-0002-1825-009x"}, "institutions": [{"display_name": "MIT"}]}]}"#
    static let work2 =
        #"{"id": "https://openalex.org/W2", "display_name": "Two", "authorships": [{"author": {"id": "https://openalex.org/A2", "display_name": null}, "institutions": []}], "primary_location": {"source": {"display_name": "Nature"}}, "topics": [{"display_name": "Ecology"}], "keywords": [{"display_name": "forests"}]}"#

    func read(_ text: String) -> ParseResult {
        let file = Fixture.text(text, path: "w.json")
        #expect(OpenAlexReader.looksLikeOpenAlex(file))
        return OpenAlexReader.read(file)
    }

    @Test func prettyPrintedPageLocatesEachWork() {
        let page = """
            {
              "meta": {"count": 2},
              "results": [
                {
                  "id": "https://openalex.org/W1",
                  "title": "One",
                  "authorships": []
                },
                {
                  "id": "https://openalex.org/W2",
                  "title": "Two",
                  "authorships": []
                }
              ]
            }
            """
        let r = read(page)
        #expect(r.records.map(\.title) == ["One", "Two"])
        #expect(r.records.map { $0.locations[0].line } == [4, 9])
        #expect(r.issues.filter { $0.code == "no-authors" }.count == 2)
    }

    @Test func singleWorkAndMappingDetails() throws {
        let r = read(Self.work2)
        let paper = try #require(r.records.first)
        #expect(r.records.count == 1)
        #expect(paper.title == "Two")
        #expect(paper.authors.map(\.written) == ["A2"])  // no display name: the author id
        #expect(paper.venue == "Nature")
        #expect(paper.topics == ["Ecology", "forests"])
        let one = try #require(read(Self.work1).records.first)
        #expect(one.authors[0].identifiers == [.openalex: "A1", .orcid: "0000-0002-1825-009X"])
        #expect(one.authors[0].affiliations == ["MIT"])
    }

    @Test func jsonLinesWithABrokenLineReadTheOthers() {
        let text = Self.work1 + "\n" + #"{"id": "https://openalex.org/W9", "title": "Bro"# + "\n" + Self.work2 + "\n"
        let r = read(text)
        #expect(r.records.map(\.title) == ["One", "Two"])
        #expect(r.records.map { $0.locations[0].line } == [1, 3])
        #expect(r.skipped.map(\.location.line) == [2])
        #expect(r.issues.filter { $0.severity == .error }.map(\.location.line) == [2])
        #expect(r.recordsRead == 3)
    }

    @Test func truncatedArrayKeepsTheWorksBeforeTheCut() {
        let text = "[\n" + Self.work1 + ",\n" + Self.work2 + ",\n" + String(Self.work1.prefix(60))
        let r = read(text)
        #expect(r.records.count == 2)
        #expect(r.skipped.count == 1)
        #expect(r.skipped.first?.location.line == 4)
        #expect(r.skipped.first?.reason.contains("truncated") == true)
    }

    @Test func invalidWorkAndNonObjectAreSkippedOneByOne() {
        let text = "[" + Self.work1 + ", 42, {\"id\": \"https://openalex.org/W3\", \"title\": tru}, " + Self.work2 + "]"
        let r = read(text)
        #expect(r.records.map(\.title) == ["One", "Two"])
        #expect(r.skipped.count == 2)
        #expect(r.recordsRead == 4)
    }

    @Test func abstractIsRebuiltInPositionOrder() {
        let (text, ignored) = OpenAlexWork.abstract(from: [
            "world": [1], "Hello": [0], "again": [3000000000], "x": "bad",
        ])
        #expect(text == "Hello world again")
        #expect(ignored == 1)
    }

    @Test func hostileInputsEndWithIssuesNotCrashes() {
        // Deep nesting.
        let deep = read("[{\"authorships\": " + String(repeating: "[", count: 200_000) + "]}]")
        #expect(deep.records.isEmpty)
        #expect(deep.issues.contains { $0.severity == .error })
        // A 10 MB line that never closes its string.
        let long = read("{\"authorships\": \"" + String(repeating: "a", count: 10_000_000))
        #expect(long.records.isEmpty)
        #expect(long.skipped.count == 1)
        // Binary bytes after a valid start.
        let binary = OpenAlexReader.read(
            TextFile.decode(
                Data("[{\"openalex\": 1}, ".utf8) + Data((0..<2000).map { UInt8($0 % 256) }),
                path: "b.json"))
        #expect(binary.issues.contains { $0.severity == .error })
    }

    @Test func detection() {
        #expect(!OpenAlexReader.looksLikeOpenAlex(Fixture.text("{\"name\": \"x\"}")))
        #expect(!OpenAlexReader.looksLikeOpenAlex(Fixture.text("@article{a, title={openalex.org/W1}}")))
        #expect(OpenAlexReader.looksLikeOpenAlex(Fixture.text("{\"meta\": {}, \"results\": []}")))
        let empty = OpenAlexReader.read(Fixture.text("{\"meta\": {\"count\": 0}, \"results\": []}"))
        #expect(empty.records.isEmpty && empty.issues.map(\.code) == ["no-records"])
    }
}
