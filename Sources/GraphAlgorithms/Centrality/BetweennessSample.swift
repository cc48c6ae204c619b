import Foundation

extension Betweenness {
    /// Betweenness estimated from sampled shortest paths (Riondato–Kornaropoulos), normalized like networkx's
    /// `betweenness_centrality(G, normalized=True, endpoints=False)`.
    ///
    /// Samples `r = ⌈(c/ε'²)(⌊log2(VD − 2)⌋ + 1 + ln(1/δ))⌉` node pairs `(u, v)`, `u ≠ v`, uniformly, with `c = 0.5`
    /// and `VD` an upper bound on the vertex diameter (nodes on a shortest path); for each pair one shortest
    /// `u → v` path is drawn uniformly among all of them and every node strictly inside it gains `1/r`. That
    /// estimates `b(w) = Σ_{s≠t} σ_st(w)/σ_st / (n(n−1))`; networkx's normalized value is `b(w)·n/(n−2)`, so the
    /// estimate is multiplied by `n/(n−2)` and sampled with `ε' = ε(n−2)/n`. With probability at least `1 − δ`
    /// every returned value is within `epsilon` of `exact(g, weighted:, normalized: true)`.
    ///
    /// Conventions:
    /// - Weights are collaboration strengths; with `weighted: true` an edge's length is `1/weight` and path
    ///   lengths are `Double` sums compared exactly, with networkx's tie rule (see `exact`).
    /// - VD bound (nodes on a path): per connected component, `min(|C|, 2·ecc(x) + 1)` with `ecc(x)` the hop
    ///   eccentricity of its first node `x` (unweighted), or `min(|C|, ⌊2·ecc_w(x)/ℓ_min⌋ + 1)` with `ℓ_min` the
    ///   shortest edge length (weighted: a shortest path is at most `2·ecc_w(x)` long); the largest over
    ///   components. Directed graphs: the size of the largest weakly connected component.
    /// - `r` does not grow with `n` (only with `log2 VD`), so sampling pays off on large graphs; on graphs of a few
    ///   thousand nodes `exact` is cheaper.
    /// - Unweighted pairs are searched with a balanced bidirectional BFS (the side with the smaller frontier
    ///   degree sum grows; the shortest paths are counted through the meeting level, as in KADABRA); weighted pairs
    ///   with Dijkstra from `u`, stopped once `v` is settled.
    /// - Deterministic for a `seed`, whatever `threads`: sample `i` draws its pair and path from its own
    ///   xoshiro256** stream seeded by SplitMix64 from `(seed, i)`, and the per-node hit counts are integers.
    ///
    /// - Parameters:
    ///   - epsilon: additive error bound, in networkx's normalized scale; `0 < epsilon < 1`.
    ///   - delta: failure probability; `0 < delta < 1`.
    ///   - seed: the result is a pure function of the graph, the parameters and `seed`.
    ///   - threads: worker threads; the result does not depend on it.
    /// - Returns: the estimates, the number of sampled pairs `r`, and the `epsilon`/`delta` they guarantee.
    /// - Complexity: O(r·(n + m)) time in the worst case (O(r·(n + m) log n) weighted), usually far less since
    ///   each search stops at its target; O(n + m) memory per thread.
    ///
    /// Reference: M. Riondato & E. M. Kornaropoulos, "Fast approximation of betweenness centrality through
    /// sampling", Data Mining and Knowledge Discovery 30(2), 2016; M. Borassi & E. Natale, "KADABRA is an ADaptive
    /// Algorithm for Betweenness via Random Approximation", ESA 2016 (bidirectional path sampling).
    public static func estimate(
        _ g: CSRGraph, weighted: Bool, epsilon: Double = 0.01, delta: Double = 0.1,
        seed: UInt64 = 42, threads: Int = 2
    )
        -> (values: [Double], samples: Int, epsilon: Double, delta: Double)
    {
        precondition(epsilon > 0 && epsilon < 1, "epsilon must be in (0, 1)")
        precondition(delta > 0 && delta < 1, "delta must be in (0, 1)")
        let n = g.nodeCount
        var values = [Double](repeating: 0, count: n)
        if n < 3 { return (values, 0, epsilon, delta) }
        let useWeights = weighted && !g.isUnweighted
        let vd = vertexDiameterBound(g, weighted: useWeights)
        if vd <= 2 { return (values, 0, epsilon, delta) }  // no shortest path has an inner node
        let epsPrime = epsilon * Double(n - 2) / Double(n)
        let logTerm = Double(Int.bitWidth - 1 - (vd - 2).leadingZeroBitCount)  // ⌊log2(VD − 2)⌋
        let r = Int((0.5 / (epsPrime * epsPrime) * (logTerm + 1 + log(1 / delta))).rounded(.up))

        var hits = [Int](repeating: 0, count: n)
        addSamples(g, 0..<r, weighted: useWeights, seed: seed, threads: threads, hits: &hits)
        let scale = Double(n) / Double(n - 2)
        for w in 0..<n where hits[w] > 0 { values[w] = Double(hits[w]) / Double(r) * scale }
        return (values, r, epsilon, delta)
    }

