import CiteGraph
import GraphAlgorithms
import Testing

/// The switch between exact and sampled path measures at `MeasureOptions.exactThreshold` (20,000 nodes by default),
/// exercised on a small graph with the threshold lowered around its size.
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

    @Test func atTheThresholdEverythingIsExact() {
        let g = Self.graph()
        let m = NetworkMeasures(g, options: MeasureOptions(exactThreshold: g.nodeCount))
        #expect(m.betweennessEstimate == nil && m.closenessEstimate == nil)
        #expect(m.betweenness == Betweenness.exact(g, weighted: false))
        #expect(m.betweennessWeighted == Betweenness.exact(g, weighted: true))
        #expect(m.closeness == Closeness.closeness(g, weighted: false))
        #expect(m.harmonicWeighted == Closeness.harmonic(g, weighted: true))
        #expect(m.diameter == (31, 31))
    }

    @Test func aboveTheThresholdPathMeasuresAreSampled() throws {
        let g = Self.graph()
        let options = MeasureOptions(seed: 7, exactThreshold: g.nodeCount - 1)
        let m = NetworkMeasures(g, options: options)
        let estimate = Betweenness.estimate(g, weighted: false, seed: 7)
        #expect(m.betweenness == estimate.values)
        let sampled = try #require(m.betweennessEstimate)
        #expect(sampled.samples == estimate.samples && sampled.epsilon == estimate.epsilon)
        #expect(m.betweennessWeighted == nil && m.closenessWeighted == nil && m.harmonicWeighted == nil)
        let closeness = Closeness.estimate(g, seed: 7, threads: options.threads)
        #expect(m.closeness == closeness.closeness && m.harmonic == closeness.harmonic)
        #expect(m.closenessEstimate?.pivots == closeness.pivots)
        // Bounds instead of the exact diameter; on a graph this small they meet.
        #expect(m.diameter == (31, 31))
    }
}
