import Foundation

/// Kleinberg's two-state burst detection on batched counts (Kleinberg 2003, "Bursty and hierarchical structure in
/// streams", §5 "enumerating bursts" with batched arrivals; the model CiteSpace applies to yearly counts).
///
/// Batch t (a year) has `totals[t]` documents, `counts[t]` of them relevant (papers with a term, papers of an
/// author). The base state emits relevant documents at rate p₀ = Σcounts / Σtotals, the burst state at
/// p₁ = s·p₀ (0.99999 when that is above 1, as the `burst_detection` package does). The cost of batch t in state i is
/// −ln[C(d,r)·pᵢʳ·(1−pᵢ)^(d−r)]; entering the burst state costs γ·ln n (n = number of batches), leaving it is free.
/// The state sequence starts in the base state before the first batch (entering a burst in the first batch costs
/// γ·ln n too) and minimizes the total cost exactly (Viterbi). A burst is a maximal run of burst states; its
/// strength is Σ over its batches of (cost in base state − cost in burst state), the log-likelihood gain
/// `burst_detection.burst_weights` computes (the binomial coefficient cancels).
///
/// Checked against the `burst_detection` package (cost functions) by exhaustive search over all state sequences,
/// see `scripts/reference/compute_bursts.py`.
///
/// - Complexity: O(n) time and memory per series.
public enum KleinbergBursts {
    /// Kleinberg's parameters: the burst state's rate ratio s (> 1) and the transition cost γ (> 0). CiteSpace's
    /// defaults are s = 2, γ = 1.
    public struct Parameters: Sendable, Equatable {
        public var s: Double
        public var gamma: Double
        public init(s: Double = 2, gamma: Double = 1) {
            precondition(s > 1 && gamma > 0, "burst parameters need s > 1 and γ > 0")
            self.s = s
            self.gamma = gamma
        }
    }

    /// One burst: batches `start...end` (inclusive indices) and its strength (log-likelihood gain, > 0).
    public struct Burst: Sendable, Equatable {
        public let start: Int
        public let end: Int
        public let strength: Double
    }

    /// The bursts of `counts` against `totals` (same length, `counts[t] <= totals[t]`), in time order.
    public static func detect(counts: [Int], totals: [Int], parameters: Parameters = Parameters()) -> [Burst] {
        precondition(counts.count == totals.count, "one count per total")
        let n = counts.count
        let relevant = counts.reduce(0, +)
        let all = totals.reduce(0, +)
        guard n > 0, relevant > 0, all > 0 else { return [] }
        let p0 = Double(relevant) / Double(all)
        let p1 = parameters.s * p0 > 1 ? 0.99999 : parameters.s * p0
        guard p1 > p0 else { return [] }  // every document relevant: nothing can be more frequent
        let gain = (0..<n).map { t in logLikelihoodGain(r: counts[t], d: totals[t], p0: p0, p1: p1) }
        let states = viterbi(gain: gain, enter: parameters.gamma * log(Double(n)))
        var bursts: [Burst] = []
        var t = 0
        while t < n {
            guard states[t] else {
                t += 1
                continue
            }
            let start = t
            var strength = 0.0
            while t < n, states[t] {
                strength += gain[t]
                t += 1
            }
            bursts.append(Burst(start: start, end: t - 1, strength: strength))
        }
        return bursts
    }

    /// cost(base) − cost(burst) for one batch: r·ln(p₁/p₀) + (d−r)·ln((1−p₁)/(1−p₀)).
    static func logLikelihoodGain(r: Int, d: Int, p0: Double, p1: Double) -> Double {
        precondition(r >= 0 && r <= d, "a batch cannot have more relevant documents than documents")
        let relevant = Double(r) * log(p1 / p0)
        return d == r ? relevant : relevant + Double(d - r) * log((1 - p1) / (1 - p0))
    }

    /// The minimum-cost state sequence (true = burst), starting from the base state; costs relative to the base
    /// state (cost of burst = −gain). Ties keep the base state.
    static func viterbi(gain: [Double], enter: Double) -> [Bool] {
        let n = gain.count
        // best[t][s]: the least cost of batches 0...t ending in state s; from[t][s]: the state before.
        var base = 0.0, burst = Double.infinity
        var fromBurstToBase = [Bool](repeating: false, count: n)
        var fromBurstToBurst = [Bool](repeating: false, count: n)
        for t in 0..<n {
            // To base: from base (free) or from burst (free).
            let toBaseFromBurst = burst < base
            let nextBase = min(base, burst)
            // To burst: from base (enter) or stay.
            let viaEnter = base + enter
            let stay = burst < viaEnter
            let nextBurst = min(viaEnter, burst) - gain[t]
            fromBurstToBase[t] = toBaseFromBurst
            fromBurstToBurst[t] = stay
            base = nextBase
            burst = nextBurst
        }
        var states = [Bool](repeating: false, count: n)
        var state = burst < base
        for t in stride(from: n - 1, through: 0, by: -1) {
            states[t] = state
            state = state ? fromBurstToBurst[t] : fromBurstToBase[t]
        }
        return states
    }
}
