/// Shortest-path betweenness centrality (exact), matching `networkx.betweenness_centrality(G, normalized:,
/// weight:, endpoints=False)`.
///
/// `b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st`, summed over ordered pairs `(s, t)`, where `σ_st` is the number of
/// shortest `s`–`t` paths and `σ_st(v)` the number of them through `v`.
///
/// Conventions:
/// - Weights are collaboration strengths. With `weighted: true` the length of an edge is `1 / weight`; a path's
///   length is the floating-point sum `dist[v] = dist[u] + 1/w(u,v)` accumulated along the search exactly as
///   networkx's `_single_source_dijkstra_path_basic` does, and two path lengths tie only when these `Double`s are
///   equal (`vw_dist == seen[w]`). An edge whose weight is not positive and finite is not used. With
///   `weighted: false` every edge has length 1 (breadth-first search, as networkx with `weight=None`).
/// - Directed graphs follow out-arcs (paths `s → t`), as networkx does for a `DiGraph`.
/// - Normalization, as networkx's `_rescale` with `endpoints=False`: for `n > 2` nodes, `normalized: true`
///   multiplies by `1 / ((n-1)(n-2))` (directed and undirected alike); `normalized: false` multiplies undirected
///   graphs by `1/2` (each unordered pair counted once) and leaves directed graphs as they are. For `n ≤ 2`
///   every value is 0.
/// - Determinism: the sources `0..<n` are cut into a fixed number of contiguous blocks (64, or `n` if fewer),
///   each block's contributions are summed in source order and the block sums are added in block order; threads
///   only decide who computes which block, so the result is bit-identical for every `threads` value.
///
/// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted (4-ary heap), for n nodes and m edges;
///   O(n + m) memory per thread plus a few O(n) block buffers.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001;
/// U. Brandes, "On variants of shortest-path betweenness centrality and their generic computation",
/// Social Networks 30(2), 2008.
public enum Betweenness {
    /// Exact betweenness of every node (see the type's documentation for the conventions).
    /// - Parameters:
    ///   - weighted: use edge lengths `1/weight` (Dijkstra) instead of hop counts (BFS).
    ///   - normalized: rescale like networkx's `normalized=True`.
    ///   - threads: worker threads; the result does not depend on it.
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted.
    public static func exact(_ g: CSRGraph, weighted: Bool, normalized: Bool = true, threads: Int = 2) -> [Double] {
        let n = g.nodeCount
        if n == 0 { return [] }
        var raw: [Double]
        if weighted && !g.isUnweighted {
            raw = weightedRaw(g, threads: threads)
        } else {
            // All lengths 1: Dijkstra's distances would be the same integers, so BFS gives the same paths.
            raw = unweightedRaw(g, threads: threads)
        }
        rescale(&raw, n: n, normalized: normalized, directed: g.isDirected)
        return raw
    }

    /// networkx's `_rescale(..., endpoints=False, sampled_nodes=None)`.
    static func rescale(_ b: inout [Double], n: Int, normalized: Bool, directed: Bool) {
        let bigN = n - 1
        if bigN < 2 { return }
        let scale: Double
        if normalized {
            scale = 1.0 / Double(bigN * (bigN - 1))
        } else {
            scale = directed ? 1.0 : Double(bigN) / Double(bigN * 2)
        }
        if scale != 1 {
            for v in b.indices { b[v] *= scale }
        }
    }

    // MARK: - Unweighted (BFS)

    /// Per-thread buffers of the BFS kernel, allocated once per thread (never per source).
    final class BFSWorkspace {
        /// BFS position of each node in the current search, -1 when not reached.
        let pos: Scratch<Int32>
        /// Nodes in BFS order.
        let order: Scratch<Int32>
        /// By BFS position: σ, then `(1 + δ) / σ` once the node is finished in the backward pass.
        let val: Scratch<Double>
        /// By BFS position: where the node's successor list starts in `succ`.
        let succStart: Scratch<Int>
        /// Successor lists (BFS positions of the shortest-path DAG's out-neighbors), in BFS order.
        let succ: Scratch<Int32>