    /// Draws the samples `range` (sample `i`: a pair and one of its shortest paths, from the stream `(seed, i)`)
    /// and adds each inner node's hit to `hits`. Hits are integer counts, so the sum is exact and the result is the
    /// same for every thread count and schedule, and drawing `0..<a` then `a..<b` equals drawing `0..<b`.
    /// Returns the work done: the arcs the searches scanned (a pure function of the graph, seed and range, so a
    /// budget of work stops sampling at the same sample on every machine).
    @discardableResult
    static func addSamples(
        _ g: CSRGraph, _ range: Range<Int>, weighted useWeights: Bool, seed: UInt64, threads: Int, hits: inout [Int]
    ) -> Int {
        let n = g.nodeCount
        let chunk = 256
        let chunks = (range.count + chunk - 1) / chunk
        guard chunks > 0 else { return 0 }
        let counter = ChunkCounter(count: chunks)
        let workers = max(1, min(threads, chunks))
        let perWorker = SharedOutput<[Int]>(workers, [])
        let workDone = SharedOutput<Int>(workers, 0)
        let slots = ChunkCounter(count: workers)
        runWorkers(workers) { _ in
            let slot = slots.claim()!
            var hits = [Int](repeating: 0, count: n)
            var work = 0
            let bfs = useWeights ? nil : BidirectionalPathSampler(g)
            let dijkstra = useWeights ? DijkstraPathSampler(g) : nil
            while let c = counter.claim() {
                let lo = range.lowerBound + c * chunk
                for i in lo..<min(range.upperBound, lo + chunk) {
                    var rng = Xoshiro256(seed: seed, stream: UInt64(i))
                    let u = rng.below(n)
                    var v = rng.below(n - 1)
                    if v >= u { v += 1 }
                    if let bfs { work += bfs.sample(u, v, rng: &rng, hits: &hits) }
                    if let dijkstra { work += dijkstra.sample(u, v, rng: &rng, hits: &hits) }
                }
            }
            perWorker.p[slot] = hits
            workDone.p[slot] = work
        }
        for w in 0..<workers where !perWorker.p[w].isEmpty {
            for v in 0..<n { hits[v] += perWorker.p[w][v] }
        }
        return (0..<workers).reduce(0) { $0 + workDone.p[$1] }
    }

