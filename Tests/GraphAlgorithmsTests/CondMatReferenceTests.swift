import Testing

@testable import GraphAlgorithms

/// Newman's cond-mat co-authorship network (16,726 nodes, 47,594 weighted edges, 1,188 components), read from its
/// GML, against networkx 3.6.1 / igraph / leidenalg (Fixtures/reference/cond-mat*.json).
@Suite struct CondMatReferenceTests {
    static func load() throws -> (ReferenceGraph, ReferenceGraph) {
        let main = try ReferenceGraph.load("cond-mat", graphFile: "cond-mat.gml")
        let paths = try ReferenceGraph.load("cond-mat-paths", graphFile: "cond-mat.gml")
        return (main, paths)
    }

    @Test func structureAndSpectralMeasures() throws {
        let (ref, _) = try Self.load()
        let g = ref.file.graph
        #expect(ref.file.issues.isEmpty)
        #expect(Double(g.nodeCount) == ref.number("nodesCount"))
        #expect(Double(g.edgeCount) == ref.number("edgesCount"))
        let c = Components(g)
        #expect(Double(c.count) == ref.number("components"))
        #expect(Double(c.largestSize) == ref.number("largestComponent"))
        try StructureReferenceTests.expectLocalMeasures(g, ref)
        #expect(try ref.close(PageRank.compute(g).scores, "pagerank", within: 1e-10))
        #expect(try ref.close(PageRank.compute(g, weighted: false).scores, "pagerankUnweighted", within: 1e-10))
        let eigen = Eigenvector.compute(g)
        #expect(eigen.converged)
        #expect(try ref.close(eigen.scores, "eigenvectorLargestComponent", within: 1e-9, nodes: c.members(of: 0)))
    }

    @Test func exactBetweennessAndCloseness() throws {
        let (_, paths) = try Self.load()
        let g = paths.file.graph
        #expect(try paths.close(Betweenness.exact(g, weighted: false), "betweenness", within: 1e-9))
        #expect(try paths.close(Closeness.closeness(g, weighted: false), "closeness", within: 1e-9))
        #expect(try paths.close(Closeness.harmonic(g, weighted: true), "harmonicWeighted", within: 1e-9))
        let c = Components(g)
        #expect(Double(Eccentricity.diameter(g, component: c.members(of: 0))) == paths.number("diameter"))
    }

    @Test func communitiesAreAsGoodAsTheReferenceLibraries() throws {
        let (ref, _) = try Self.load()
        let modularity = try #require(ref.json["modularity"] as? [String: Any])
        let best = try #require(modularity["best"] as? Double)
        let leiden = Leiden.run(ref.file.graph, seed: 42)
        #expect(leiden.modularity >= best - 0.002)
        #expect(CommunityFixtures.disconnectedCommunities(leiden.membership, in: ref.file.graph).isEmpty)
        // Louvain too is held to the best of all three libraries (a Leiden result, 0.0044 above igraph's Louvain).
        let louvain = Louvain.run(ref.file.graph, seed: 42)
        #expect(louvain.modularity >= best - 0.002, "Louvain \(louvain.modularity) vs best \(best)")
        #expect(CommunityFixtures.disconnectedCommunities(louvain.membership, in: ref.file.graph).isEmpty)
    }
}
