import Foundation

extension Betweenness {
    /// A sampled betweenness whose sample count adapts to the ranking that will be shown: its top `k`.
    public struct TopKEstimate: Sendable {
        /// Estimates in networkx's normalized scale (`normalized=True`).
        public let values: [Double]
        /// Per node: the half-width of its confidence interval, same scale. All of them hold at once with
        /// probability at least `1 − delta`.
        public let radius: [Double]
        public let samples: Int
        public let rounds: Int
        public let delta: Double
        /// The `k` nodes with the largest estimates (ties by smaller id), best first.
        public let top: [Int]
        /// The largest radius among `top`: every shown value is within `epsilon` of the exact one.
        public let epsilon: Double
        /// The largest radius over all nodes.
        public let epsilonAll: Double
        /// How many of the `k` rank boundaries (between rank i and i + 1) the intervals separate: `top.count`
        /// means the ranking shown is the exact ranking (with probability ≥ 1 − δ).
        public let separatedBoundaries: Int
        /// The boundary below the last shown rank is separated: the shown set is the exact top `k`.
        public let topSetCertain: Bool
        /// True when sampling stopped because the ranking was separated; false when it hit `maxSamples` or
        /// `maxWork`.
        public let separated: Bool
        /// Arcs the searches scanned (the work `maxWork` bounds).
        public let work: Int
    }

    /// Betweenness sampled in rounds until the top-`k` ranking is separated by the confidence intervals, or
    /// `maxSamples` are drawn: a KADABRA-style adaptive stop with per-node empirical Bernstein bounds.
    ///
    /// Samples are the Riondato–Kornaropoulos ones of `estimate` (a uniform pair `u ≠ v`, one uniform shortest
    /// `u → v` path, every inner node hit), sample `i` drawn from its own stream `(seed, i)`, so round `j` just adds
    /// the samples `r_{j−1}..<r_j` (`r_0 = 2,048`, doubling). After round `j` each node `w` with `p = hits/r` gets
    /// the two-sided empirical Bernstein radius (Maurer & Pontil 2009, Thm 4; hits are 0/1 per sample)
    /// `ρ = √(2·V·L / r) + 7·L / (3(r − 1))`, `V = p(1 − p)·r/(r − 1)`, `L = ln(4n / δ_j)`, `δ_j = δ / 2^(j+1)`,
    /// scaled like the estimate by `n/(n − 2)`. The union over the `n` nodes and the rounds (Σ δ_j < δ) makes every
    /// interval of every round hold at once with probability ≥ 1 − δ, so stopping at any round is valid. It stops
    /// when, for each of the first `k` ranks `i`, the smallest lower bound of ranks `≤ i` exceeds the largest upper
    /// bound of ranks `> i`. Nodes with estimates near the top have variance `≈ p`, so their radius shrinks like
    /// `√(p·ln n / r)`, far below the uniform Riondato–Kornaropoulos `ε` for the same `r`.
    ///
    /// Unweighted uses the balanced bidirectional BFS sampler; weighted (`1/weight` lengths) the Dijkstra one.
    /// The work (arcs scanned) is bounded too: after each round the next one is cut to the samples that fit in
    /// `maxWork` at the average work per sample so far, and sampling stops when none fits. Path lengths differ
    /// widely between graphs (a shared-topic graph of diameter 20 costs 8× per sample what a co-authorship graph of
    /// the same size does), so a sample count alone cannot bound the time. Work counts are deterministic, so the
    /// stop is too. Deterministic for a `seed`, whatever `threads`.
    /// - Complexity: O(r·(n + m)) worst case for `r` samples (O(r·(n + m) log n) weighted), usually far less since
    ///   each search stops at its target; plus O(n log n) per round for the ranking; O(n + m) memory per thread.
    ///
    /// References: M. Borassi & E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via Random
    /// Approximation", ESA 2016; M. Riondato & E. M. Kornaropoulos, "Fast approximation of betweenness centrality
    /// through sampling", DMKD 30(2), 2016; A. Maurer & M. Pontil, "Empirical Bernstein bounds and sample variance
    /// penalization", COLT 2009.
    public static func estimateTopK(
        _ g: CSRGraph, k: Int, weighted: Bool, maxSamples: Int, maxWork: Int = .max, delta: Double = 0.1,
        seed: UInt64 = 42, threads: Int = 2
    ) -> TopKEstimate {
        precondition(delta > 0 && delta < 1, "delta must be in (0, 1)")
        let n = g.nodeCount
        let k = max(0, min(k, n))
        var hits = [Int](repeating: 0, count: n)
        guard n >= 3, k > 0 else {
            return TopKEstimate(
                values: hits.map(Double.init), radius: hits.map(Double.init), samples: 0, rounds: 0, delta: delta,
                top: Array(0..<k), epsilon: 0, epsilonAll: 0, separatedBoundaries: k, topSetCertain: true,
                separated: true, work: 0)
        }
        let useWeights = weighted && !g.isUnweighted
        let cap = max(maxSamples, 2_048)
        var r = 0
        var round = 0
        var work = 0
        var target = min(cap, 2_048)
        while true {
            work += addSamples(g, r..<target, weighted: useWeights, seed: seed, threads: threads, hits: &hits)
            r = target
            let deltaRound = delta / Double(UInt64(1) << UInt64(min(round + 1, 62)))
            let ranked = TopKRanking(hits: hits, samples: r, k: k, delta: deltaRound)
            round += 1
            // The next round: doubling, cut to what fits in the work left at the average work per sample so far.
            let perSample = max(1, work / max(r, 1))
            let fitting = work >= maxWork ? 0 : (maxWork - work) / perSample
            target = min(cap, 2_048 << round, r + fitting)
            if ranked.separatedBoundaries == k || target <= r {
                return TopKEstimate(
                    values: ranked.values, radius: ranked.radius, samples: r, rounds: round, delta: delta,
                    top: ranked.top, epsilon: ranked.epsilon, epsilonAll: ranked.radius.max() ?? 0,
                    separatedBoundaries: ranked.separatedBoundaries,
                    topSetCertain: ranked.topSetCertain, separated: ranked.separatedBoundaries == k, work: work)
            }
        }
    }
}

