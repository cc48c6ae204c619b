import Testing

@testable import GraphAlgorithms

/// Values in this file were computed with networkx 3.6.1 on the same small graphs (pagerank with tol=1e-15).
@Suite struct StructureTests {
    /// 0-1 (2), 0-2, 1-2, 2-3 (3), 3-4, 5-6: a triangle with a tail, and a separate pair.
    static var small: CSRGraph {
        var b = GraphBuilder(nodeCount: 7)
        for (u, v, w) in [(0, 1, 2.0), (0, 2, 1.0), (1, 2, 1.0), (2, 3, 3.0), (3, 4, 1.0), (5, 6, 1.0)] {
            b.addEdge(u, v, weight: w)
        }
        return b.build()
    }

    @Test func componentsAreCanonical() {
        let c = Components(Self.small)
        #expect(c.count == 2)
        #expect(c.sizes == [5, 2])
        #expect(c.membership == [0, 0, 0, 0, 0, 1, 1])
        var b = GraphBuilder(nodeCount: 5)
        b.addEdge(3, 4)
        b.addEdge(4, 2)
        let d = Components(b.build())
        // {2,3,4} is largest → 0; then {0}, {1} by smallest member.
        #expect(d.membership == [1, 2, 0, 0, 0])
    }

    @Test func componentsAgreeWithBFSOnRandomGraphs() {
        var rng = TestRandom(seed: 9)
        for _ in 0..<5 {
            var b = GraphBuilder(nodeCount: 80)
            for _ in 0..<70 { b.addEdge(rng.next(80), rng.next(80)) }
            let g = b.build()
            let c = Components(g)
            // Same component iff reachable.
            for s in stride(from: 0, to: 80, by: 7) {
                var seen = Set([s]), stack = [s]
                while let u = stack.popLast() {
                    for v in g.neighbors(u) where seen.insert(v).inserted { stack.append(v) }
                }
                for v in 0..<80 { #expect((c.membership[v] == c.membership[s]) == seen.contains(v)) }
            }
            #expect(c.sizes.reduce(0, +) == 80)
            #expect(c.sizes == c.sizes.sorted(by: >))
        }
    }

    @Test func degreesAndDensity() {
        let g = Self.small
        let d = Degrees(g)
        #expect(d.degree == [2, 2, 3, 2, 1, 1, 1])
        #expect(d.strength == [3, 3, 5, 4, 1, 1, 1])
        #expect(abs(g.density - 6.0 / 21.0) < 1e-15)
    }

    @Test func coreNumbersMatchNetworkx() {
        #expect(CoreNumber.coreness(Self.small) == [2, 2, 2, 1, 1, 1, 1])
        var b = GraphBuilder(directed: true)
        for (u, v) in [(0, 1), (1, 2), (2, 0), (0, 3)] { b.addEdge(u, v) }
        #expect(CoreNumber.coreness(b.build()) == [2, 2, 2, 1])
    }

    /// Coreness invariant: in the subgraph of nodes with coreness ≥ k, every node has degree ≥ k, and a node of
    /// coreness k has fewer than k+1 neighbors of coreness ≥ k+1... checked as the defining property on random graphs.
    @Test func corenessInvariant() {
        var rng = TestRandom(seed: 4)
        var b = GraphBuilder(nodeCount: 120)
        for _ in 0..<500 { b.addEdge(rng.next(120), rng.next(120)) }
        let g = b.build()
        let core = CoreNumber.coreness(g)
        for k in 1...(core.max() ?? 0) {
            let inside = Set((0..<120).filter { core[$0] >= k })
            for v in inside { #expect(g.neighbors(v).filter { inside.contains($0) }.count >= k) }
        }
        // Maximality: peeling the (k+1)-core condition from nodes of coreness exactly k fails.
        for v in 0..<120 where core[v] > 0 {
            let higher = g.neighbors(v).filter { core[$0] > core[v] }.count
            #expect(higher <= core[v])
        }
    }

    @Test func clusteringMatchesNetworkx() {
        let c = Clustering(Self.small)
        #expect(c.coefficients == [1, 1, 1.0 / 3.0, 0, 0, 0, 0])
        #expect(c.transitivity == 0.5)
        #expect(c.triangles == [1, 1, 1, 0, 0, 0, 0])
    }

    @Test func pageRankMatchesNetworkx() {
        let expected = [
            0.13215013576865248, 0.13215013576865248, 0.21080286708536192, 0.1795909313274025,
            0.05959164433564497, 0.14285714285714285, 0.14285714285714285,
        ]
        let r = PageRank.compute(Self.small)
        #expect(r.converged)
        #expect(ValueComparison.close(r.scores, expected, within: 1e-12))
        var d = GraphBuilder(directed: true)
        for (u, v, w) in [(0, 1, 1.0), (1, 2, 2.0), (2, 0, 1.0), (0, 3, 1.0)] { d.addEdge(u, v, weight: w) }
        let directed = PageRank.compute(d.build())
        let expectedDirected = [0.307853403141362, 0.21376215407628998, 0.2646222887060581, 0.21376215407628998]
        #expect(ValueComparison.close(directed.scores, expectedDirected, within: 1e-12))
    }

    @Test func eigenvectorIsWholeGraphAndPerComponent() {
        let expected = [
            0.3663504639099243, 0.3663504639099245, 0.6376178151013432, 0.5507607038166847, 0.14724416519069883,
        ]
        let r = Eigenvector.compute(Self.small)
        #expect(r.converged)
        #expect(r.scores.count == 7)
        #expect(ValueComparison.close(Array(r.scores.prefix(5)), expected, within: 1e-9))
        // Whole graph: the pair {5, 6} (λ = 1) scores 0 next to the larger component; per component it has unit
        // norm of its own, and the larger component's values are the same in both.
        #expect(Array(r.scores.suffix(2)) == [0, 0])
        let unit = Double(0.5).squareRoot()
        #expect(ValueComparison.close(Array(r.perComponent.suffix(2)), [unit, unit], within: 1e-12))
        #expect(ValueComparison.close(Array(r.perComponent.prefix(5)), expected, within: 1e-9))
    }

    /// A seeded random graph with n + 2m ≥ 100,000 adjacency entries, above the size below which `Eigenvector`
    /// forces one thread, so the parallel path really runs and is compared with the serial one.
    @Test func eigenvectorIsIdenticalForAnyThreadCount() {
        var rng = TestRandom(seed: 11)
        let n = 20_000
        var b = GraphBuilder(nodeCount: n)
        for _ in 0..<45_000 { b.addEdge(rng.next(n), rng.next(n), weight: Double(rng.next(4) + 1)) }
        let g = b.build()
        #expect(g.nodeCount + g.targets.count >= 100_000)
        let one = Eigenvector.compute(g, threads: 1)
        #expect(one.converged)
        for threads in [2, 3] {
            let many = Eigenvector.compute(g, threads: threads)
            #expect(many.iterations == one.iterations)
            #expect(ValueComparison.bitDifferences(one.scores, many.scores).isEmpty, "threads=\(threads)")
        }
    }
}
