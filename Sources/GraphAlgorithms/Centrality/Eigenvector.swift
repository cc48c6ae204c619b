/// Eigenvector centrality, weighted: the Perron eigenvector of the adjacency matrix (entries = edge weights),
/// computed per connected component and scaled to unit Euclidean norm within each component (so values are
/// comparable inside a component, not across components); isolated nodes get 0. On a connected graph this equals
/// networkx's `eigenvector_centrality_numpy(G, weight="weight")`. Directed graphs use the in-edges
/// (a node is central when central nodes point to it), as networkx.
///
/// Power iteration on A + I (the shift keeps the eigenvectors and avoids oscillation on bipartite components),
/// Bonacich (1972).
/// - Complexity: O(k·(n + m)) for k iterations.
public enum Eigenvector {
    public struct Result: Sendable {
        public let scores: [Double]
        public let iterations: Int
        public let converged: Bool
    }

    public static func compute(_ g: CSRGraph, tolerance: Double = 1e-14, maxIterations: Int = 100_000) -> Result {
        let n = g.nodeCount
        guard n > 0 else { return Result(scores: [], iterations: 0, converged: true) }
        let components = Components(g)
        let membership = components.membership
        let k = components.count
        var x = [Double](repeating: 1, count: n)
        var next = [Double](repeating: 0, count: n)
        var done = [Bool](repeating: false, count: k)
        for c in 0..<k where components.sizes[c] == 1 { done[c] = true }
        for v in 0..<n where done[membership[v]] { x[v] = 0 }
        var remaining = done.filter { !$0 }.count
        var iterations = 0
        var norms = [Double](repeating: 0, count: k)
        var changes = [Double](repeating: 0, count: k)
        while remaining > 0 && iterations < maxIterations {
            iterations += 1
            for v in 0..<n {
                if done[membership[v]] { next[v] = x[v]; continue }
                var s = x[v]
                for e in g.inNeighborRange(v) { s += g.inWeights[e] * x[Int(g.inSources[e])] }
                next[v] = s
            }
            for c in 0..<k { norms[c] = 0; changes[c] = 0 }
            for v in 0..<n where !done[membership[v]] { norms[membership[v]] += next[v] * next[v] }
            for c in 0..<k where !done[c] { norms[c] = norms[c].squareRoot() }
            for v in 0..<n {
                let c = membership[v]
                guard !done[c] else { continue }
                next[v] /= norms[c]
                changes[c] = max(changes[c], abs(next[v] - x[v]))
            }
            swap(&x, &next)
            for c in 0..<k where !done[c] && changes[c] < tolerance {
                done[c] = true
                remaining -= 1
            }
        }
        return Result(scores: x, iterations: iterations, converged: remaining == 0)
    }
}
