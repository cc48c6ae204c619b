import Testing

@testable import GraphAlgorithms

@Suite("Modularity")
struct ModularityTests {
    /// 7 nodes: a weighted triangle {0,1,2}, a weighted triangle {3,4,5}, a pendant 6 on 5, one light bridge 2–3.
    static let edges: [(Int, Int, Double)] = [
        (0, 1, 2), (1, 2, 1), (0, 2, 1), (2, 3, 0.5), (3, 4, 3), (4, 5, 1),
        (3, 5, 2), (5, 6, 1),
    ]
    static let membership = [0, 0, 0, 1, 1, 1, 2]

    static func graph(directed: Bool = false, extraArcs: [(Int, Int, Double)] = []) -> CSRGraph {
        var b = GraphBuilder(directed: directed)
        for (u, v, w) in edges + extraArcs { b.addEdge(u, v, weight: w) }
        return b.build()
    }

    @Test func matchesNetworkxWeighted() {
        // networkx 3.6.1: nx.community.modularity(G, [{0,1,2},{3,4,5},{6}], weight="weight")
        //   = 0.38657844990548196; with resolution=0.5: 0.6280718336483931; weight=None: 0.3046875
        let g = Self.graph()
        #expect(abs(Modularity.modularity(g, membership: Self.membership) - 0.38657844990548196) < 1e-12)
        #expect(
            abs(Modularity.modularity(g, membership: Self.membership, resolution: 0.5) - 0.6280718336483931) < 1e-12)
        #expect(abs(Modularity.modularity(g.unweighted(), membership: Self.membership) - 0.3046875) < 1e-12)
    }

    @Test func matchesNetworkxDirected() {
        // networkx 3.6.1 on the DiGraph of the same arcs plus 1→0 (w 1) and 4→3 (w 2): 0.4019024970273485
        let g = Self.graph(directed: true, extraArcs: [(1, 0, 1), (4, 3, 2)])
        #expect(abs(Modularity.modularity(g, membership: Self.membership) - 0.4019024970273485) < 1e-12)
    }

    @Test func labelsAreArbitrary() {
        let g = Self.graph()
        let q = Modularity.modularity(g, membership: Self.membership)
        #expect(Modularity.modularity(g, membership: [9, 9, 9, -4, -4, -4, 1_000]) == q)
    }

    @Test func trivialPartitions() {
        let g = Self.graph()
        // One community: Q = 1 − γ.
        #expect(abs(Modularity.modularity(g, membership: [Int](repeating: 0, count: 7))) < 1e-15)
        #expect(
            abs(Modularity.modularity(g, membership: [Int](repeating: 0, count: 7), resolution: 0.25) - 0.75) < 1e-15)
        // Singletons: −Σ (k_i / 2m)².
        let m2 = g.totalWeight * 2
        let expected = -(0..<7).reduce(0.0) { $0 + (g.strength($1) / m2) * (g.strength($1) / m2) }
        #expect(abs(Modularity.modularity(g, membership: Array(0..<7)) - expected) < 1e-15)
    }

    @Test func graphsWithoutEdgesHaveZeroModularity() {
        #expect(Modularity.modularity(GraphBuilder().build(), membership: []) == 0)
        #expect(Modularity.modularity(GraphBuilder(nodeCount: 3).build(), membership: [0, 1, 1]) == 0)
    }
}
