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
        if g.isDirected {
            let u = g.undirectedMultiplicity()
            return peel(n: n, offsets: u.offsets, neighbors: u.neighbors)
        }
        return peel(n: n, offsets: g.offsets, neighbors: g.targets)
    }

    /// Bucket-sort peeling over an adjacency in CSR form (a neighbor listed twice counts twice).
    static func peel(n: Int, offsets: [Int], neighbors: [Int32]) -> [Int] {
        var degree = [Int32](repeating: 0, count: n)
        var maxDegree = 0
        for v in 0..<n {
            let d = offsets[v + 1] - offsets[v]
            degree[v] = Int32(d)
            if d > maxDegree { maxDegree = d }
        }
        var binStart = [Int32](repeating: 0, count: maxDegree + 1)
        var position = [Int32](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        degree.withUnsafeMutableBufferPointer { deg in
            binStart.withUnsafeMutableBufferPointer { bin in
                position.withUnsafeMutableBufferPointer { pos in
                    order.withUnsafeMutableBufferPointer { ord in
                        offsets.withUnsafeBufferPointer { off in
                            neighbors.withUnsafeBufferPointer { adj in
                                for v in 0..<n { bin[Int(deg[v])] += 1 }
                                var start: Int32 = 0
                                for d in 0...maxDegree {
                                    let c = bin[d]
                                    bin[d] = start
                                    start += c
                                }
                                for v in 0..<n {
                                    let d = Int(deg[v])
                                    pos[v] = bin[d]
                                    ord[Int(bin[d])] = Int32(v)
                                    bin[d] += 1
                                }
                                // Restore bin starts.
                                var d = maxDegree
                                while d > 0 {
                                    bin[d] = bin[d - 1]
                                    d -= 1
                                }
                                bin[0] = 0
                                for i in 0..<n {
                                    let v = Int(ord[i])
                                    let dv = deg[v]
                                    for e in off[v]..<off[v + 1] {
                                        let u = Int(adj[e])
                                        let du = deg[u]
                                        guard du > dv else { continue }
                                        let pu = Int(pos[u]), pw = Int(bin[Int(du)]), w = Int(ord[pw])
                                        if u != w {
                                            ord[pu] = Int32(w)
                                            pos[w] = Int32(pu)
                                            ord[pw] = Int32(u)
                                            pos[u] = Int32(pw)
                                        }
                                        bin[Int(du)] += 1
                                        deg[u] = du - 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return degree.map { Int($0) }
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
