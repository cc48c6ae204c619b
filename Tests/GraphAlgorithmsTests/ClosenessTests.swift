import Testing

@testable import GraphAlgorithms

struct ClosenessTests {
    @Test(arguments: BetweennessTests.fixtureGraphs)
    func matchesNetworkxReference(_ name: String) throws {
        let fixture = try BetweennessTests.load(name)
        let reference = try PathCentralityFixtures.reference(name)
        var cases: [(String, Bool, Bool)] = [("closeness", false, false), ("harmonic", false, true)]
        if !fixture.graph.isUnweighted {
            cases += [("closenessWeighted", true, false), ("harmonicWeighted", true, true)]
        }
        for (measure, weighted, harmonic) in cases {
            let expected = try reference.values(measure)
            let actual =
                harmonic
                ? Closeness.harmonic(fixture.graph, weighted: weighted)
                : Closeness.closeness(fixture.graph, weighted: weighted)
            let (error, at) = ValueComparison.maxError(actual, expected)
            #expect(error <= 1e-9, "\(name) \(measure): off by \(error) at \(at >= 0 ? fixture.keys[at] : "-")")
        }
    }

    /// Reference: networkx 3.6.1, `closeness_centrality(G)`, `(G, distance="distance")`, `harmonic_centrality(G)`,
    /// `(G, distance="distance")` with `distance = 1/weight`, on `PathCentralityInlineGraphs.disconnected()`.
    @Test func disconnectedGraphMatchesNetworkx() {
        let g = PathCentralityInlineGraphs.disconnected()
        let closeness = [
            0.3076923076923077, 0.3333333333333333, 0.3636363636363636, 0.39999999999999997,
            0.3333333333333333, 0.3636363636363636, 0.26666666666666666, 0.1111111111111111,
            0.1111111111111111, 0.0,
        ]
        let closenessW = [
            1.176470588235294, 1.212121212121212, 1.290322580645161, 1.4285714285714284,
            1.290322580645161, 1.3793103448275859, 0.5128205128205128, 0.2222222222222222,
            0.2222222222222222, 0.0,
        ]
        let harmonic = [
            3.583333333333333, 3.666666666666667, 3.8333333333333335, 4.333333333333333,
            3.6666666666666665, 3.833333333333333, 2.9166666666666665, 1.0, 1.0, 0,
        ]
        let harmonicW = [
            20.958333333333332, 21.833333333333336, 16.602564102564102, 21.333333333333332,
            16.602564102564102, 22.075757575757578, 4.739219114219114, 2.0, 2.0, 0,
        ]
        #expect(ValueComparison.maxError(Closeness.closeness(g, weighted: false), closeness).error <= 1e-12)
        #expect(ValueComparison.maxError(Closeness.closeness(g, weighted: true), closenessW).error <= 1e-12)
        #expect(ValueComparison.maxError(Closeness.harmonic(g, weighted: false), harmonic).error <= 1e-12)
        #expect(ValueComparison.maxError(Closeness.harmonic(g, weighted: true), harmonicW).error <= 1e-12)
    }

    /// Reference: networkx 3.6.1 on the `DiGraph` `PathCentralityInlineGraphs.directed()`; networkx measures
    /// closeness and harmonic centrality with incoming distances (paths INTO the node).
    @Test func directedGraphUsesIncomingDistancesLikeNetworkx() {
        let g = PathCentralityInlineGraphs.directed()
        let closeness = [
            0.2222222222222222, 0.2222222222222222, 0.2222222222222222, 0.5952380952380952,
            0.5208333333333334, 0.3787878787878788, 0.0,
        ]
        let closenessW = [
            0.26666666666666666, 0.2222222222222222, 0.3333333333333333, 0.6410256410256411,
            0.7936507936507936, 0.43859649122807015, 0.0,
        ]
        let harmonic = [1.5, 1.5, 1.5, 4.0, 3.5, 2.6666666666666665, 0]
        let harmonicW = [
            1.6666666666666665, 1.5, 2.6666666666666665, 4.833333333333333, 7.633333333333333,
            3.0777777777777775, 0,
        ]
        #expect(ValueComparison.maxError(Closeness.closeness(g, weighted: false), closeness).error <= 1e-12)
        #expect(ValueComparison.maxError(Closeness.closeness(g, weighted: true), closenessW).error <= 1e-12)
        #expect(ValueComparison.maxError(Closeness.harmonic(g, weighted: false), harmonic).error <= 1e-12)
        #expect(ValueComparison.maxError(Closeness.harmonic(g, weighted: true), harmonicW).error <= 1e-12)
    }

    @Test func threadCountDoesNotChangeABit() throws {
        let g = try BetweennessTests.load("lesmis").graph
        for weighted in [false, true] {
            let one = Closeness.closeness(g, weighted: weighted, threads: 1)
            let two = Closeness.closeness(g, weighted: weighted, threads: 2)
            #expect(ValueComparison.bitDifferences(one, two).isEmpty)
            let h1 = Closeness.harmonic(g, weighted: weighted, threads: 1)
            let h3 = Closeness.harmonic(g, weighted: weighted, threads: 3)
            #expect(ValueComparison.bitDifferences(h1, h3).isEmpty)
        }
    }

    @Test func tinyGraphs() {
        #expect(Closeness.closeness(GraphBuilder().build(), weighted: false).isEmpty)
        #expect(Closeness.closeness(GraphBuilder(nodeCount: 1).build(), weighted: false) == [0])
        #expect(Closeness.harmonic(GraphBuilder(nodeCount: 2).build(), weighted: true) == [0, 0])
        var two = GraphBuilder()
        two.addEdge(0, 1, weight: 4)
        #expect(Closeness.closeness(two.build(), weighted: true) == [4, 4])
        #expect(Closeness.harmonic(two.build(), weighted: false) == [1, 1])
    }
}
