import Foundation

extension Closeness {
    /// Closeness and harmonic centrality (unweighted, undirected) estimated from BFS trees of sampled pivots, for
    /// graphs too large for all-pairs BFS.
    ///
    /// Per connected component `C` of `s` nodes: when `s ≤ pivots` every node of `C` is a source (exact); otherwise
    /// `k = pivots` pivots are drawn uniformly (with replacement, seeded) from `C`, one BFS runs from each, and for
    /// every node `v` the average distance to the others is estimated by the mean of `d(p, v)` over the pivots
    /// `p ≠ v` (Eppstein & Wang 2004). From it, as networkx defines them:
    /// - closeness (Wasserman–Faust): `((s − 1)/(n − 1)) / avgDistance`,
    /// - harmonic: `(s − 1) · mean(1/d(p, v))`.
    ///
    /// Error bound (Hoeffding over the `k` draws, union bound over the `n` nodes): with probability at least
    /// `1 − delta`, every estimated average distance is within `epsilon · Δ` of the exact one, `Δ` the component's
    /// diameter, `epsilon = √(ln(2n/delta) / (2k))`; harmonic means of `1/d ∈ (0, 1]` are within `epsilon`.
    ///
    /// Deterministic for a `seed` whatever `threads`: pivots come from one seeded stream, distance sums are
    /// integers and harmonic sums are fixed-point integers (2⁻⁴⁰ resolution), so their reduction is exact.
    /// - Complexity: O(min(s, pivots) · (s + m_C)) per component; O(n) memory per thread.
    ///
    /// Reference: D. Eppstein & J. Wang, "Fast approximation of centrality", Journal of Graph Algorithms and
    /// Applications 8(1), 2004.
    public static func estimate(
        _ g: CSRGraph, pivots: Int = 512, delta: Double = 0.1, seed: UInt64 = 42, threads: Int = 2
    )
        -> (closeness: [Double], harmonic: [Double], pivots: Int, epsilon: Double, delta: Double)
    {
        precondition(pivots > 0 && delta > 0 && delta < 1)
        let n = g.nodeCount
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        guard n > 1 else { return (closeness, harmonic, 0, 0, delta) }
        let components = Components(g)
        var members = [[Int32]](repeating: [], count: components.count)
        for v in 0..<n { members[components.membership[v]].append(Int32(v)) }
        let plan = PivotPlan(members: members, nodeCount: n, pivots: pivots, seed: seed)
        let (sums, harm) = distanceSums(g, sources: plan.sources, threads: threads)
        let nm1 = Double(n - 1)
        for (c, list) in members.enumerated() where list.count > 1 {
            let s = Double(list.count)
            for v32 in list {
                let v = Int(v32)
                // Sources other than v itself: all others (exact) or the pivot draws not equal to v.
                let others = plan.sampled[c] ? Double(pivots - Int(plan.drawnTimes[v])) : s - 1
                guard others > 0, sums[v] > 0 else { continue }
                let avg = Double(sums[v]) / others
                closeness[v] = ((s - 1) / nm1) / avg
                harmonic[v] = Double(harm[v]) / harmonicScale / others * (s - 1)
            }
        }
        let anySampled = plan.sampled.contains(true)
        let epsilon = anySampled ? (log(2 * Double(n) / delta) / (2 * Double(pivots))).squareRoot() : 0
        return (closeness, harmonic, anySampled ? pivots : 0, epsilon, delta)
    }

    /// Fixed-point scale of the harmonic sums (2⁻⁴⁰ resolution).
    static let harmonicScale = Double(1 << 40)

    /// The BFS sources of `estimate`: every node of components of at most `pivots` nodes, and `pivots` draws
    /// (seeded, with replacement) from each larger component.
    struct PivotPlan {
        var sources: [Int32] = []
        /// How often each node was drawn as a pivot.
        var drawnTimes: [Int32]
        /// Per component: whether its sources are drawn pivots (else all its nodes).
        var sampled: [Bool]

        init(members: [[Int32]], nodeCount n: Int, pivots: Int, seed: UInt64) {
            var rng = Xoshiro256(seed: seed)
            drawnTimes = [Int32](repeating: 0, count: n)
            sampled = [Bool](repeating: false, count: members.count)
            for (c, list) in members.enumerated() where list.count > 1 {
                if list.count <= pivots {
                    sources += list
                } else {
                    sampled[c] = true
                    for _ in 0..<pivots {
                        let p = list[rng.below(list.count)]
                        sources.append(p)
                        drawnTimes[Int(p)] += 1
                    }
                }
            }
        }
    }

    /// Per node, the sum of hop distances from the `sources` that reach it and the sum of their reciprocals in
    /// fixed point (`harmonicScale`); integer sums, so the reduction over threads is exact in any order.
    static func distanceSums(_ g: CSRGraph, sources: [Int32], threads: Int) -> (sums: [Int64], harmonic: [Int64]) {
        let n = g.nodeCount
        let sums = SharedOutput<Int64>(n, 0), harm = SharedOutput<Int64>(n, 0)
        let lock = NSLock()
        let chunk = 8
        let chunks = (sources.count + chunk - 1) / chunk
        let counter = ChunkCounter(count: chunks)
        let inverse = (0...max(1, n)).map { $0 == 0 ? Int64(0) : Int64((harmonicScale / Double($0)).rounded()) }
        runWorkers(max(1, min(threads, chunks))) { _ in
            var dist = [Int32](repeating: -1, count: n)
            var queue = [Int32](repeating: 0, count: n)
            var localSum = [Int64](repeating: 0, count: n), localHarm = [Int64](repeating: 0, count: n)
            while let c = counter.claim() {
                for s in sources[(c * chunk)..<min(sources.count, (c + 1) * chunk)] {
                    var head = 0, tail = 1
                    queue[0] = s
                    dist[Int(s)] = 0
                    while head < tail {
                        let u = Int(queue[head])
                        head += 1
                        let du = dist[u] + 1
                        for e in g.neighborRange(u) {
                            let w = Int(g.targets[e])
                            if dist[w] < 0 {
                                dist[w] = du
                                queue[tail] = Int32(w)
                                tail += 1
                                localSum[w] += Int64(du)
                                localHarm[w] += inverse[Int(du)]
                            }
                        }
                    }
                    for i in 0..<tail { dist[Int(queue[i])] = -1 }
                }
            }
            // Integer sums: the reduction is exact in any order.
            lock.withLock {
                for v in 0..<n {
                    sums.p[v] += localSum[v]
                    harm.p[v] += localHarm[v]
                }
            }
        }
        return (sums.array, harm.array)
    }

}
