import Testing

@testable import GraphAlgorithms

/// Small graphs whose reference values were computed with networkx 3.6.1 and pasted below (see each test).
enum PathCentralityInlineGraphs {
    /// Undirected, weighted, disconnected: a 7-node component (0…6) whose two 0–3 paths have mathematically equal
    /// lengths 0.1+0.2+0.3 but different floating-point sums (0.6000000000000001 from 0, 0.6 from 3), a separate
    /// edge 7–8 and an isolated node 9.
    static func disconnected() -> CSRGraph {
        var b = GraphBuilder(nodeCount: 10)
        for (u, v, w) in [
            (0, 1, 10.0), (1, 2, 5.0), (2, 3, 10.0 / 3), (0, 4, 10.0 / 3), (4, 5, 5.0), (5, 3, 10.0),
            (3, 6, 1.0), (7, 8, 2.0),
        ] {
            b.addEdge(u, v, weight: w)
        }
        return b.build()
    }

    /// Directed, weighted: strongly connected parts {0,1,2} and {3,4,5}, and node 6 with no arcs.
    static func directed() -> CSRGraph {
        var b = GraphBuilder(nodeCount: 7, directed: true)
        for (u, v, w) in [
            (0, 1, 1.0), (1, 2, 2.0), (2, 0, 1.0), (2, 3, 1.0), (3, 4, 4.0), (1, 4, 1.0), (4, 5, 1.0),
            (5, 3, 2.0), (0, 3, 0.5),
        ] {
            b.addEdge(u, v, weight: w)
        }
        return b.build()
    }
}

struct BetweennessTests {
    static let fixtureGraphs = ["karate", "lesmis", "florentine", "ca-grqc"]

    /// ca-grqc's reference is unweighted (SNAP lists each edge in both directions).
    static func load(_ name: String) throws -> PathCentralityFixtures.Loaded {
        let loaded = try PathCentralityFixtures.graph(name)
        return name == "ca-grqc" ? .init(graph: loaded.graph.unweighted(), keys: loaded.keys) : loaded
    }

    /// Unweighted betweenness on every fixture against networkx, within 1e-9.
    @Test(arguments: fixtureGraphs)
    func matchesNetworkxReference(_ name: String) throws {
        let fixture = try Self.load(name)
        let reference = try PathCentralityFixtures.reference(name)
        let expected = try reference.values("betweenness")
        let (error, at) = ValueComparison.maxError(Betweenness.exact(fixture.graph, weighted: false), expected)
        #expect(error <= 1e-9, "\(name): off by \(error) at \(at >= 0 ? fixture.keys[at] : "-")")
    }