        init(nodes n: Int, arcs m: Int) {
            pos = Scratch(n, -1)
            order = Scratch(n, 0)
            val = Scratch(n, 0)
            succStart = Scratch(n + 1, 0)
            succ = Scratch(m, 0)
        }
    }

    /// Raw (unscaled) sums over all sources, BFS.
    static func unweightedRaw(_ g: CSRGraph, threads: Int) -> [Double] {
        let n = g.nodeCount
        return withPointers(g.offsets, g.targets) { offP, tgtP in
            blockedSourceSum(
                n: n, threads: threads, makeWorker: { BFSWorkspace(nodes: n, arcs: g.targets.count) },
                perSource: { ws, s, acc in
                    brandesBFS(source: s, off: offP, tgt: tgtP, ws: ws, acc: acc)
                })
        }
    }

    /// One source of Brandes' algorithm with BFS, adding each node's dependency `δ_s(w)` to `acc[w]` (w ≠ s).
    ///
    /// 1. BFS that records, for each node in BFS order, the BFS positions of its successors in the shortest-path
    ///    DAG (`dist[w] == dist[v] + 1`) — branch-free, sequential writes; arcs inside a level or back to an earlier
    ///    level (most arcs in co-authorship cliques) are checked once and never touched again.
    /// 2. Path counts σ over the recorded DAG in BFS order: `σ(w) += σ(v)` for each DAG arc, predecessors in the
    ///    order networkx's BFS adds them.
    /// 3. Dependencies in reverse BFS order, pulled from successors: `δ(v) = σ(v) · Σ_w (1 + δ(w)) / σ(w)`, the
    ///    same sum networkx pushes along predecessor lists.
    /// Leaves `pos` all -1 again. Returns the nodes reached (source included), the sum of their hop distances and
    /// the sum of the reciprocals, level by level (what closeness and harmonic centrality need, see `Closeness`).
    @discardableResult @inline(__always)
    static func brandesBFS(
        source s: Int, off: UnsafePointer<Int>, tgt: UnsafePointer<Int32>, ws: BFSWorkspace,
        acc: UnsafeMutablePointer<Double>
    ) -> DistanceSums {
        let pos = ws.pos.p, order = ws.order.p, val = ws.val.p, succStart = ws.succStart.p, succ = ws.succ.p
        order[0] = Int32(truncatingIfNeeded: s)
        pos[s] = 0
        var head = 0, tail = 1
        var levelEnd = 1  // BFS positions >= levelEnd belong to the level after the one being expanded
        var k = 0
        var sums = DistanceSums()
        while head < tail {
            if head == levelEnd {  // level `depth` is BFS positions head..<tail
                levelEnd = tail
                sums.add(level: tail - head)
            }
            succStart[head] = k
            let v = Int(order[head])
            head += 1
            let next = Int32(truncatingIfNeeded: levelEnd)
            var e = off[v]
            let end = off[v + 1]
            while e < end {
                let w = Int(tgt[e])
                var p = pos[w]
                if p < 0 {
                    p = Int32(truncatingIfNeeded: tail)
                    pos[w] = p
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
                succ[k] = p
                k += p >= next ? 1 : 0
                e += 1
            }
        }
        succStart[tail] = k
        // σ in BFS order.
        val[0] = 1
        for i in 1..<max(tail, 1) { val[i] = 0 }
        for i in 0..<tail {
            let si = val[i]
            var e = succStart[i]
            let end = succStart[i + 1]
            while e < end {
                val[Int(succ[e])] += si
                e += 1
            }
        }
        // δ in reverse BFS order; val becomes (1 + δ) / σ.
        accumulateDependencies(count: tail, order: order, val: val, succStart: succStart, succ: succ, acc: acc)
        for k in 0..<tail { pos[Int(order[k])] = -1 }
        sums.reached = tail
        return sums
    }

    // MARK: - Weighted (Dijkstra)

    /// Per-thread buffers of the Dijkstra kernel, allocated once per thread (never per source).
    final class DijkstraWorkspace {
        let dist: Scratch<Double>
        /// Settling position of each node in the current search, -1 while not settled.
        let pos: Scratch<Int32>
        /// Nodes in settling order.
        let order: Scratch<Int32>
        /// By settling position: σ, then `(1 + δ) / σ` once the node is finished in the backward pass.
        let val: Scratch<Double>
        let succStart: Scratch<Int>
        /// Candidate arcs (arc indices) by settling position, compacted in place into DAG successor positions.
        let succ: Scratch<Int32>
        let heap: IndexedMinHeap

        init(nodes n: Int, arcs m: Int) {
            dist = Scratch(n, .infinity)
            pos = Scratch(n, -1)
            order = Scratch(n, 0)
            val = Scratch(n, 0)
            succStart = Scratch(n + 1, 0)
            succ = Scratch(m, 0)
            heap = IndexedMinHeap(capacity: n)
        }

        deinit { heap.free() }
    }

    /// Raw (unscaled) sums over all sources, Dijkstra with lengths `1/weight`.
    static func weightedRaw(_ g: CSRGraph, threads: Int) -> [Double] {
        let n = g.nodeCount
        let lengths = EdgeLengths.out(g)
        return withPointers(g.offsets, g.targets) { offP, tgtP in
            lengths.withUnsafeBufferPointer { len in
                let lenP = len.baseAddress ?? UnsafePointer(EmptyPlaceholder.double)
                return blockedSourceSum(
                    n: n, threads: threads, makeWorker: { DijkstraWorkspace(nodes: n, arcs: g.targets.count) },
                    perSource: { ws, s, acc in
                        brandesDijkstra(source: s, off: offP, tgt: tgtP, len: lenP, ws: ws, acc: acc)
                    })
            }
        }
    }

    /// One source of Brandes' algorithm with Dijkstra, adding each node's dependency to `acc` (source excluded).
    ///
    /// 1. Dijkstra (indexed 4-ary heap) computing `dist[w]` with `d = dist[v] + len(v,w)`. When `v` is settled,
    ///    every arc `v → w` with `d <= dist[w]` is kept as a candidate DAG arc (an arc whose `d` is larger can never
    ///    become a shortest-path arc, since `dist[w]` only decreases).
    /// 2. σ in settling order over the candidates that satisfy `dist[v] + len(v,w) == dist[w]` exactly — the
    ///    predecessor set of networkx's `_single_source_dijkstra_path_basic` (new path if `vw_dist < seen[w]`,
    ///    equal path if `vw_dist == seen[w]`); the candidates are compacted to the successors' settling positions.
    /// 3. Dependencies in reverse settling order, pulled from successors, as in the BFS kernel.
    /// Arcs of infinite length are never used. Leaves `dist` infinite and `pos` -1 again. Returns the nodes
    /// reached, the sum of their distances and of the reciprocals, in settling order (as `Closeness`).
    @discardableResult @inline(__always)
    static func brandesDijkstra(
        source s: Int, off: UnsafePointer<Int>, tgt: UnsafePointer<Int32>,
        len: UnsafePointer<Double>, ws: DijkstraWorkspace,
        acc: UnsafeMutablePointer<Double>
    ) -> WeightedDistanceSums {
        let count = settleWithCandidates(source: s, off: off, tgt: tgt, len: len, ws: ws)
        countShortestPaths(count: count, tgt: tgt, len: len, ws: ws)
        accumulateDependencies(
            count: count, order: ws.order.p, val: ws.val.p, succStart: ws.succStart.p, succ: ws.succ.p, acc: acc)
        let dist = ws.dist.p, pos = ws.pos.p, order = ws.order.p
        var sums = WeightedDistanceSums(reached: count)
        for j in 0..<count {
            let v = Int(order[j])
            sums.add(dist[v])
            dist[v] = .infinity
            pos[v] = -1
        }
        return sums
    }

    /// Step 1 of `brandesDijkstra`: settles the nodes reachable from `s`, recording the settling order, positions
    /// and, per settled node, its candidate DAG arcs (arc indices). Returns the number of settled nodes.
    @inline(__always)
    static func settleWithCandidates(
        source s: Int, off: UnsafePointer<Int>, tgt: UnsafePointer<Int32>, len: UnsafePointer<Double>,
        ws: DijkstraWorkspace
    ) -> Int {
        let dist = ws.dist.p, pos = ws.pos.p, order = ws.order.p
        let succStart = ws.succStart.p, succ = ws.succ.p
        var heap = ws.heap  // storage is shared; the heap is empty again on return
        var count = 0
        var k = 0
        dist[s] = 0
        heap.push(Int32(truncatingIfNeeded: s), 0)
        while !heap.isEmpty {
            let v32 = heap.popMin()
            let v = Int(v32)
            pos[v] = Int32(truncatingIfNeeded: count)
            order[count] = v32
            succStart[count] = k
            count += 1
            let dv = dist[v]
            var e = off[v]
            let end = off[v + 1]
            while e < end {
                let w = Int(tgt[e])
                if pos[w] < 0 {
                    let d = dv + len[e]
                    let dw = dist[w]
                    if d <= dw && d != .infinity {
                        succ[k] = Int32(truncatingIfNeeded: e)
                        k += 1
                        if d < dw {
                            dist[w] = d
                            heap.lower(Int32(truncatingIfNeeded: w), to: d, from: dw)
                        }
                    }
                }
                e += 1
            }
        }
        succStart[count] = k
        return count
    }

    /// Step 2 of `brandesDijkstra`: σ in settling order over the exact shortest-path arcs among the candidates,
    /// compacting them in place into successor positions.
    @inline(__always)
    static func countShortestPaths(
        count: Int, tgt: UnsafePointer<Int32>, len: UnsafePointer<Double>, ws: DijkstraWorkspace
    ) {
        let dist = ws.dist.p, pos = ws.pos.p, order = ws.order.p, val = ws.val.p
        let succStart = ws.succStart.p, succ = ws.succ.p
        val[0] = 1
        for i in 1..<max(count, 1) { val[i] = 0 }
        var kept = 0
        for i in 0..<count {
            let dv = dist[Int(order[i])]
            let si = val[i]
            var c = succStart[i]
            let end = succStart[i + 1]
            succStart[i] = kept
            while c < end {
                let e = Int(succ[c])
                let w = Int(tgt[e])
                if dv + len[e] == dist[w] {
                    let p = pos[w]
                    val[Int(p)] += si
                    succ[kept] = p
                    kept += 1
                }
                c += 1
            }
        }
        succStart[count] = kept
    }

    /// Dependencies in reverse search order (BFS or settling), pulled from the successors recorded by position:
    /// `δ(v) = σ(v) · Σ_w (1 + δ(w)) / σ(w)`, added to `acc` for every node but the source; `val` holds σ by
    /// position on entry and `(1 + δ) / σ` on return.
    @inline(__always)
    static func accumulateDependencies(
        count: Int, order: UnsafePointer<Int32>, val: UnsafeMutablePointer<Double>, succStart: UnsafePointer<Int>,
        succ: UnsafePointer<Int32>, acc: UnsafeMutablePointer<Double>
    ) {
        var i = count - 1
        while i > 0 {
            let sw = val[i]
            var sum = 0.0
            var e = succStart[i]
            let end = succStart[i + 1]
            while e < end {
                sum += val[Int(succ[e])]
                e += 1
            }
            let delta = sw * sum
            acc[Int(order[i])] += delta
            val[i] = (1 + delta) / sw
            i -= 1
        }
    }

}

/// Hop distances from one source, summed level by level: the number of nodes reached (source included), the sum
/// of the distances and the sum of their reciprocals (level `d` with `c` nodes adds `c·d` and `c/d`, in increasing
/// `d`, the order `BFSDistanceWorkspace` uses, so both give the same bits).
struct DistanceSums {
    var reached = 0
    var total = 0
    var harmonic = 0.0
    private var depth = 0

    @inline(__always)
    mutating func add(level count: Int) {
        depth += 1
        total += count * depth
        harmonic += Double(count) / Double(depth)
    }
}

/// Weighted distances from one source, summed in settling order (as `Closeness.distanceSums`).
struct WeightedDistanceSums {
    var reached: Int
    var total = 0.0
    var harmonic = 0.0

    init(reached: Int) { self.reached = reached }

    @inline(__always)
    mutating func add(_ d: Double) {
        total += d
        if d != 0 { harmonic += 1 / d }
    }
}