/// The estimates, radii and top-`k` separation after one round of `Betweenness.estimateTopK`.
struct TopKRanking {
    var values: [Double]
    var radius: [Double]
    var top: [Int]
    var epsilon = 0.0
    var separatedBoundaries = 0
    var topSetCertain = false

    init(hits: [Int], samples r: Int, k: Int, delta: Double) {
        let n = hits.count
        let scale = Double(n) / Double(n - 2)
        let logTerm = log(4 * Double(n) / delta)
        let rr = Double(r)
        values = hits.map { Double($0) / rr * scale }
        radius = hits.map { h in
            let p = Double(h) / rr
            let variance = r > 1 ? p * (1 - p) * rr / (rr - 1) : 0.25
            let rho = (2 * variance * logTerm / rr).squareRoot() + 7 * logTerm / (3 * max(rr - 1, 1))
            return rho * scale
        }
        let values = self.values
        let order = (0..<n).sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
        top = Array(order.prefix(k))
        epsilon = top.map { radius[$0] }.max() ?? 0
        // Largest upper bound of the ranks after i, for i < k (ranks ≥ k + 1 folded into one maximum).
        var upperAfter = [Double](repeating: -Double.infinity, count: k)
        var rest = -Double.infinity
        for j in stride(from: n - 1, through: k, by: -1) { rest = max(rest, values[order[j]] + radius[order[j]]) }
        for i in stride(from: k - 1, through: 0, by: -1) {
            upperAfter[i] = rest
            rest = max(rest, values[order[i]] + radius[order[i]])
        }
        var lowest = Double.infinity
        for i in 0..<k {
            lowest = min(lowest, values[order[i]] - radius[order[i]])
            if lowest > upperAfter[i] { separatedBoundaries += 1 }
        }
        topSetCertain = k == n || lowest > upperAfter[k - 1]
    }
}
