/// k-core decomposition: the coreness of every node (the largest k such that the node is in a subgraph where
/// every node has degree at least k). Weights are ignored; directed graphs use total degree (in + out), as
/// networkx's `core_number`.
///
/// Batagelj & Zaversnik (2003), "An O(m) Algorithm for Cores Decomposition of Networks": nodes bucket-sorted by
/// degree, processed in increasing order, each neighbor's degree decremented in O(1).
/// - Complexity: O(n + m).
public enum CoreNumber {
    public static func coreness(_ g: CSRGraph) -> [Int] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let undirected = g.isDirected ? g.undirectedMultiplicity() : nil
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n { degree[v] = undirected?.degree[v] ?? g.degree(v) }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { binStart[d] += 1 }
        var start = 0
        for d in 0...maxDegree { let c = binStart[d]; binStart[d] = start; start += c }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var next = binStart
        for v in 0..<n { position[v] = next[degree[v]]; order[position[v]] = v; next[degree[v]] += 1 }
        for i in 0..<n {
            let v = order[i]
            func lower(_ u: Int) {
                guard degree[u] > degree[v] else { return }
                let du = degree[u], pu = position[u], pw = binStart[du], w = order[pw]
                if u != w { order[pu] = w; position[w] = pu; order[pw] = u; position[u] = pw }
                binStart[du] += 1
                degree[u] -= 1
            }
            if let undirected {
                for u in undirected.neighbors[undirected.offsets[v]..<undirected.offsets[v + 1]] { lower(Int(u)) }
            } else {
                for e in g.neighborRange(v) { lower(Int(g.targets[e])) }
            }
        }
        return degree
    }
}

extension CSRGraph {
    /// For directed graphs: each node's out- and in-neighbors in one list (a mutual pair counts twice), as
    /// networkx counts degree in a DiGraph.
    func undirectedMultiplicity() -> (offsets: [Int], neighbors: [Int32], degree: [Int]) {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var neighbors: [Int32] = []
        neighbors.reserveCapacity(targets.count + inSources.count)
        for v in 0..<nodeCount {
            for e in neighborRange(v) { neighbors.append(targets[e]) }
            for e in inNeighborRange(v) { neighbors.append(inSources[e]) }
            offsets[v + 1] = neighbors.count
        }
        return (offsets, neighbors, (0..<nodeCount).map { offsets[$0 + 1] - offsets[$0] })
    }
}
