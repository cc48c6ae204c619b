import Testing

@testable import GraphAlgorithms

@Suite struct GraphBuilderTests {
    @Test func mergesParallelEdgesDropsSelfLoopsAndSortsNeighbors() {
        var b = GraphBuilder()
        b.addEdge(2, 0, weight: 1)
        b.addEdge(0, 2, weight: 2.5)
        b.addEdge(0, 1)
        b.addEdge(1, 1)
        b.addEdge(3, 3)
        let g = b.build()
        #expect(g.nodeCount == 4)
        #expect(g.edgeCount == 2)
        #expect(g.selfLoopsDropped == 2)
        #expect(g.parallelEdgesMerged == 1)
        #expect(g.neighbors(0) == [1, 2])
        #expect(g.weight(0, 2) == 3.5)
        #expect(g.weight(2, 0) == 3.5)
        #expect(g.weight(1, 2) == nil)
        #expect(g.degree(3) == 0)
        #expect(g.totalWeight == 4.5)
    }

    @Test func directedGraphsKeepBothAdjacencies() {
        var b = GraphBuilder(directed: true)
        b.addEdge(0, 1, weight: 2)
        b.addEdge(2, 1)
        b.addEdge(0, 1)
        let g = b.build()
        #expect(g.edgeCount == 2)
        #expect(g.weight(0, 1) == 3)
        #expect(g.weight(1, 0) == nil)
        #expect(g.inDegree(1) == 2)
        #expect(g.degree(1) == 0)
        #expect(g.inStrength(1) == 4)
        let u = g.undirected()
        #expect(u.isDirected == false)
        #expect(u.weight(1, 0) == 3)
    }

    /// CSR invariants on a random multigraph: offsets monotone, rows sorted and unique, symmetric weights.
    @Test(arguments: [1 as UInt64, 2, 3]) func csrInvariants(seed: UInt64) {
        var rng = TestRandom(seed: seed)
        var b = GraphBuilder(nodeCount: 60)
        var expected: [Int: Double] = [:]
        for _ in 0..<400 {
            let u = rng.next(60), v = rng.next(60)
            let w = Double(rng.next(5) + 1)
            b.addEdge(u, v, weight: w)
            if u != v { expected[min(u, v) * 1000 + max(u, v), default: 0] += w }
        }
        let g = b.build()
        #expect(g.offsets.count == 61)
        #expect(g.edgeCount == expected.count)
        for u in 0..<60 {
            #expect(g.offsets[u] <= g.offsets[u + 1])
            let row = g.neighbors(u)
            #expect(row == row.sorted())
            #expect(Set(row).count == row.count)
            for v in row {
                #expect(g.weight(u, v) == g.weight(v, u))
                #expect(g.weight(u, v) == expected[min(u, v) * 1000 + max(u, v)])
            }
        }
    }

    @Test func nodeTableMapsBothWays() {
        var t = NodeTable<String>()
        #expect(t.insert("b") == 0)
        #expect(t.insert("a") == 1)
        #expect(t.insert("b") == 0)
        #expect(t.id(of: "a") == 1)
        #expect(t[1] == "a")
        #expect(t.count == 2)
    }
}

/// A tiny deterministic generator for tests (SplitMix64).
struct TestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