    /// An upper bound on the number of nodes of any shortest path (see `estimate`).
    static func vertexDiameterBound(_ g: CSRGraph, weighted: Bool) -> Int {
        if g.isDirected { return Components(g).largestSize }  // largest weakly connected component
        let n = g.nodeCount
        var inComponent = [Bool](repeating: false, count: n)
        var best = 0
        if !weighted {
            // Hops from the component's first node x: a shortest path has at most 2·ecc(x) + 1 nodes.
            let everyNode = [Bool](repeating: true, count: max(n, 1))
            let bfs = LevelBFS(n)
            withPointers(g.offsets, g.targets) { off, adj in
                everyNode.withUnsafeBufferPointer { mask in
                    for s in 0..<n where !inComponent[s] {
                        let run = bfs.run(source: s, off: off, adj: adj, mask: mask.baseAddress!)
                        for k in 0..<run.reached { inComponent[Int(bfs.queue.p[k])] = true }
                        best = max(best, min(run.reached, 2 * run.ecc + 1))
                    }
                }
            }
            return best
        }
        // Weighted: hops ≤ length / shortest edge length, and length ≤ 2·ecc_w(x) inside a component.
        let lengths = EdgeLengths.out(g)
        let minLen = lengths.min() ?? 1
        let ws = DijkstraDistances(n)
        withPointers(g.offsets, g.targets) { off, adj in
            lengths.withUnsafeBufferPointer { len in
                let lenP = len.baseAddress ?? UnsafePointer(EmptyPlaceholder.double)
                for s in 0..<n where !inComponent[s] {
                    let reached = ws.search(source: s, off: off, adj: adj, len: lenP)
                    var ecc = 0.0
                    for k in 0..<reached {
                        let v = Int(ws.order.p[k])
                        ecc = max(ecc, ws.dist.p[v])
                        inComponent[v] = true
                    }
                    ws.reset(reached)
                    let hops = (2 * ecc / minLen * (1 + 1e-9)).rounded(.down)
                    let bound = hops >= Double(reached) ? reached : Int(hops) + 1
                    best = max(best, min(reached, bound))
                }
            }
        }
        return best
    }
}

/// Draws one uniformly random shortest `u → v` path (hop counts) with a balanced bidirectional BFS and counts
/// its inner nodes in `hits`.
final class BidirectionalPathSampler {
    let g: CSRGraph
    let distF: Scratch<Int32>, distB: Scratch<Int32>
    let sigF: Scratch<Double>, sigB: Scratch<Double>
    let qF: Scratch<Int32>, qB: Scratch<Int32>
    let meet: Scratch<Int32>

    init(_ g: CSRGraph) {
        self.g = g
        let n = g.nodeCount
        distF = Scratch(n, -1)
        distB = Scratch(n, -1)
        sigF = Scratch(n, 0)
        sigB = Scratch(n, 0)
        qF = Scratch(n, 0)
        qB = Scratch(n, 0)
        meet = Scratch(n, 0)
    }

    /// Returns the arcs scanned.
    func sample(_ u: Int, _ v: Int, rng: inout Xoshiro256, hits: inout [Int]) -> Int {
        withPointers(g.offsets, g.targets) { off, tgt in
            withPointers(g.inOffsets, g.inSources) { ioff, isrc in
                run(u, v, off: off, tgt: tgt, ioff: ioff, isrc: isrc, rng: &rng, hits: &hits)
            }
        }
    }

