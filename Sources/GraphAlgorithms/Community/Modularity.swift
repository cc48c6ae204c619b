/// Newman–Girvan modularity of a division of a graph's nodes into communities, weighted, with a resolution γ.
///
/// Undirected (Newman 2004, "Analysis of weighted networks"; resolution as in Reichardt & Bornholdt 2006):
///
///     Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]
///
/// where m is the total edge weight, L_c the weight of the edges inside community c (each edge once) and K_c the
/// sum of the strengths (weighted degrees) of c's nodes. This equals igraph's
/// `Graph.modularity(membership, weights=, resolution=)` and networkx's `nx.community.modularity(G, communities,
/// weight=, resolution=)`.
///
/// Directed graphs use the directed formula of networkx (Leicht & Newman 2008):
/// `Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ]` with m the total arc weight and L_c the weight of the arcs inside c.
/// (Louvain and Leiden optimize the undirected view; see `Louvain`.)
///
/// Weight convention: weights are similarities (larger = stronger tie), non-negative; an unweighted graph has
/// every weight 1. A graph without edges (or with total weight 0) has modularity 0 by definition here (igraph
/// returns NaN, networkx divides by zero).
///
/// - Complexity: O(n + m) time, O(n) memory.
public enum Modularity {
    /// Modularity of `membership` (one community label per node, any integers) on `g` at `resolution` γ.
    public static func modularity(_ g: CSRGraph, membership: [Int], resolution: Double = 1) -> Double {
        let n = g.nodeCount
        precondition(membership.count == n, "membership must have one entry per node")
        if n == 0 { return 0 }
        let labels = Partition.canonical(membership)
        return modularity(g, denseLabels: labels, count: (labels.max() ?? -1) + 1, resolution: resolution)
    }

    /// Modularity for labels already dense in `0..<count` (sums run in node order, then community order, so the
    /// value depends only on the graph and the labels).
    static func modularity(_ g: CSRGraph, denseLabels labels: [Int], count k: Int, resolution: Double) -> Double {
        let n = g.nodeCount
        if n == 0 { return 0 }
        var inside = [Double](repeating: 0, count: k)
        var outStrength = [Double](repeating: 0, count: k)
        var inStrength = [Double](repeating: 0, count: k)
        var total = 0.0
        for v in 0..<n {
            let c = labels[v]
            for e in g.neighborRange(v) {
                let w = g.weights[e]
                total += w
                outStrength[c] += w
                if labels[Int(g.targets[e])] == c { inside[c] += w }
            }
        }
        if total <= 0 { return 0 }
        var q = 0.0
        if g.isDirected {
            for v in 0..<n {
                for e in g.inNeighborRange(v) { inStrength[labels[v]] += g.inWeights[e] }
            }
            // m = total arc weight.
            for c in 0..<k {
                q += inside[c] / total - resolution * (outStrength[c] / total) * (inStrength[c] / total)
            }
        } else {
            // total = 2m; inside[c] counts each internal edge twice.
            for c in 0..<k {
                let a = outStrength[c] / total
                q += inside[c] / total - resolution * a * a
            }
        }
        return q
    }
}
