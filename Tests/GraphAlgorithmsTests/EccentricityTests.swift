import Testing

@testable import GraphAlgorithms

struct EccentricityTests {
    @Test(arguments: BetweennessTests.fixtureGraphs)
    func diameterMatchesNetworkxReference(_ name: String) throws {
        let g = try BetweennessTests.load(name).graph
        let reference = try PathCentralityFixtures.reference(name)
        let expected = try #require(reference.number("diameter").map { Int($0) }, "\(name): reference has no diameter")
        let component = PathCentralityFixtures.largestComponent(g)
        #expect(Eccentricity.diameter(g, component: component) == expected)
        #expect(Eccentricity.diameter(g, component: component, threads: 1) == expected)
        let bounds = Eccentricity.diameterBounds(g, component: component)
        #expect(bounds.lower == expected && bounds.upper == expected, "\(name): \(bounds)")
        // With a tiny budget the bounds still hold.
        let rough = Eccentricity.diameterBounds(g, component: component, maxSearches: 4)
        #expect(rough.lower <= expected && expected <= rough.upper, "\(name): \(rough)")
    }

    @Test func pathsCyclesAndSubsets() {
        var path = GraphBuilder()
        for i in 0..<9 { path.addEdge(i, i + 1) }
        let p = path.build()
        #expect(Eccentricity.diameter(p, component: Array(0..<10)) == 9)
        #expect(Eccentricity.diameterBounds(p, component: Array(0..<10)) == (9, 9))
        // The search stays inside the given set.
        #expect(Eccentricity.diameter(p, component: [2, 3, 4]) == 2)
        var cycle = GraphBuilder()
        for i in 0..<11 { cycle.addEdge(i, (i + 1) % 11) }
        #expect(Eccentricity.diameter(cycle.build(), component: Array(0..<11)) == 5)
        let bounds = Eccentricity.diameterBounds(cycle.build(), component: Array(0..<11))
        #expect(bounds.lower == 5 && bounds.upper == 5)
        #expect(Eccentricity.diameter(p, component: [4]) == 0)
        #expect(Eccentricity.diameter(p, component: []) == 0)
        // No edges at all: the largest finite distance is 0.
        let empty = GraphBuilder(nodeCount: 3).build()
        #expect(Eccentricity.diameter(empty, component: [0, 1, 2]) == 0)
        #expect(Eccentricity.diameterBounds(empty, component: [0, 1, 2]) == (0, 0))
    }

    /// Reference: networkx 3.6.1, `nx.diameter(D.subgraph([0, 1, 2]))` and `([3, 4, 5])` on the `DiGraph`
    /// `PathCentralityInlineGraphs.directed()`: both 2 (directed 3-cycles).
    @Test func directedStronglyConnectedSet() {
        let g = PathCentralityInlineGraphs.directed()
        #expect(Eccentricity.diameter(g, component: [0, 1, 2]) == 2)
        #expect(Eccentricity.diameter(g, component: [3, 4, 5]) == 2)
        let bounds = Eccentricity.diameterBounds(g, component: [0, 1, 2])
        #expect(bounds.lower <= 2 && 2 <= bounds.upper)
    }
}
