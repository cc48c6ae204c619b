import Testing

@testable import GraphAlgorithms

/// Degree, strength, components, density, coreness, clustering, transitivity, PageRank and eigenvector against
/// networkx on the reference graphs.
@Suite struct StructureReferenceTests {
    static let graphs = smallReferenceGraphs.map { ($0.name, $0.file, false) } + [("ca-grqc", "ca-grqc.txt", true)]

    @Test(arguments: graphs) func summaryAndLocalMeasures(_ name: String, _ file: String, _ unweighted: Bool) throws {
        let ref = try ReferenceGraph.load(name, graphFile: file, unweighted: unweighted)
        let g = ref.file.graph
        #expect(Double(g.nodeCount) == ref.number("nodesCount"))
        #expect(Double(g.edgeCount) == ref.number("edgesCount"))
        let c = Components(g)
        #expect(Double(c.count) == ref.number("components"))
        #expect(Double(c.largestSize) == ref.number("largestComponent"))
        #expect(abs(g.density - (ref.number("density") ?? .nan)) < 1e-12)
        try Self.expectLocalMeasures(g, ref)
    }

    /// Degree, strength, coreness, clustering and transitivity of `g` against `ref` (also used for cond-mat).
    static func expectLocalMeasures(_ g: CSRGraph, _ ref: ReferenceGraph) throws {
        let d = Degrees(g)
        #expect(try ref.close(d.degree.map(Double.init), "degree", within: 0))
        #expect(try ref.close(d.strength, "strength", within: 1e-9))
        #expect(try ref.close(CoreNumber.coreness(g).map(Double.init), "coreness", within: 0))
        let cl = Clustering(g)
        #expect(try ref.close(cl.coefficients, "clustering", within: 1e-12))
        #expect(abs(cl.transitivity - (ref.number("transitivity") ?? .nan)) < 1e-12)
    }

    @Test(arguments: graphs) func pageRank(_ name: String, _ file: String, _ unweighted: Bool) throws {
        let ref = try ReferenceGraph.load(name, graphFile: file, unweighted: unweighted)
        let weighted = PageRank.compute(ref.file.graph)
        #expect(weighted.converged)
        #expect(try ref.close(weighted.scores, "pagerank", within: 1e-10))
        #expect(
            try ref.close(PageRank.compute(ref.file.graph, weighted: false).scores, "pagerankUnweighted", within: 1e-10)
        )
    }

    @Test(arguments: graphs) func eigenvector(_ name: String, _ file: String, _ unweighted: Bool) throws {
        let ref = try ReferenceGraph.load(name, graphFile: file, unweighted: unweighted)
        let g = ref.file.graph
        let c = Components(g)
        let r = Eigenvector.compute(g)
        #expect(r.converged)
        if c.count == 1 {
            #expect(try ref.close(r.scores, "eigenvector", within: 1e-9))
        } else {
            // Disconnected: the reference is the largest component alone; ours is per component.
            #expect(try ref.close(r.scores, "eigenvectorLargestComponent", within: 1e-9, nodes: c.members(of: 0)))
        }
    }
}
