import Foundation
import Testing

@testable import GraphAlgorithms

/// The fused pass gives the separate functions' values bit for bit (so every reference test of `Betweenness` and
/// `Closeness` covers it too), weighted and unweighted, whatever the thread count.
struct PathCentralitiesTests {
    static func expectSameAsSeparate(_ g: CSRGraph, weighted: Bool, threads: Int = 2) {
        let fused = PathCentralities.exact(g, weighted: weighted, threads: threads)
        let b = Betweenness.exact(g, weighted: weighted, threads: threads)
        let c = Closeness.closeness(g, weighted: weighted, threads: threads)
        let h = Closeness.harmonic(g, weighted: weighted, threads: threads)
        #expect(ValueComparison.bitDifferences(fused.betweenness, b).isEmpty, "betweenness, weighted: \(weighted)")
        #expect(ValueComparison.bitDifferences(fused.closeness, c).isEmpty, "closeness, weighted: \(weighted)")
        #expect(ValueComparison.bitDifferences(fused.harmonic, h).isEmpty, "harmonic, weighted: \(weighted)")
    }

    @Test(arguments: ["karate", "lesmis", "florentine"])
    func fusedEqualsSeparateOnTheReferenceGraphs(_ name: String) throws {
        let g = try PathCentralityFixtures.graph(name).graph
        for weighted in [false, true] { Self.expectSameAsSeparate(g, weighted: weighted) }
    }

    @Test func fusedMatchesNetworkxOnLesMiserables() throws {
        let ref = try PathCentralityFixtures.reference("lesmis")
        let g = ref.file.graph
        let plain = PathCentralities.exact(g, weighted: false)
        let weighted = PathCentralities.exact(g, weighted: true)
        #expect(try ref.close(plain.betweenness, "betweenness", within: 1e-9))
        #expect(try ref.close(plain.closeness, "closeness", within: 1e-9))
        #expect(try ref.close(weighted.harmonic, "harmonicWeighted", within: 1e-9))
        #expect(try ref.close(weighted.closeness, "closenessWeighted", within: 1e-9))
    }

    /// Disconnected (isolated nodes, a separate pair) and directed graphs, any thread count.
    @Test func disconnectedAndDirectedGraphs() {
        var b = GraphBuilder(nodeCount: 12)
        for (u, v, w) in [(0, 1, 2.0), (1, 2, 1), (2, 0, 3), (2, 3, 1), (3, 4, 0.5), (6, 7, 1), (8, 9, 4)] {
            b.addEdge(u, v, weight: w)
        }
        let g = b.build()
        for threads in [1, 3] {
            for weighted in [false, true] { Self.expectSameAsSeparate(g, weighted: weighted, threads: threads) }
        }
        let directed = PathCentralityInlineGraphs.directed()
        for weighted in [false, true] { Self.expectSameAsSeparate(directed, weighted: weighted) }
    }
}
