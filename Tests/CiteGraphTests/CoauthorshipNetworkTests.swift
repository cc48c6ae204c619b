import GraphAlgorithms
import Testing

@testable import Bibliography
@testable import CiteGraph

@Suite struct CoauthorshipNetworkTests {
    static let table = """
        id\ttitle\tauthors
        P1\tOne\tAnn Lee;Bo Chen;Cy Diaz
        P2\tTwo\tAnn Lee;Bo Chen
        P3\tThree\tCy Diaz;Gemini Team;Di Evans
        P4\tFour\tEd Fox
        """

    func weight(_ r: CoauthorshipNetwork.Result, _ a: String, _ b: String) -> Double? {
        let labels = r.network.labels
        guard let i = labels.firstIndex(of: a), let j = labels.firstIndex(of: b) else { return nil }
        return r.network.graph.weight(i, j)
    }

    @Test func fullCountingCountsJointPapersAndKeepsThem() {
        let r = CoauthorshipNetwork.build(corpus(Self.table))
        #expect(r.network.labels == ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Evans", "Ed Fox"])
        #expect(weight(r, "Ann Lee", "Bo Chen") == 2)
        #expect(weight(r, "Ann Lee", "Cy Diaz") == 1)
        #expect(weight(r, "Cy Diaz", "Di Evans") == 1)
        #expect(weight(r, "Ann Lee", "Di Evans") == nil)
        #expect(r.network.graph.edgeCount == 4)
        #expect(r.network.edgePapers[EdgeKey(0, 1)] == [0, 1])
        #expect(r.papers == [2, 2, 2, 1, 1])
        #expect(r.groupsExcluded == 1)
        #expect(r.network.graph.degree(4) == 0)  // a single-author paper: an isolated node
    }

    @Test func fractionalCountingAddsOneOverNMinusOne() {
        let r = CoauthorshipNetwork.build(corpus(Self.table), options: CoauthorshipOptions(counting: .fractional))
        #expect(weight(r, "Ann Lee", "Bo Chen") == 1.5)  // 1/2 from P1 + 1 from P2
        #expect(weight(r, "Ann Lee", "Cy Diaz") == 0.5)
        #expect(weight(r, "Cy Diaz", "Di Evans") == 0.5)  // P3 has 3 authors (the group counts in n)
    }

    @Test func capAndMinimumPapers() {
        let capped = CoauthorshipNetwork.build(corpus(Self.table), options: CoauthorshipOptions(maxAuthorsPerPaper: 2))
        #expect(capped.cappedPapers == 2)
        #expect(weight(capped, "Ann Lee", "Bo Chen") == 1)
        #expect(capped.papers[capped.network.labels.firstIndex(of: "Ann Lee")!] == 2)
        let min2 = CoauthorshipNetwork.build(corpus(Self.table), options: CoauthorshipOptions(minPapers: 2))
        #expect(min2.network.labels == ["Ann Lee", "Bo Chen", "Cy Diaz"])
        #expect(min2.authorsBelowMinPapers == 2)
        let groups = CoauthorshipNetwork.build(corpus(Self.table), options: CoauthorshipOptions(includeGroups: true))
        #expect(groups.network.labels.contains("Gemini Team"))
        #expect(groups.groupsExcluded == 0)
    }

    /// The projection against a plain dictionary-based one on a generated corpus: same edges (in increasing key
    /// order), same weights (summed in paper order, so bit-identical) and same papers per edge (in paper order).
    @Test(arguments: [Counting.full, .fractional])
    func matchesANaiveProjection(_ counting: Counting) throws {
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var rows = ["id\ttitle\tauthors"]
        for i in 0..<400 {
            let names = (0..<(1 + next(7))).map { _ in "Author \(next(60))" }
            rows.append("P\(i)\tT\(i)\t" + names.joined(separator: ";"))
        }
        let c = corpus(rows.joined(separator: "\n"))
        let r = CoauthorshipNetwork.build(c, options: CoauthorshipOptions(counting: counting))
        let node = Dictionary(uniqueKeysWithValues: r.network.labels.enumerated().map { ($1, $0) })
        var expected: [EdgeKey: (weight: Double, papers: [Int32])] = [:]
        for (index, paper) in c.papers.enumerated() {
            let ids = paper.authors.compactMap { node[$0.resolved] }
            let w = counting == .full ? 1.0 : 1.0 / Double(paper.authors.count - 1)
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count {
                    let key = EdgeKey(ids[i], ids[j])
                    expected[key, default: (0, [])].weight += w
                    expected[key, default: (0, [])].papers.append(Int32(index))
                }
            }
        }
        let keys = r.network.edgePapers.map(\.key)
        #expect(keys == expected.keys.sorted())
        for (key, papers) in r.network.edgePapers {
            let want = try #require(expected[key])
            #expect(Array(papers) == want.papers)
            #expect(r.network.graph.weight(key.u, key.v)?.bitPattern == want.weight.bitPattern)
        }
        #expect(r.network.graph.edgeCount == expected.count)
    }

    @Test func nameIndexAnswersLikeADictionary() {
        let keys = ["Ann Lee", "José Núñez", "A very long author name beyond fifteen bytes", "", "Zoë", "x"]
        var index = NameIndex(keys)
        for (i, key) in keys.enumerated() { #expect(index.index(of: key) == i) }
        #expect(index.index(of: "Ann  Lee") == nil)
        #expect(index.index(of: "nobody") == nil)
        // Canonically equivalent, other bytes (e + combining acute): equal as Strings, so found like a dictionary.
        #expect(index.index(of: "Jose\u{301} Nu\u{301}n\u{303}ez") == 1)
        var empty = NameIndex([])
        #expect(empty.index(of: "a") == nil)
    }

    @Test func seedsNetwork() {
        let c = CorpusBuilder.build(InputReader.read([seedsPath]))
        let r = CoauthorshipNetwork.build(c)
        #expect(r.network.graph.nodeCount == c.persons)
        let ali = r.network.labels.firstIndex(of: "S. M. Ali Eslami")!
        #expect(r.papers[ali] == 33)
        #expect(r.network.graph.selfLoopsDropped == 0)
        // Every edge's papers list both authors.
        for (edge, papers) in r.network.edgePapers {
            for p in papers {
                let names = Set(c.papers[Int(p)].authors.map(\.resolved))
                #expect(names.contains(r.network.labels[edge.u]) && names.contains(r.network.labels[edge.v]))
            }
        }
    }
}

