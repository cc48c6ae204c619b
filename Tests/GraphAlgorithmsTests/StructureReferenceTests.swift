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
        let d = Degrees(g)
        #expect(ReferenceGraph.maxError(d.degree.map(Double.init), try #require(ref.values("degree"))) == 0)
        #expect(ReferenceGraph.maxError(d.strength, try #require(ref.values("strength"))) < 1e-9)
        #expect(
            ReferenceGraph.maxError(CoreNumber.coreness(g).map(Double.init), try #require(ref.values("coreness"))) == 0)
        let cl = Clustering(g)
        #expect(ReferenceGraph.maxError(cl.coefficients, try #require(ref.values("clustering"))) < 1e-12)
        #expect(abs(cl.transitivity - (ref.number("transitivity") ?? .nan)) < 1e-12)
    }

    @Test(arguments: graphs) func pageRank(_ name: String, _ file: String, _ unweighted: Bool) throws {
        let ref = try ReferenceGraph.load(name, graphFile: file, unweighted: unweighted)
        let weighted = PageRank.compute(ref.file.graph)
        #expect(weighted.converged)
        #expect(ReferenceGraph.maxError(weighted.scores, try #require(ref.values("pagerank"))) < 1e-10)
        if let plain = ref.values("pagerankUnweighted") {
            #expect(ReferenceGraph.maxError(PageRank.compute(ref.file.graph, weighted: false).scores, plain) < 1e-10)
        }
    }

    @Test(arguments: graphs) func eigenvector(_ name: String, _ file: String, _ unweighted: Bool) throws {
        let ref = try ReferenceGraph.load(name, graphFile: file, unweighted: unweighted)
        let g = ref.file.graph
        let c = Components(g)
        if let values = ref.values("eigenvector") {
            #expect(c.count == 1)
            let r = Eigenvector.compute(g)
            #expect(r.converged)
            #expect(ReferenceGraph.maxError(r.scores, values) < 1e-9)
        } else {
            // Disconnected: the reference is the largest component alone; ours is per component.
            let values = try #require(ref.values("eigenvectorLargestComponent"))
            let r = Eigenvector.compute(g)
            let members = c.members(of: 0)
            #expect(ReferenceGraph.maxError(members.map { r.scores[$0] }, members.map { values[$0] }) < 1e-9)
        }
    }
}