    /// One level of BFS on one side: expands `queue[lo..<hi]` (all at depth `depth`) along `adj`, counting paths;
    /// appends to `meet` the new nodes the other side (`other`) has reached. Returns the new `hi` and the degree sum
    /// of the new frontier.
    @inline(__always)
    private func expand(
        queue: UnsafeMutablePointer<Int32>, lo: Int, hi: Int, depth: Int32,
        dist: UnsafeMutablePointer<Int32>, sig: UnsafeMutablePointer<Double>,
        off: UnsafePointer<Int>, adj: UnsafePointer<Int32>, other: UnsafePointer<Int32>,
        meet: UnsafeMutablePointer<Int32>, meetCount: inout Int
    )
        -> (tail: Int, degree: Int)
    {
        var tail = hi
        var degree = 0
        let d1 = depth + 1
        for i in lo..<hi {
            let x = Int(queue[i])
            let sx = sig[x]
            for e in off[x]..<off[x + 1] {
                let w = Int(adj[e])
                let dw = dist[w]
                if dw < 0 {
                    dist[w] = d1
                    sig[w] = sx
                    queue[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                    degree += off[w + 1] - off[w]
                } else if dw == d1 {
                    sig[w] += sx
                }
            }
        }
        for i in hi..<tail where other[Int(queue[i])] >= 0 {
            meet[meetCount] = queue[i]
            meetCount += 1
        }
        return (tail, degree)
    }

    private func run(
        _ u: Int, _ v: Int, off: UnsafePointer<Int>, tgt: UnsafePointer<Int32>,
        ioff: UnsafePointer<Int>, isrc: UnsafePointer<Int32>, rng: inout Xoshiro256, hits: inout [Int]
    ) -> Int {
        let distF = self.distF.p, distB = self.distB.p, sigF = self.sigF.p, sigB = self.sigB.p
        let qF = self.qF.p, qB = self.qB.p, meet = self.meet.p
        distF[u] = 0
        sigF[u] = 1
        qF[0] = Int32(truncatingIfNeeded: u)
        distB[v] = 0
        sigB[v] = 1
        qB[0] = Int32(truncatingIfNeeded: v)
        var fLo = 0, fHi = 1, bLo = 0, bHi = 1
        var a: Int32 = 0, b: Int32 = 0
        var fDeg = off[u + 1] - off[u], bDeg = ioff[v + 1] - ioff[v]
        var meetCount = 0
        var work = 0  // arcs scanned: each expanded level scans the degree sum of its frontier
        while fLo < fHi && bLo < bHi {
            work += min(fDeg, bDeg)
            if fDeg <= bDeg {
                let r = expand(
                    queue: qF, lo: fLo, hi: fHi, depth: a, dist: distF, sig: sigF, off: off, adj: tgt, other: distB,
                    meet: meet, meetCount: &meetCount)
                (fLo, fHi, fDeg, a) = (fHi, r.tail, r.degree, a + 1)
            } else {
                let r = expand(
                    queue: qB, lo: bLo, hi: bHi, depth: b, dist: distB, sig: sigB, off: ioff, adj: isrc, other: distF,
                    meet: meet, meetCount: &meetCount)
                (bLo, bHi, bDeg, b) = (bHi, r.tail, r.degree, b + 1)
            }
            if meetCount > 0 { break }
        }
        if meetCount > 0 {
            // Every shortest path crosses exactly one meeting node m, through σ_F(m)·σ_B(m) of them.
            var total = 0.0
            for i in 0..<meetCount {
                let m = Int(meet[i])
                total += sigF[m] * sigB[m]
            }
            let target = rng.unit() * total
            var m = Int(meet[meetCount - 1])
            var cum = 0.0
            for i in 0..<meetCount {
                let x = Int(meet[i])
                cum += sigF[x] * sigB[x]
                if target < cum {
                    m = x
                    break
                }
            }
            if m != u && m != v { hits[m] += 1 }
            // Towards u: predecessors along in-arcs, weighted by σ_F.
            var cur = m
            while distF[cur] > 1 {
                cur = pick(cur, dist: distF, sig: sigF, off: ioff, adj: isrc, rng: &rng)
                hits[cur] += 1
            }
            // Towards v: successors along out-arcs, weighted by σ_B.
            cur = m
            while distB[cur] > 1 {
                cur = pick(cur, dist: distB, sig: sigB, off: off, adj: tgt, rng: &rng)
                hits[cur] += 1
            }
        }
        for i in 0..<fHi { distF[Int(qF[i])] = -1 }
        for i in 0..<bHi { distB[Int(qB[i])] = -1 }
        return work
    }

    /// A neighbor `p` of `cur` with `dist[p] == dist[cur] - 1`, chosen with probability `sig[p] / sig[cur]`.
    @inline(__always)
    private func pick(
        _ cur: Int, dist: UnsafeMutablePointer<Int32>, sig: UnsafeMutablePointer<Double>,
        off: UnsafePointer<Int>, adj: UnsafePointer<Int32>, rng: inout Xoshiro256
    ) -> Int {
        let want = dist[cur] - 1
        let target = rng.unit() * sig[cur]
        var cum = 0.0
        var last = -1
        for e in off[cur]..<off[cur + 1] {
            let p = Int(adj[e])
            if dist[p] == want {
                cum += sig[p]
                last = p
                if target < cum { return p }
            }
        }
        return last
    }
}

/// Draws one uniformly random shortest `u → v` path (lengths `1/weight`, networkx's tie rule) with Dijkstra from
/// `u`, stopped once `v` is settled, and counts its inner nodes in `hits`.
final class DijkstraPathSampler {
    let g: CSRGraph
    let outLen: [Double], inLen: [Double]
    let dist: Scratch<Double>, sigma: Scratch<Double>
    let settled: Scratch<Bool>
    let touched: Scratch<Int32>
    let heapStorage: IndexedMinHeap

