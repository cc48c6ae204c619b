import Foundation
import Testing

@testable import GraphAlgorithms

/// Fixture access for the community-detection tests: the fixture graphs (read with the library's edge-list reader)
/// and the committed reference values of igraph / leidenalg.
enum CommunityFixtures {
    /// The four reference graphs; ca-GrQc lists both directions of every edge, so it is read unweighted.
    static let graphNames = ["karate", "lesmis", "florentine", "ca-grqc"]

    /// Reads `Fixtures/graphs/<name>.txt`: whitespace-separated `u v [w]` lines, `#` starts a comment, node
    /// ids are given in first-seen order, weight defaults to 1. ca-grqc is made unweighted after building.
    static func graph(_ name: String) throws -> CSRGraph {
        let url = try #require(
            Bundle.module.url(
                forResource: "graphs/\(name)", withExtension: "txt",
                subdirectory: "Fixtures"),
            "missing fixture Fixtures/graphs/\(name).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let g = edgeList(text)
        return name == "ca-grqc" ? g.unweighted() : g
    }

    /// Builds an undirected graph from edge-list text with the library's reader (see `graph(_:)`).
    static func edgeList(_ text: String) -> CSRGraph {
        GraphFileReader.parse(text, format: .edgelist, directed: false).graph
    }

    /// `Fixtures/reference/<name>.json` → `modularity` → the requested key (`best`, `igraphMultilevel`, …).
    static func referenceModularity(_ name: String, _ key: String = "best") throws -> Double {
        let url = try #require(
            Bundle.module.url(
                forResource: "reference/\(name)", withExtension: "json",
                subdirectory: "Fixtures"),
            "missing fixture Fixtures/reference/\(name).json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let root = try #require(object as? [String: Any])
        let modularity = try #require(root["modularity"] as? [String: Any], "no \"modularity\" in \(name).json")
        let value = try #require(modularity[key] as? NSNumber, "no modularity.\(key) in \(name).json")
        return value.doubleValue
    }

    /// Checks what every partition must satisfy: one label per node, ids `0..<count` all used, canonical order
    /// (sizes non-increasing, ties by smallest member), modularity consistent, every community connected.
    static func expectValid(
        _ p: Partition, on g: CSRGraph, resolution: Double = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(p.membership.count == g.nodeCount, sourceLocation: sourceLocation)
        #expect(p.membership.allSatisfy { $0 >= 0 && $0 < p.count }, sourceLocation: sourceLocation)
        #expect(Set(p.membership).count == p.count, sourceLocation: sourceLocation)
        #expect(Partition.canonical(p.membership) == p.membership, "ids not canonical", sourceLocation: sourceLocation)
        let q = Modularity.modularity(g.undirected(), membership: p.membership, resolution: resolution)
        #expect(abs(q - p.modularity) < 1e-12, sourceLocation: sourceLocation)
        #expect(
            disconnectedCommunities(p.membership, in: g.undirected()).isEmpty,
            "disconnected communities", sourceLocation: sourceLocation)
    }

    /// Community ids whose members do not form one connected subgraph (independent BFS check).
    static func disconnectedCommunities(_ membership: [Int], in g: CSRGraph) -> [Int] {
        let count = (membership.max() ?? -1) + 1
        var visited = [Bool](repeating: false, count: g.nodeCount)
        var started = [Bool](repeating: false, count: count)
        var bad: [Int] = []
        for s in 0..<g.nodeCount where !visited[s] {
            let c = membership[s]
            if started[c] { bad.append(c) }
            started[c] = true
            visited[s] = true
            var queue = [s]
            while let v = queue.popLast() {
                for u in g.neighbors(v) where !visited[u] && membership[u] == c {
                    visited[u] = true
                    queue.append(u)
                }
            }
        }
        return bad.sorted()
    }

    /// Two disjoint weighted cliques of size k plus `isolated` isolated nodes.
    static func twoCliques(_ k: Int, isolated: Int = 0) -> CSRGraph {
        var b = GraphBuilder(nodeCount: 2 * k + isolated)
        for offset in [0, k] {
            for i in 0..<k { for j in (i + 1)..<k { b.addEdge(offset + i, offset + j, weight: 2) } }
        }
        return b.build()
    }
}