@Suite struct TopicNetworkTests {
    static let table = """
        id\ttitle\ttopic\tauthors
        P1\tGraph neural networks for molecules\tLG\tAnn Lee;Bo Chen
        P2\tGraph neural networks for proteins\tLG\tCy Diaz
        P3\tMedieval poetry and meter\tLIT\tDi Evans
        P4\tPoetry meter in medieval verse\tLIT\tEd Fox
        """

    @Test func similarAuthorsAreLinked() throws {
        let c = corpus(Self.table)
        let nodes = ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Evans", "Ed Fox"]
        let r = TopicNetwork.build(c, nodes: nodes, options: TopicOptions(neighbors: 2, floor: 0.1))
        let g = r.network.graph
        #expect(r.network.labels == nodes)
        #expect(g.weight(0, 1).map { abs($0 - 1) < 1e-12 } == true)  // identical profiles
        #expect((g.weight(0, 2) ?? 0) > 0.1)
        #expect((g.weight(3, 4) ?? 0) > 0.1)
        #expect(g.weight(0, 3) == nil)  // nothing shared
        for w in g.weights { #expect(w >= 0.1 && w <= 1) }
        #expect(r.topTerms[3].contains("topic:LIT") || r.topTerms[3].contains("poetry"))
    }

    @Test func tokenizer() {
        #expect(
            Tokenizer.terms("Graph Neural Networks for the 3D world, 2024") == [
                "graph", "graph neural", "neural", "neural networks", "networks", "3d", "3d world", "world",
            ])
    }
}

@Suite struct CitationNetworkTests {
    static let table = """
        id\tdoi\ttitle\tauthors\treferences
        P1\t10.1/a\tA\tAnn Lee\t
        P2\t10.1/b\tB\tBo Chen\tdoi:10.1/A;10.9/outside
        P3\t10.1/c\tC\tCy Diaz\t10.1/a;https://doi.org/10.1/b;10.9/outside
        P4\t10.1/d\tD\tDi Evans\tP1;P2
        """

    @Test func directCocitationAndCoupling() throws {
        let r = try CitationNetwork.build(corpus(Self.table)).get()
        let d = r.direct.graph
        #expect(d.isDirected)
        #expect(
            d.weight(1, 0) == 1 && d.weight(2, 0) == 1 && d.weight(2, 1) == 1 && d.weight(3, 0) == 1
                && d.weight(3, 1) == 1)
        #expect(d.edgeCount == 5)
        #expect(r.localCitations == [3, 2, 0, 0])
        #expect(r.cocitation.graph.weight(0, 1) == 2)  // cited together by P3 and P4
        #expect(r.cocitation.edgePapers[EdgeKey(0, 1)] == [2, 3])
        #expect(r.coupling.graph.weight(1, 2) == 2)  // share 10.1/a and 10.9/outside
        #expect(r.coupling.graph.weight(2, 3) == nil)
    }

    @Test func corpusWithoutReferencesIsUnsupportedWithNumbers() {
        let c = corpus("id\ttitle\tauthors\nP1\tA\tAnn Lee\nP2\tB\tBo Chen\n")
        switch CitationNetwork.build(c) {
        case .success: Issue.record("expected unsupported")
        case let .failure(why):
            #expect(
                why.description
                    == "citations: 0 of 2 records carry references, 0 matched inside the corpus; citation network skipped"
            )
        }
    }
}
