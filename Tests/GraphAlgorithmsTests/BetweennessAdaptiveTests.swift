import Foundation
import Testing

@testable import GraphAlgorithms

struct BetweennessAdaptiveTests {
    /// On ca-GrQc every interval holds (seeded, so this is one fixed draw) and the top nodes are separated well
    /// before the cap; the certified boundaries agree with the exact ranking.
    @Test func intervalsHoldAndCertifiedRanksAreExactOnCaGrQc() throws {
        let g = try PathCentralityFixtures.graph("ca-grqc").graph.unweighted()
        let exact = Betweenness.exact(g, weighted: false)
        let e = Betweenness.estimateTopK(g, k: 5, weighted: false, maxSamples: 1 << 16, seed: 7)
        for v in 0..<g.nodeCount {
            #expect(abs(e.values[v] - exact[v]) <= e.radius[v], "node \(v)")
        }
        #expect(e.epsilon == e.top.map { e.radius[$0] }.max())
        let exactOrder = exact.indices.sorted { exact[$0] != exact[$1] ? exact[$0] > exact[$1] : $0 < $1 }
        if e.topSetCertain { #expect(Set(e.top) == Set(exactOrder.prefix(5))) }
        if e.separated { #expect(e.top == Array(exactOrder.prefix(5))) }
        #expect(e.samples >= 2_048 && e.samples <= 1 << 16)
        #expect(e.separated || e.samples == 1 << 16)
    }

    /// Rounds double from 2,048 and stop at the cap; the samples of a shorter run are a prefix of a longer one's,
    /// so capping at 2,048 equals one round.
    @Test func roundsDoubleUpToTheCap() throws {
        let g = try PathCentralityFixtures.graph("lesmis").graph
        let one = Betweenness.estimateTopK(g, k: 10, weighted: false, maxSamples: 0, seed: 3)
        #expect(one.samples == 2_048 && one.rounds == 1)
        let capped = Betweenness.estimateTopK(g, k: 77, weighted: false, maxSamples: 5_000, seed: 3)
        #expect(capped.samples == 5_000 && capped.rounds == 3 && !capped.separated)
    }

    /// A star: the center is the only node with betweenness, so the top-1 separates in the first round; the radius
    /// of a never-hit leaf is the small variance-free term.
    @Test func aClearLeaderSeparatesAtOnce() {
        var b = GraphBuilder(nodeCount: 50)
        for v in 1..<50 { b.addEdge(0, v) }
        let e = Betweenness.estimateTopK(b.build(), k: 1, weighted: false, maxSamples: 1 << 20, seed: 1)
        #expect(e.separated && e.rounds == 1 && e.top == [0])
        #expect(e.radius[1] < 0.05 && e.values[1] == 0)
    }

    @Test func deterministicWhateverTheThreads() throws {
        let g = try PathCentralityFixtures.graph("lesmis").graph
        let a = Betweenness.estimateTopK(g, k: 10, weighted: true, maxSamples: 20_000, seed: 5, threads: 1)
        let b = Betweenness.estimateTopK(g, k: 10, weighted: true, maxSamples: 20_000, seed: 5, threads: 3)
        #expect(ValueComparison.bitDifferences(a.values, b.values).isEmpty && a.samples == b.samples)
    }

    /// A work budget cuts the rounds: with room for about three rounds of 2,048 samples, sampling stops well
    /// before the sample cap, near the budget, at the same sample for any thread count; an unlimited budget gives
    /// the sample-capped run unchanged. The work is the arcs scanned, a pure function of the draws.
    @Test func workBudgetCutsTheRounds() throws {
        let g = try PathCentralityFixtures.graph("ca-grqc").graph.unweighted()
        let first = Betweenness.estimateTopK(g, k: 200, weighted: false, maxSamples: 0, seed: 9)
        #expect(first.samples == 2_048 && first.work > 0)
        let budget = first.work * 3
        let a = Betweenness.estimateTopK(g, k: 200, weighted: false, maxSamples: 1 << 20, maxWork: budget, seed: 9)
        let b = Betweenness.estimateTopK(
            g, k: 200, weighted: false, maxSamples: 1 << 20, maxWork: budget, seed: 9, threads: 1)
        #expect(!a.separated && a.samples > 2_048 && a.samples < 4 * 2_048)
        #expect(a.work <= budget + budget / 4 && a.work >= budget / 2)
        #expect(a.samples == b.samples && a.work == b.work && a.values == b.values)
        let unlimited = Betweenness.estimateTopK(g, k: 10, weighted: false, maxSamples: 5_000, seed: 3)
        let capped = Betweenness.estimateTopK(g, k: 10, weighted: false, maxSamples: 5_000, maxWork: .max, seed: 3)
        #expect(unlimited.samples == capped.samples && unlimited.values == capped.values)
    }
}