    /// Weighted betweenness on the weighted fixtures against the exact-rational reference
    /// (`betweennessWeightedExact`: networkx with `Fraction` distances), within 1e-9, on every node where
    /// networkx's float run agrees with it. On the others (karate: 8 nodes, off by up to 0.0019; lesmis: none) two
    /// float path lengths that are equal as rationals differ in the last bit; we follow networkx's float tie rule
    /// there, as documented, so those nodes equal networkx's float values.
    @Test(arguments: [("karate", 8), ("lesmis", 0)])
    func weightedMatchesTheExactReference(_ name: String, floatTieNodes: Int) throws {
        let fixture = try Self.load(name)
        #expect(!fixture.graph.isUnweighted)
        let reference = try PathCentralityFixtures.reference(name)
        let exact = try reference.values("betweennessWeightedExact")
        let float = try reference.values("betweennessWeighted")
        let actual = Betweenness.exact(fixture.graph, weighted: true)
        let agreeing = exact.indices.filter { abs(exact[$0] - float[$0]) <= 1e-12 }
        #expect(agreeing.count == exact.count - floatTieNodes, "\(name): \(agreeing.count) of \(exact.count) agree")
        let (error, at) = ValueComparison.maxError(agreeing.map { actual[$0] }, agreeing.map { exact[$0] })
        #expect(
            error <= 1e-9, "\(name): off the exact value by \(error) at \(at >= 0 ? fixture.keys[agreeing[at]] : "-")")
        let tieNodes = exact.indices.filter { abs(exact[$0] - float[$0]) > 1e-12 }
        #expect(ValueComparison.close(tieNodes.map { actual[$0] }, tieNodes.map { float[$0] }, within: 1e-9))
    }

    @Test(arguments: [false, true])
    func threadCountDoesNotChangeABit(_ weighted: Bool) throws {
        for name in ["lesmis", "ca-grqc"] {
            let g = try Self.load(name).graph
            let one = Betweenness.exact(g, weighted: weighted, threads: 1)
            for threads in [2, 3, 7] {
                let many = Betweenness.exact(g, weighted: weighted, threads: threads)
                let differing = ValueComparison.bitDifferences(one, many)
                #expect(differing.isEmpty, "\(name) threads=\(threads): \(differing.count) values differ")
            }
        }
        // Fewer nodes than blocks, and more threads than blocks.
        let small = PathCentralityInlineGraphs.disconnected()
        #expect(
            ValueComparison.bitDifferences(
                Betweenness.exact(small, weighted: weighted, threads: 1),
                Betweenness.exact(small, weighted: weighted, threads: 16)
            ).isEmpty)
    }

    /// Reference: networkx 3.6.1, `nx.betweenness_centrality(G)`, `(G, weight="distance")` and
    /// `(G, weight="distance", normalized=False)` with `distance = 1/weight`, on
    /// `PathCentralityInlineGraphs.disconnected()` (nodes 0…9 added first).
    @Test func disconnectedGraphMatchesNetworkx() {
        let g = PathCentralityInlineGraphs.disconnected()
        let unweighted = [
            0.05555555555555555, 0.06944444444444445, 0.09722222222222221, 0.19444444444444442,
            0.06944444444444445, 0.09722222222222221, 0.0, 0.0, 0.0, 0.0,
        ]
        let weighted = [
            0.05555555555555555, 0.0625, 0.09027777777777778, 0.19444444444444442, 0.07638888888888888,
            0.10416666666666666, 0.0, 0.0, 0.0, 0.0,
        ]
        let weightedRaw = [2.0, 2.25, 3.25, 7.0, 2.75, 3.75, 0.0, 0.0, 0.0, 0.0]
        #expect(ValueComparison.maxError(Betweenness.exact(g, weighted: false), unweighted).error <= 1e-12)
        // Nodes 1 and 4 are mirror images; only exact floating-point tie handling tells them apart as networkx does.
        #expect(ValueComparison.maxError(Betweenness.exact(g, weighted: true), weighted).error <= 1e-12)
        #expect(
            ValueComparison.maxError(
                Betweenness.exact(g, weighted: true, normalized: false),
                weightedRaw
            ).error <= 1e-12)
    }

    /// Reference: networkx 3.6.1 on the `DiGraph` `PathCentralityInlineGraphs.directed()` (nodes 0…6 added
    /// first): `betweenness_centrality(D)`, `(D, normalized=False)`, `(D, weight="distance")`.
    @Test func directedGraphMatchesNetworkx() {
        let g = PathCentralityInlineGraphs.directed()
        let unweighted = [
            0.03333333333333333, 0.06666666666666667, 0.06666666666666667, 0.13333333333333333,
            0.13333333333333333, 0.03333333333333333, 0.0,
        ]
        let unnormalized = [1.0, 2.0, 2.0, 4.0, 4.0, 1.0, 0.0]
        let weighted = [
            0.03333333333333333, 0.1, 0.06666666666666667, 0.1, 0.13333333333333333,
            0.03333333333333333, 0.0,
        ]
        #expect(ValueComparison.maxError(Betweenness.exact(g, weighted: false), unweighted).error <= 1e-12)
        #expect(
            ValueComparison.maxError(
                Betweenness.exact(g, weighted: false, normalized: false),
                unnormalized
            ).error <= 1e-12)
        #expect(ValueComparison.maxError(Betweenness.exact(g, weighted: true), weighted).error <= 1e-12)
    }

    @Test func tinyGraphs() {
        #expect(Betweenness.exact(GraphBuilder().build(), weighted: false).isEmpty)
        #expect(Betweenness.exact(GraphBuilder(nodeCount: 1).build(), weighted: true) == [0])
        var two = GraphBuilder()
        two.addEdge(0, 1)
        #expect(Betweenness.exact(two.build(), weighted: false) == [0, 0])
        // A path a–b–c: b lies on both ordered pairs (a,c), (c,a); normalized by (n-1)(n-2) = 2.
        var path = GraphBuilder()
        path.addEdge(0, 1, weight: 2)
        path.addEdge(1, 2, weight: 3)
        #expect(Betweenness.exact(path.build(), weighted: true) == [0, 1, 0])
        #expect(Betweenness.exact(path.build(), weighted: false, normalized: false) == [0, 1, 0])
    }

    /// Weighted: an edge with weight 0 (length 1/0) is never part of a path, and the result is the graph without it.
    @Test func zeroWeightEdgesAreNotUsed() {
        var with = GraphBuilder()
        var without = GraphBuilder()
        for (u, v, w) in [(0, 1, 1.0), (1, 2, 2.0), (2, 3, 1.0), (3, 0, 3.0), (1, 4, 1.0)] {
            with.addEdge(u, v, weight: w)
            without.addEdge(u, v, weight: w)
        }
        with.addEdge(0, 2, weight: 0)
        without.ensureNodes(5)
        #expect(Betweenness.exact(with.build(), weighted: true) == Betweenness.exact(without.build(), weighted: true))
        #expect(
            Closeness.closeness(with.build(), weighted: true) == Closeness.closeness(without.build(), weighted: true))
    }
}
