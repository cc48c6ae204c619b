import Bibliography
import Foundation
import GraphAlgorithms
import Testing

@testable import CiteGraph

/// The Spark engine against the in-process one on the same corpora: degree, strength and components equal,
/// PageRank within 1e-6, for the seeds (full counting), a real export (fractional counting, min-papers 2) and a
/// synthetic corpus with a hyperauthorship paper over the author cap. One `spark-submit` runs all three (one JVM).
@Suite(.serialized) struct SparkEquivalenceTests {
    struct Case {
        let name: String
        let corpus: Corpus
        let settings: AnalysisSettings
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static func read(_ path: String) -> Corpus {
        CorpusBuilder.build(InputReader.read([path], excluding: []))
    }

    /// 300 papers of 2–6 authors over 120 authors in loose labs, one paper of 80 authors (over the cap of 50: it
    /// makes no edges but counts for its authors), a few single-author papers (isolated nodes).
    static var syntheticTable: String {
        var rng = SplitMix(seed: 7)
        var lines = ["id\ttitle\tauthors"]
        for p in 0..<300 {
            let lab = Int(rng.next() % 12)
            let size = 2 + Int(rng.next() % 5)
            var names = Set<String>()
            while names.count < size {
                let member = rng.next() % 10 < 8 ? lab * 10 + Int(rng.next() % 10) : Int(rng.next() % 120)
                names.insert("Author \(member)")
            }
            lines.append("P\(p)\tPaper \(p)\t\(names.sorted().joined(separator: ";"))")
        }
        lines.append("H1\tHyperauthored\t\((0..<80).map { "Author \($0 + 40)" }.joined(separator: ";"))")
        for s in 0..<3 { lines.append("S\(s)\tSolo \(s)\tLoner \(s)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func cases() -> [Case] {
        var seeds = AnalysisSettings()
        seeds.maxDrawnNodes = 50
        var real = AnalysisSettings()
        real.counting = .fractional
        real.minPapers = 2
        var synthetic = AnalysisSettings()
        synthetic.counting = .fractional
        synthetic.sizeBy = .degree
        let export = repositoryRoot.appendingPathComponent(
            "Tests/BibliographyTests/Fixtures/formats/bibtex-plai-group/group_publications.bib")
        return [
            Case(name: "seeds", corpus: read(repositoryRoot.appendingPathComponent("seeds").path), settings: seeds),
            Case(name: "plai-group", corpus: read(export.path), settings: real),
            Case(name: "synthetic", corpus: corpus(syntheticTable), settings: synthetic),
        ]
    }

    @Test("Spark's degree, strength, components and PageRank equal the in-process engine's")
    func sparkEqualsInProcess() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("cg-spark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let cases = Self.cases()
        var jobs: [JSONValue] = []
        for c in cases {
            let contract = work.appendingPathComponent(c.name)
            _ = try SparkContract.write(c.corpus, to: contract)
            jobs.append(
                SparkEngine.job(
                    contract: contract, out: work.appendingPathComponent(c.name + "-out"), settings: c.settings,
                    singleNodeFile: true))
        }
        let submit = try SparkSubmit(master: "local[2]", conf: [])
        try SparkEngine.runJobs(jobs, submit: submit, work: work, timeout: 1_800)
        for c in cases {
            let nodes = try SparkResults.allNodes(work.appendingPathComponent(c.name + "-out"))
            try compare(c, nodes)
            let results = try SparkResults.read(work.appendingPathComponent(c.name + "-out"))
            #expect(results.top.count == min(nodes.count, c.settings.maxDrawnNodes), "\(c.name)")
        }
    }

    func compare(_ c: Case, _ spark: [SparkResults.Node]) throws {
        let reference = CoauthorshipNetwork.build(c.corpus, options: c.settings.coauthorshipOptions)
        let g = reference.network.graph
        let authorID = Dictionary(uniqueKeysWithValues: c.corpus.authors.enumerated().map { ($1.name, $0) })
        let ids = reference.network.labels.map { authorID[$0]! }
        #expect(spark.map(\.author) == ids.sorted(), "\(c.name): the same nodes")
        guard spark.map(\.author) == ids.sorted() else { return }
        let row = Dictionary(uniqueKeysWithValues: spark.enumerated().map { ($1.author, $0) })
        let degrees = Degrees(g)
        let pagerank = PageRank.compute(g).scores
        let components = Components(g)
        var worstRank = 0.0, worstStrength = 0.0
        var componentPairs = Set<[Int]>()
        for node in 0..<g.nodeCount {
            let s = spark[row[ids[node]]!]
            #expect(s.degree == degrees.degree[node], "\(c.name): degree of \(reference.network.labels[node])")
            #expect(s.papers == reference.papers[node], "\(c.name): papers of \(reference.network.labels[node])")
            worstStrength = max(worstStrength, abs(s.strength - degrees.strength[node]))
            worstRank = max(worstRank, abs(s.pagerank - pagerank[node]))
            componentPairs.insert([components.membership[node], s.component])
        }
        #expect(worstStrength < 1e-9, "\(c.name): strength differs by \(worstStrength)")
        #expect(worstRank < 1e-6, "\(c.name): PageRank differs by \(worstRank)")
        // The same partition: each in-process component matches exactly one Spark component label.
        #expect(componentPairs.count == components.count, "\(c.name): components")
        #expect(Set(componentPairs.map { $0[1] }).count == components.count, "\(c.name): components")
        let largest = spark.filter(\.inLargest).count
        #expect(largest == components.largestSize, "\(c.name): largest component")
        print("spark equivalence \(c.name): \(g.nodeCount) nodes, \(g.edgeCount) edges, max |ΔPageRank| \(worstRank)")
    }
}

/// A tiny deterministic generator for the synthetic fixture (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
