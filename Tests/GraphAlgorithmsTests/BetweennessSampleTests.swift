import Foundation
import Testing

@testable import GraphAlgorithms

struct BetweennessSampleTests {
    @Test func estimateIsWithinEpsilonOfExactOnCaGrQc() throws {
        let g = try PathCentralityFixtures.graph("ca-grqc").graph.unweighted()
        let exact = Betweenness.exact(g, weighted: false)
        let estimate = Betweenness.estimate(g, weighted: false, epsilon: 0.01, delta: 0.1, seed: 7)
        #expect(estimate.samples > 0)
        #expect(estimate.epsilon == 0.01 && estimate.delta == 0.1)
        let (error, at) = ValueComparison.maxError(estimate.values, exact)
        #expect(error <= estimate.epsilon, "off by \(error) at node \(at)")
        // The estimate is informative, not all zeros: the top node is found.
        let top = exact.indices.max { exact[$0] < exact[$1] }!
        #expect(estimate.values[top] > exact[top] / 2)
    }

    @Test func estimateIsDeterministicForASeedWhateverTheThreads() throws {
        let g = try PathCentralityFixtures.graph("lesmis").graph
        for weighted in [false, true] {
            let a = Betweenness.estimate(g, weighted: weighted, epsilon: 0.05, seed: 3, threads: 1)
            let b = Betweenness.estimate(g, weighted: weighted, epsilon: 0.05, seed: 3, threads: 3)
            let c = Betweenness.estimate(g, weighted: weighted, epsilon: 0.05, seed: 4)
            #expect(ValueComparison.bitDifferences(a.values, b.values).isEmpty)
            #expect(a.samples == b.samples)
            #expect(a.values != c.values)
        }
    }

    @Test func weightedAndDirectedEstimatesAreWithinEpsilon() throws {
        let lesmis = try PathCentralityFixtures.graph("lesmis").graph
        let directed = PathCentralityInlineGraphs.directed()
        for (g, weighted) in [(lesmis, true), (lesmis, false), (directed, true), (directed, false)] {
            let exact = Betweenness.exact(g, weighted: weighted)
            let estimate = Betweenness.estimate(g, weighted: weighted, epsilon: 0.02, delta: 0.05, seed: 11)
            let (error, at) = ValueComparison.maxError(estimate.values, exact)
            #expect(error <= 0.02, "weighted=\(weighted) n=\(g.nodeCount): off by \(error) at \(at)")
        }
    }

    @Test func sampleSizeFollowsRiondatoKornaropoulos() {
        // A path of 10 nodes: VD bound = min(10, 2·ecc(0) + 1) = 10, ⌊log2(8)⌋ = 3, ε' = ε·8/10.
        var b = GraphBuilder()
        for i in 0..<9 { b.addEdge(i, i + 1) }
        let r = Betweenness.estimate(b.build(), weighted: false, epsilon: 0.1, delta: 0.1)
        let epsPrime = 0.1 * 8 / 10
        #expect(r.samples == Int((0.5 / (epsPrime * epsPrime) * (3 + 1 + log(10.0))).rounded(.up)))
        // No inner nodes at all: nothing to sample.
        var star = GraphBuilder()
        star.addEdge(0, 1)
        star.addEdge(2, 3)
        #expect(Betweenness.estimate(star.build(), weighted: false).samples == 0)
    }

    /// Above the 20,000-node switch: every estimate within ε of the exact value, and the estimate informative
    /// (the path's middle carries betweenness ≈ 0.06 on this graph).
    @Test func estimateIsWithinEpsilonAboveTheSwitchSize() {
        let g = PathCentralityFixtures.largeSparseGraph()
        #expect(g.nodeCount > 20_000)
        let exact = Betweenness.exact(g, weighted: false)
        let estimate = Betweenness.estimate(g, weighted: false, epsilon: 0.01, delta: 0.1, seed: 5)
        let (error, at) = ValueComparison.maxError(estimate.values, exact)
        #expect(error <= estimate.epsilon, "off by \(error) at node \(at)")
        let top = exact.indices.max { exact[$0] < exact[$1] }!
        #expect(exact[top] > 0.02)
        #expect(estimate.values[top] > exact[top] / 2)
    }
}