    init(_ g: CSRGraph) {
        self.g = g
        let n = g.nodeCount
        outLen = EdgeLengths.out(g)
        inLen = EdgeLengths.in(g)
        dist = Scratch(n, .infinity)
        sigma = Scratch(n, 0)
        settled = Scratch(n, false)
        touched = Scratch(n, 0)
        heapStorage = IndexedMinHeap(capacity: n)
    }

    deinit { heapStorage.free() }

    /// Returns the arcs scanned.
    func sample(_ u: Int, _ v: Int, rng: inout Xoshiro256, hits: inout [Int]) -> Int {
        let dist = self.dist.p, sigma = self.sigma.p, settled = self.settled.p, touched = self.touched.p
        var heap = heapStorage
        var touchedCount = 0
        dist[u] = 0
        sigma[u] = 1
        touched[0] = Int32(truncatingIfNeeded: u)
        touchedCount = 1
        heap.push(Int32(truncatingIfNeeded: u), 0)
        var found = false, work = 0
        g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
                outLen.withUnsafeBufferPointer { len in
                    while !heap.isEmpty {
                        let x = Int(heap.popMin())
                        settled[x] = true
                        if x == v {
                            found = true
                            break
                        }
                        let dx = dist[x], sx = sigma[x]
                        work += off[x + 1] - off[x]
                        for e in off[x]..<off[x + 1] {
                            let w = Int(tgt[e])
                            if settled[w] { continue }
                            let d = dx + len[e]
                            let dw = dist[w]
                            if d < dw {
                                sigma[w] = sx
                                dist[w] = d
                                if dw == .infinity {
                                    touched[touchedCount] = Int32(truncatingIfNeeded: w)
                                    touchedCount += 1
                                    heap.push(Int32(truncatingIfNeeded: w), d)
                                } else {
                                    heap.decrease(Int32(truncatingIfNeeded: w), d)
                                }
                            } else if d == dw && d != .infinity {
                                sigma[w] += sx
                            }
                        }
                    }
                }
            }
        }
        if found {
            // Back from v: predecessors p with dist[p] + len(p→w) == dist[w] (the forward sum), weight σ(p).
            g.inOffsets.withUnsafeBufferPointer { ioff in
                g.inSources.withUnsafeBufferPointer { isrc in
                    inLen.withUnsafeBufferPointer { len in
                        var cur = v
                        while true {
                            let target = rng.unit() * sigma[cur]
                            var cum = 0.0
                            var chosen = -1
                            let dc = dist[cur]
                            for e in ioff[cur]..<ioff[cur + 1] {
                                let p = Int(isrc[e])
                                if settled[p] && dist[p] + len[e] == dc {
                                    cum += sigma[p]
                                    chosen = p
                                    if target < cum { break }
                                }
                            }
                            if chosen == u || chosen < 0 { break }
                            hits[chosen] += 1
                            cur = chosen
                        }
                    }
                }
            }
        }
        while !heap.isEmpty { _ = heap.popMin() }
        for i in 0..<touchedCount {
            let x = Int(touched[i])
            dist[x] = .infinity
            settled[x] = false
        }
        return work
    }
}
