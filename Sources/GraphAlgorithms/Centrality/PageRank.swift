/// PageRank by power iteration, as networkx's `pagerank(G, alpha, weight)`: each node passes its score to its
/// (out-)neighbors in proportion to edge weight; the score of dangling nodes (no out-weight) is spread uniformly;
/// teleport is uniform. Undirected graphs are taken as symmetric directed graphs. Weights are collaboration
/// strengths (or citation counts) — a stronger tie passes more score.
///
/// Page, Brin, Motwani & Winograd (1999). Iterates until the L1 change is below `n·tolerance`.
/// - Complexity: O(k·(n + m)) for k iterations.
public enum PageRank {
    public struct Result: Sendable {
        public let scores: [Double]
        public let iterations: Int
        public let converged: Bool
    }

    public static func compute(
        _ g: CSRGraph, alpha: Double = 0.85, weighted: Bool = true,
        tolerance: Double = 1e-15, maxIterations: Int = 10_000
    ) -> Result {
        let n = g.nodeCount
        guard n > 0 else { return Result(scores: [], iterations: 0, converged: true) }
        let nd = Double(n)
        // Out-weight of each node, and each arc's share of its source's score.
        var outWeight = [Double](repeating: 0, count: n)
        for u in 0..<n {
            var s = 0.0
            for e in g.neighborRange(u) { s += weighted ? g.weights[e] : 1 }
            outWeight[u] = s
        }
        let dangling = (0..<n).filter { outWeight[$0] == 0 }
        var x = [Double](repeating: 1 / nd, count: n)
        var next = [Double](repeating: 0, count: n)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            var danglingSum = 0.0
            for v in dangling { danglingSum += x[v] }
            let base = alpha * danglingSum / nd + (1 - alpha) / nd
            for v in 0..<n { next[v] = 0 }
            // Push along arcs: x[u] · w(u,v) / out(u).
            for u in 0..<n where outWeight[u] > 0 {
                let share = x[u] / outWeight[u]
                for e in g.neighborRange(u) {
                    next[Int(g.targets[e])] += share * (weighted ? g.weights[e] : 1)
                }
            }
            var change = 0.0
            for v in 0..<n {
                let value = alpha * next[v] + base
                change += abs(value - x[v])
                next[v] = value
            }
            swap(&x, &next)
            if change < nd * tolerance { return Result(scores: x, iterations: iterations, converged: true) }
        }
        return Result(scores: x, iterations: iterations, converged: false)
    }
}
