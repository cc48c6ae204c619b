/// Local clustering coefficients and transitivity of an undirected graph, unweighted, as networkx's
/// `clustering(G)` and `transitivity(G)`: c(v) = 2·T(v) / (d(v)(d(v)−1)) (0 when d(v) < 2), transitivity =
/// 3·triangles / connected triples. Directed graphs are taken as their undirected view.
///
/// Triangles are counted once each by the forward algorithm (edges oriented from lower to higher
/// (degree, id) rank; Schank & Wagner 2005, Latapy 2008).
/// - Complexity: O(m·√m) time, O(n + m) memory.
public struct Clustering: Sendable {
    /// Triangles through each node.
    public let triangles: [Int]
    public let coefficients: [Double]
    public let transitivity: Double

    public init(_ input: CSRGraph) {
        let g = input.isDirected ? input.undirected() : input
        let n = g.nodeCount
        // Rank by (degree, id); keep each node's higher-ranked neighbors.
        @inline(__always) func higher(_ a: Int, _ b: Int) -> Bool {
            let da = g.degree(a), db = g.degree(b)
            return da != db ? da > db : a > b
        }
        var fwdOffsets = [Int](repeating: 0, count: n + 1)
        var fwd: [Int32] = []
        fwd.reserveCapacity(g.targets.count / 2)
        for u in 0..<n {
            for e in g.neighborRange(u) where higher(Int(g.targets[e]), u) { fwd.append(g.targets[e]) }
            fwdOffsets[u + 1] = fwd.count
        }
        var tri = [Int](repeating: 0, count: n)
        var mark = [Int32](repeating: -1, count: n)
        for u in 0..<n {
            let lo = fwdOffsets[u], hi = fwdOffsets[u + 1]
            for i in lo..<hi { mark[Int(fwd[i])] = Int32(u) }
            for i in lo..<hi {
                let v = Int(fwd[i])
                for j in fwdOffsets[v]..<fwdOffsets[v + 1] {
                    let w = Int(fwd[j])
                    if mark[w] == Int32(u) {
                        tri[u] += 1
                        tri[v] += 1
                        tri[w] += 1
                    }
                }
            }
        }
        var coefficients = [Double](repeating: 0, count: n)
        var closed = 0.0, triples = 0.0
        for v in 0..<n {
            let d = g.degree(v)
            guard d >= 2 else { continue }
            let pairs = Double(d * (d - 1))
            coefficients[v] = Double(2 * tri[v]) / pairs
            closed += Double(2 * tri[v])
            triples += pairs
        }
        triangles = tri
        self.coefficients = coefficients
        transitivity = closed == 0 ? 0 : closed / triples
    }
}
