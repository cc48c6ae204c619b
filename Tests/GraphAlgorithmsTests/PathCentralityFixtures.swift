import Foundation

@testable import GraphAlgorithms

/// Test-only helpers for the shortest-path centrality tests: the fixture graphs and the networkx reference files.
enum PathCentralityFixtures {
    /// A fixture graph with the file's node ids in first-seen order.
    struct Loaded {
        let graph: CSRGraph
        let keys: [String]
    }

    /// Reads `Fixtures/graphs/<name>.txt` with the library's edge-list reader (undirected; `a b` and `b a` are one
    /// edge with weights summed; self-loops dropped, their node kept; ids in first-seen order).
    static func graph(_ name: String) throws -> Loaded {
        let file = try GraphFileReader.read(path: try resource("graphs/\(name)", "txt").path, format: .edgelist)
        return Loaded(graph: file.graph, keys: Array(file.nodeIDs))
    }

    /// The networkx reference values of fixture `<name>` (`Fixtures/reference/<name>.json`, aligned with the node
    /// ids of `Fixtures/graphs/<name>.txt` in first-seen order, as `graph(_:)` numbers them).
    static func reference(_ name: String) throws -> ReferenceGraph {
        try ReferenceGraph.load(name, graphFile: name + ".txt")
    }

    enum FixtureError: Error {
        case missingResource(String)
    }

    static func resource(_ name: String, _ ext: String) throws -> URL {
        if let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures") { return url }
        // Some Foundation versions do not accept a path in the resource name.
        let parts = name.split(separator: "/")
        if parts.count == 2,
            let url = Bundle.module.url(
                forResource: String(parts[1]), withExtension: ext,
                subdirectory: "Fixtures/\(parts[0])")
        {
            return url
        }
        throw FixtureError.missingResource("Fixtures/\(name).\(ext)")
    }

    /// The nodes of the largest connected component (ties: the one with the smallest node id).
    static func largestComponent(_ g: CSRGraph) -> [Int] {
        var seen = [Bool](repeating: false, count: g.nodeCount)
        var best: [Int] = []
        for s in 0..<g.nodeCount where !seen[s] {
            var component = [s]
            seen[s] = true
            var head = 0
            while head < component.count {
                let v = component[head]
                head += 1
                for w in g.neighbors(v) where !seen[w] {
                    seen[w] = true
                    component.append(w)
                }
            }
            if component.count > best.count { best = component }
        }
        return best
    }

    /// A generated graph above the 20,000-node size where CiteGraph switches to sampled path measures: a path of
    /// 7,000 nodes with 8 seeded chords (large betweenness values, long distances) and 4,400 triangles (small
    /// components, measured exactly by the samplers). Unweighted, undirected; 20,200 nodes.
    static func largeSparseGraph() -> CSRGraph {
        let pathNodes = 7_000, triangles = 4_400
        var b = GraphBuilder(nodeCount: pathNodes + 3 * triangles)
        for v in 1..<pathNodes { b.addEdge(v - 1, v) }
        var rng = TestRandom(seed: 20_000)
        for _ in 0..<8 { b.addEdge(rng.next(pathNodes), rng.next(pathNodes)) }
        for t in 0..<triangles {
            let a = pathNodes + 3 * t
            b.addEdge(a, a + 1)
            b.addEdge(a + 1, a + 2)
            b.addEdge(a + 2, a)
        }
        return b.build()
    }
}
