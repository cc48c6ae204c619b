import Foundation
import Testing

@testable import Bibliography

/// The reference facts of the three real BibTeX files (`shared/data/reference_facts.json`, computed with
/// bibtexparser 2.1.0; the files are byte-for-byte copies in Fixtures/formats/, provenance in
/// `shared/data/README.md`).
///
/// "raw" names are the `author` field split on `and` at brace depth 0, white space collapsed, `others` dropped,
/// counted once per record; "normalized" names are those with LaTeX decoded, braces and `~` removed and
/// `Last, First` turned into `First Last` — our `AuthorName.written`. Ties in top-5 lists are broken by code
/// point order.
struct BibTeXFacts: Sendable, CustomTestStringConvertible {
    var dataset: String
    var file: String
    var entries: Int
    var types: [String: Int]
    var withAuthors: Int
    var slots: Int
    var maxAuthors: Int
    var andOthers: Int
    var withYearAfterCrossref: Int
    var withCrossref: Int
    var keptDespiteDuplicateFields: Int
    var rawDistinct: Int
    var rawTop5: [(String, Int)]
    var distinct: Int
    var top5: [(String, Int)]
    var edges: Int
    var components: Int
    var largestComponent: Int

    var testDescription: String { dataset }
}

@Suite("BibTeX reference facts")
struct BibTeXReferenceFactsTests {
    static let facts: [BibTeXFacts] = [
        BibTeXFacts(
            dataset: "bibtex-plai-group", file: "group_publications.bib", entries: 85,
            types: ["inproceedings": 49, "unpublished": 30, "article": 4, "techreport": 2],
            withAuthors: 83, slots: 476, maxAuthors: 25, andOthers: 2, withYearAfterCrossref: 83, withCrossref: 0,
            keptDespiteDuplicateFields: 2, rawDistinct: 185,
            rawTop5: [
                ("Wood, Frank", 68), ("Zwartsenberg, Berend", 15), ("Harvey, William", 13),
                ("Lioutas, Vasileios", 13), ("Scibior, Adam", 13),
            ],
            distinct: 162,
            top5: [
                ("Frank Wood", 78), ("Berend Zwartsenberg", 15), ("William Harvey", 15), ("Adam Scibior", 14),
                ("Saeid Naderiparizi", 13),
            ],
            edges: 1020, components: 3, largestComponent: 152),
        BibTeXFacts(
            dataset: "bibtex-luhsra-sra-ext", file: "sra-ext.bib", entries: 3238,
            types: [
                "inproceedings": 1643, "article": 709, "misc": 243, "book": 209, "proceedings": 134,
                "techreport": 98, "phdthesis": 45, "manual": 42, "thesis": 29, "online": 25, "incollection": 21,
                "report": 14, "inbook": 12, "conference": 7, "patent": 3, "unpublished": 1, "booklet": 1,
                "software": 1, "mastersthesis": 1,
            ],
            withAuthors: 2961, slots: 9009, maxAuthors: 32, andOthers: 13, withYearAfterCrossref: 3104,
            withCrossref: 160, keptDespiteDuplicateFields: 4, rawDistinct: 6665,
            rawTop5: [
                ("Olaf Spinczyk", 59), (#"Wolfgang Schr{\"o}der-Preikschat"#, 56), ("Jan Bosch", 19),
                ("Krzysztof Czarnecki", 19), ("AUTOSAR", 15),
            ],
            // The reference's normalization splits a braced corporate name at its commas
            // ("{Advanced Micro Devices, Inc.}" → "Inc. Advanced Micro Devices"); BibTeX, and we, keep it whole
            // ("Advanced Micro Devices, Inc."). Six entries differ so, each name one-to-one: counts are equal.
            distinct: 5978,
            top5: [
                ("Wolfgang Schröder-Preikschat", 73), ("Olaf Spinczyk", 63), ("Christian Kästner", 22),
                ("Krzysztof Czarnecki", 21), ("Sven Apel", 21),
            ],
            edges: 15099, components: 1258, largestComponent: 1980),
        BibTeXFacts(
            dataset: "bibtex-wos-export-pybibx", file: "wos.bib", entries: 236,
            types: ["article": 187, "inproceedings": 49],
            withAuthors: 236, slots: 738, maxAuthors: 8, andOthers: 0, withYearAfterCrossref: 233, withCrossref: 0,
            keptDespiteDuplicateFields: 0, rawDistinct: 518,
            rawTop5: [
                ("Figueira, Jose Rui", 12), ("Fernandez, Eduardo", 10), ("Kadzinski, Milosz", 10),
                ("Dias, Luis C.", 9), ("Mousseau, Vincent", 9),
            ],
            distinct: 514,
            top5: [
                ("Jose Rui Figueira", 13), ("Eduardo Fernandez", 10), ("Milosz Kadzinski", 10),
                ("Carlos Henggeler Antunes", 9), ("Jorge Navarro", 9),
            ],
            edges: 822, components: 107, largestComponent: 103),
    ]

    static func file(_ facts: BibTeXFacts) throws -> TextFile {
        let url = try #require(
            Bundle.module.url(
                forResource: facts.file, withExtension: nil,
                subdirectory: "Fixtures/formats/\(facts.dataset)"))
        return try TextFile.read(path: url.path)
    }

