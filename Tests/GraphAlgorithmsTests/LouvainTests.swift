import Testing

@testable import GraphAlgorithms

@Suite("Louvain")
struct LouvainTests {
    @Test func passesParameter() throws {
        let g = try CommunityFixtures.graph("ca-grqc")
        // No pass: nothing is optimized.
        #expect(Louvain.run(g, passes: 0).count == g.nodeCount)
        let runs = [1, 2, 3, -1].map { Louvain.run(g, passes: $0) }
        for p in runs { CommunityFixtures.expectValid(p, on: g) }
        // Each pass starts from the previous result and never lowers modularity.
        for (a, b) in zip(runs, runs.dropFirst()) { #expect(b.modularity >= a.modularity - 1e-12) }
        // No pass limit is the same as a large one; going on while a pass improves at all never does worse.
        #expect(Louvain.run(g, passes: 1_000) == runs[3])
        let exhaustive = Louvain.run(g, passes: -1, minimumGain: 0)
        CommunityFixtures.expectValid(exhaustive, on: g)
        #expect(exhaustive.modularity >= runs[3].modularity - 1e-12)
        #expect(
            Louvain.run(g)
                == Louvain.run(
                    g, passes: Louvain.defaultPasses,
                    minimumGain: Louvain.defaultMinimumGain))
    }

    /// The passes after the first are what closes the gap to Leiden: one pass alone stays below the reference
    /// threshold on ca-GrQc, the default passes reach it (`CommunityDetectionTests`).
    @Test func laterPassesImproveOnOnePass() throws {
        let g = try CommunityFixtures.graph("ca-grqc")
        let one = Louvain.run(g, passes: 1).modularity
        let dflt = Louvain.run(g).modularity
        #expect(dflt > one + 0.0005, "one pass \(one), default \(dflt)")
    }

    /// Two 6-cliques joined by a 3-node path: for any seed each clique ends whole in its own community.
    @Test func cliquesJoinedByAPath() {
        var b = GraphBuilder(nodeCount: 15)
        for offset in [0, 6] {
            for i in 0..<6 { for j in (i + 1)..<6 { b.addEdge(offset + i, offset + j) } }
        }
        b.addEdge(5, 12)
        b.addEdge(12, 13)
        b.addEdge(13, 14)
        b.addEdge(14, 6)
        let g = b.build()
        for seed: UInt64 in 0..<5 {
            let p = Louvain.run(g, seed: seed)
            CommunityFixtures.expectValid(p, on: g)
            #expect(p.count >= 2)
            #expect(Set(p.membership[0..<6]).count == 1 && Set(p.membership[6..<12]).count == 1)
            #expect(p.membership[0] != p.membership[6])
        }
    }
}
