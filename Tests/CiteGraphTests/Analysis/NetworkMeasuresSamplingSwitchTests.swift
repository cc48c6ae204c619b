import CiteGraph
import GraphAlgorithms
import Testing

/// The switch between exact and sampled path measures at `MeasureOptions.timeBudget` (against the time
/// `PathCostModel` predicts from n and m), exercised on a small graph with the budget set around its prediction.
struct NetworkMeasuresSamplingSwitchTests {
    /// Two 30-node cycles joined by an edge, and a separate path of 5 nodes (65 nodes).
    static func graph() -> CSRGraph {
        var b = GraphBuilder(nodeCount: 65)
        for c in 0..<2 {
            for i in 0..<30 { b.addEdge(30 * c + i, 30 * c + (i + 1) % 30, weight: Double(1 + i % 3)) }
        }
        b.addEdge(0, 30)
        for v in 61..<65 { b.addEdge(v - 1, v) }
        return b.build()
    }

    @Test func withinTheBudgetEverythingIsExact() {
        let g = Self.graph()
        let predicted = PathCostModel.exactSeconds(g)
        #expect(predicted > 0)
        let m = NetworkMeasures(g, options: MeasureOptions(timeBudget: predicted))
        #expect(m.pathPlan.exact && m.pathPlan.predictedExactSeconds == predicted)
        #expect(m.betweennessEstimate == nil && m.closenessEstimate == nil)
        #expect(m.betweenness == Betweenness.exact(g, weighted: false))
        #expect(m.betweennessWeighted == Betweenness.exact(g, weighted: true))
        #expect(m.closeness == Closeness.closeness(g, weighted: false))
        #expect(m.harmonicWeighted == Closeness.harmonic(g, weighted: true))
        #expect(m.diameter == (31, 31))
    }

    @Test func overTheBudgetPathMeasuresAreSampled() throws {
        let g = Self.graph()
        let options = MeasureOptions(seed: 7, timeBudget: PathCostModel.exactSeconds(g) * 0.99)
        let m = NetworkMeasures(g, options: options)
        #expect(!m.pathPlan.exact)
        let estimate = Betweenness.estimateTopK(
            g, k: options.rankedTop, weighted: false, maxSamples: m.pathPlan.maxSamples, maxWork: m.pathPlan.maxWork,
            seed: 7)
        #expect(m.betweenness == estimate.values)
        let sampled = try #require(m.betweennessEstimate)
        #expect(sampled.samples == estimate.samples && sampled.epsilon == estimate.epsilon)
        #expect(sampled.shown == 20 && sampled.smallestShown == estimate.values[estimate.top[19]])
        #expect(m.betweennessWeighted == nil && m.closenessWeighted == nil && m.harmonicWeighted == nil)
        let closeness = Closeness.estimate(g, seed: 7, threads: options.threads)
        #expect(m.closeness == closeness.closeness && m.harmonic == closeness.harmonic)
        #expect(m.closenessEstimate?.pivots == closeness.pivots)
        // Bounds instead of the exact diameter; on a graph this small they meet.
        #expect(m.diameter == (31, 31))
    }

    /// `--exact` wins over any budget.
    @Test func forceExactIgnoresTheBudget() {
        let g = Self.graph()
        let m = NetworkMeasures(g, options: MeasureOptions(timeBudget: 0, forceExact: true))
        #expect(m.pathPlan.exact && m.betweennessEstimate == nil)
        #expect(m.betweenness == Betweenness.exact(g, weighted: false))
    }
}