    /// The five most frequent names, ties by code point order.
    static func top5(_ counts: [String: Int]) -> [String] {
        counts.sorted {
            $0.value != $1.value
                ? $0.value > $1.value
                : $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars)
        }.prefix(5).map { "\($0.key) \($0.value)" }
    }

    @Test("entries, types, crossref and raw author strings", arguments: facts)
    func entries(_ facts: BibTeXFacts) throws {
        let file = try Self.file(facts)
        var log = IssueLog(path: file.path, alwaysListed: .errors)
        let scanned = BibTeXScanner.scan(file, log: &log)
        #expect(scanned.skipped.isEmpty)
        #expect(scanned.entries.count == facts.entries)
        #expect(scanned.macrosDefined == 0)
        #expect(Dictionary(scanned.entries.map { ($0.type, 1) }, uniquingKeysWith: +) == facts.types)
        #expect(scanned.entries.filter { $0.has("crossref") }.count == facts.withCrossref)

        var byKey: [String: BibTeXEntry] = [:]
        for entry in scanned.entries where byKey[entry.key.lowercased()] == nil {
            byKey[entry.key.lowercased()] = entry
        }
        var counts: [String: Int] = [:]
        var withYear = 0
        for entry in scanned.entries {
            let (inherited, missing) = BibTeXCrossref.inherit(entry) { byKey[$0] }
            #expect(missing == nil)
            if inherited.has("year") { withYear += 1 }
            let names = BibTeXName.splitList(inherited.value("author") ?? "").names
            for name in Set(names) { counts[name, default: 0] += 1 }
        }
        #expect(withYear == facts.withYearAfterCrossref)
        #expect(counts.count == facts.rawDistinct)
        #expect(Self.top5(counts) == facts.rawTop5.map { "\($0.0) \($0.1)" })
    }

    @Test("records, normalized author names and the co-authorship graph", arguments: facts)
    func records(_ facts: BibTeXFacts) throws {
        let result = BibTeXReader.read(try Self.file(facts))
        #expect(result.recordsRead == facts.entries)
        #expect(result.records.count == facts.entries)
        #expect(result.issues.allSatisfy { $0.severity != .error })
        let records = result.records
        #expect(records.filter { !$0.authors.isEmpty }.count == facts.withAuthors)
        #expect(records.reduce(0) { $0 + $1.authors.count } == facts.slots)
        #expect(records.map(\.authors.count).max() == facts.maxAuthors)
        #expect(records.filter(\.authorsTruncated).count == facts.andOthers)
        #expect(result.issues("crossref-missing").isEmpty)

        // Entries kept despite a repeated field: one duplicate-field warning or more in each.
        let entryLines = records.compactMap { $0.location?.line }
        let repeatedIn = Set(
            result.issues("duplicate-field").map { issue in
                entryLines.last { $0 <= issue.location.line } ?? 0
            })
        #expect(repeatedIn.count == facts.keptDespiteDuplicateFields)

        var counts: [String: Int] = [:]
        var edges: Set<[String]> = []
        for record in records {
            let names = record.authors.map(\.written)
            #expect(Set(names).count == names.count)
            for name in names { counts[name, default: 0] += 1 }
            for (i, a) in names.enumerated() { for b in names[(i + 1)...] { edges.insert(a < b ? [a, b] : [b, a]) } }
        }
        #expect(counts.count == facts.distinct)
        #expect(Self.top5(counts) == facts.top5.map { "\($0.0) \($0.1)" })
        #expect(edges.count == facts.edges)

        // Components over all names (a single-author paper's author is an isolated node).
        var parent = Dictionary(uniqueKeysWithValues: counts.keys.map { ($0, $0) })
        func root(_ name: String) -> String {
            var name = name
            while let up = parent[name], up != name {
                parent[name] = parent[up]
                name = up
            }
            return name
        }
        for edge in edges { parent[root(edge[0])] = root(edge[1]) }
        let sizes = Dictionary(counts.keys.map { (root($0), 1) }, uniquingKeysWith: +)
        #expect(sizes.count == facts.components)
        #expect(sizes.values.max() == facts.largestComponent)
    }

    @Test func sraYearsAlsoComeFromBibLaTeXDates() throws {
        // 3104 entries have a `year` (after crossref); 12 more only have a BibLaTeX `date`
        // (CVESite `1999/`, bruntink:07:aosd `2007-03-12/2007-03-16`, CXLSpec31 `2023-08`, ...).
        let result = BibTeXReader.read(try Self.file(Self.facts[1]))
        #expect(result.records.filter { $0.year != nil }.count == 3104 + 12)
        #expect(result.record("bruntink:07:aosd").map { [$0.year, $0.month, $0.day] } == [2007, 3, 12])
        #expect(result.record("organick:72:isl")?.authors.map(\.written) == ["Elliot I. Organick"])
        #expect(result.record("doebel:12:hotdep")?.authors.map(\.written) == ["Björn Döbel", "Hermann Härtig"])
        let autosar = try #require(result.records.first { $0.authors.first?.written == "AUTOSAR" })
        #expect(autosar.authors[0].kind == .group)
        #expect(result.issues("unknown-latex").isEmpty)
    }

    @Test func plaiQuirks() throws {
        let result = BibTeXReader.read(try Self.file(Self.facts[0]))
        // WOO-20 and WAN-19 have their fields and closing brace commented out: entries without authors.
        #expect(
            result.records.filter { $0.authors.isEmpty }.compactMap { $0.identifiers[.sourceID] } == [
                "WOO-20", "WAN-19",
            ])
        #expect(result.issues("unclosed-entry").count == 2)
        // scibior2021imagining misses a comma after `url_Paper`; the entry still counts with its authors.
        #expect(result.record("scibior2021imagining")?.authors.count == 5)
        #expect(result.issues("missing-comma").map(\.location.line) == [573])
    }

    @Test func webOfScienceExport() throws {
        let result = BibTeXReader.read(try Self.file(Self.facts[2]))
        #expect(result.records.allSatisfy { $0.identifiers[.wos] == $0.identifiers[.sourceID] })
        #expect(result.records.allSatisfy { !$0.references.isEmpty && !$0.affiliations.isEmpty })
        let first = try #require(result.record("WOS:000719584000015"))
        #expect(first.title == "ELECTRE-SCORE : A first outranking based method for scoring actions")
        #expect(first.venue == "EUROPEAN JOURNAL OF OPERATIONAL RESEARCH")
        #expect([first.year, first.month, first.day] == [2022, 3, 16])
        #expect(first.doi == "10.1016/j.ejor.2021.05.017")
        #expect(first.authors.map(\.written) == ["Jose Rui Figueira", "Salvatore Greco", "Bernard Roy"])
        #expect(first.authors[1].identifiers == [.orcid: "0000-0001-8293-8227"])
        #expect(
            first.authors[1].affiliations == [
                "Univ Catania, Dept Econ & Business, Catania, Italy",
                "Univ Portsmouth, Ctr Operat Res & Logist CORL, Portsmouth Business Sch, Portsmouth, Hants, England",
            ])
        #expect(
            first.references.prefix(3) == [
                "10.1016/j.artint.2008.11.006", "[Anonymous], 2000, B WORLD HEALTH ORGAN, V78, P868",
                "10.1016/j.ejor.2017.07.064",
            ])
        #expect(first.topics.contains("Healthcare system evaluation"))
        #expect(first.topics.contains("COMPENSATORY COMPOSITE INDICATORS"))
        #expect(first.topics.contains("Operations Research & Management Science"))
    }
}
