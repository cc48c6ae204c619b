import Foundation
import Testing

@testable import GraphAlgorithms

/// Eigenvector centrality on disconnected graphs against networkx's `eigenvector_centrality` on the whole graph
/// (Fixtures/reference/eigenvector-disconnected.json, computed by scripts/reference/compute_reference.py
/// --disconnected-eigenvector), and igraph's vector scaled to maximum 1 where the leading eigenvalue is simple.
struct EigenvectorTests {
    struct Case {
        let graph: CSRGraph
        let ids: [String]
        let networkx: [Double]
        let igraphMaxOne: [Double]
    }

    static func load(_ name: String) throws -> Case {
        let url = try #require(
            Bundle.module.url(
                forResource: "reference/eigenvector-disconnected", withExtension: "json", subdirectory: "Fixtures"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let graphs = try #require(json["graphs"] as? [String: Any])
        let entry = try #require(graphs[name] as? [String: Any])
        let edges = try #require(entry["edges"] as? [[Any]])
        var ids: [String] = []
        var index: [String: Int] = [:]
        func node(_ id: String) -> Int {
            if let i = index[id] { return i }
            index[id] = ids.count
            ids.append(id)
            return ids.count - 1
        }
        var b = GraphBuilder()
        for edge in edges {
            let u = node(try #require(edge[0] as? String)), v = node(try #require(edge[1] as? String))
            b.ensureNodes(ids.count)
            b.addEdge(u, v, weight: try #require(edge[2] as? NSNumber).doubleValue)
        }
        let nx = try #require(entry["eigenvector"] as? [String: NSNumber])
        let ig = try #require(entry["eigenvectorIgraphMaxOne"] as? [String: NSNumber])
        #expect(nx.count == ids.count && ig.count == ids.count)
        return Case(
            graph: b.build(), ids: ids, networkx: try ids.map { try #require(nx[$0]).doubleValue },
            igraphMaxOne: try ids.map { try #require(ig[$0]).doubleValue })
    }

    @Test(arguments: ["hub-and-pair", "heavy-pair", "tied-triangles"])
    func wholeGraphMatchesNetworkx(_ name: String) throws {
        let c = try Self.load(name)
        let r = Eigenvector.compute(c.graph)
        #expect(r.converged)
        #expect(ValueComparison.close(r.scores, c.networkx, within: 1e-9), "\(name): \(r.scores) vs \(c.networkx)")
    }

    /// igraph scales the same vector to maximum 1; in the tie it picks one triangle (its start vector), so the
    /// tie case is networkx's only.
    @Test(arguments: ["hub-and-pair", "heavy-pair"])
    func wholeGraphIsIgraphsUpToScale(_ name: String) throws {
        let c = try Self.load(name)
        let scores = Eigenvector.compute(c.graph).scores
        let top = try #require(scores.max())
        #expect(ValueComparison.close(scores.map { $0 / top }, c.igraphMaxOne, within: 1e-9))
    }

    /// The isolated pair outranks no node of the hub component (the bug of issue 13), while its per-component
    /// value is still 1/√2.
    @Test func anIsolatedPairDoesNotOutrankTheHub() throws {
        let c = try Self.load("hub-and-pair")
        let r = Eigenvector.compute(c.graph)
        let p = try #require(c.ids.firstIndex(of: "p")), h = try #require(c.ids.firstIndex(of: "h"))
        #expect(r.scores[p] == 0 && r.scores[h] > 0.6)
        #expect(abs(r.perComponent[p] - Double(0.5).squareRoot()) < 1e-12)
    }
}
