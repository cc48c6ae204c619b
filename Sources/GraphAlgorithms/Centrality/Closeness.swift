/// Closeness and harmonic centrality, matching `networkx.closeness_centrality(G, distance:, wf_improved=True)` and
/// `networkx.harmonic_centrality(G, distance:)`.
///
/// - closeness(u) = `(r-1)/Σ_v d(v,u) · (r-1)/(n-1)` (Wasserman–Faust scaling for disconnected graphs), where
///   `r` counts the nodes that reach `u` (u included) and the sum runs over them; 0 when nothing else reaches
///   `u` or `n ≤ 1`.
/// - harmonic(u) = `Σ_{v ≠ u} 1/d(v,u)` over the nodes that reach `u` (unnormalized, as networkx).
///
/// Conventions:
/// - Weights are collaboration strengths. With `weighted: true` the length of an edge is `1 / weight` (Dijkstra,
///   distances accumulated `dist[v] = dist[u] + 1/w(u,v)` as networkx does); an edge whose weight is not positive
///   and finite is not used. With `weighted: false` every edge has length 1 (BFS).
/// - Directed graphs use INCOMING distances `d(v,u)` (paths into `u`), as networkx does: `closeness_centrality`
///   searches `G.reverse()`, and `harmonic_centrality` adds `1/d(v,u)` to `u` for every source `v`.
/// - Every node's value is computed on its own (one search per node), so the result does not depend on
///   `threads`.
///
/// - Complexity: O(n·m) time unweighted (direction-optimizing BFS, usually far fewer arc checks), O(n·m log n)
///   weighted, for n nodes and m edges; O(n) memory per thread.
///
/// References: A. Bavelas, "Communication patterns in task-oriented groups", J. Acoust. Soc. Am. 22, 1950;
/// S. Wasserman & K. Faust, "Social Network Analysis", Cambridge University Press, 1994 (the scaling);
/// M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285, 2000 (harmonic centrality);
/// E. W. Dijkstra, "A note on two problems in connexion with graphs", Numer. Math. 1, 1959; S. Beamer,
/// K. Asanović, D. Patterson, "Direction-optimizing breadth-first search", SC 2012.
public enum Closeness {
    /// Closeness centrality of every node, networkx's `closeness_centrality(G, wf_improved=True)`.
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted.
    public static func closeness(_ g: CSRGraph, weighted: Bool, threads: Int = 2) -> [Double] {
        distanceSums(g, weighted: weighted, threads: threads).closeness
    }

    /// Harmonic centrality of every node, networkx's `harmonic_centrality(G)`.
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted.
    public static func harmonic(_ g: CSRGraph, weighted: Bool, threads: Int = 2) -> [Double] {
        distanceSums(g, weighted: weighted, threads: threads).harmonic
    }

    /// Both measures from one search per node, along in-arcs (equal to the arcs for undirected graphs).
    static func distanceSums(_ g: CSRGraph, weighted: Bool, threads: Int) -> (closeness: [Double], harmonic: [Double]) {
        let n = g.nodeCount
        if n == 0 { return ([], []) }
        let close = SharedOutput<Double>(n, 0)
        let harm = SharedOutput<Double>(n, 0)
        if weighted && !g.isUnweighted {
            let lengths = EdgeLengths.in(g)
            withPointers(g.inOffsets, g.inSources) { off, adj in
                lengths.withUnsafeBufferPointer { len in
                    let lenP = len.baseAddress ?? UnsafePointer(EmptyPlaceholder.double)
                    parallelItems(n: n, threads: threads, makeWorker: { DijkstraDistanceWorkspace(n) }) { ws, u in
                        let (reached, total, h) = ws.run(source: u, off: off, adj: adj, len: lenP)
                        close.p[u] = closenessValue(reached: reached, total: total, n: n)
                        harm.p[u] = h
                    }
                }
            }
        } else {
            // All lengths 1 (or ignored): hop counts.
            withPointers(g.inOffsets, g.inSources) { off, adj in
                withPointers(g.offsets, g.targets) { backOff, back in
                    parallelItems(n: n, threads: threads, makeWorker: { BFSDistanceWorkspace(n) }) { ws, u in
                        let (reached, total, h) = ws.run(source: u, off: off, adj: adj, backOff: backOff, back: back)
                        close.p[u] = closenessValue(reached: reached, total: Double(total), n: n)
                        harm.p[u] = h
                    }
                }
            }
        }
        return (close.array, harm.array)
    }

    /// networkx: `(len(sp) - 1.0) / totsp`, then `*= (len(sp) - 1.0) / (len_G - 1)`.
    @inline(__always)
    static func closenessValue(reached: Int, total: Double, n: Int) -> Double {
        guard total > 0, n > 1 else { return 0 }
        var c = (Double(reached) - 1.0) / total
        c *= (Double(reached) - 1.0) / Double(n - 1)
        return c
    }
}

/// Per-thread direction-optimizing BFS (Beamer, Asanović & Patterson, SC 2012) that returns, for one source, the
/// number of nodes reached (source included), the sum of hop distances and the sum of their reciprocals.
///
/// Levels are expanded top-down (scan the frontier's arcs) while the frontier is small, and bottom-up (each
/// unvisited node looks for a parent in the frontier and stops at the first) once the frontier's arcs outnumber
/// the unvisited nodes' arcs / 14; only the per-level node counts are needed, and both directions give the same.
final class BFSDistanceWorkspace {
    let n: Int
    let level: Scratch<Int32>
    let queue: Scratch<Int32>
    let unvisited: Scratch<Int32>

    init(_ n: Int) {
        self.n = n
        level = Scratch(n, -1)
        queue = Scratch(n, 0)
        unvisited = Scratch(n, 0)
    }

    /// BFS from `s` along `adj` (top-down); `back` is the opposite adjacency, used bottom-up (a node `w` joins
    /// level d when some `back`-neighbor of `w` is on level d-1). For undirected graphs both are the same.
    func run(
        source s: Int, off: UnsafePointer<Int>, adj: UnsafePointer<Int32>, backOff: UnsafePointer<Int>,
        back: UnsafePointer<Int32>
    ) -> (reached: Int, total: Int, harmonic: Double) {
        let level = self.level.p, queue = self.queue.p, unvisited = self.unvisited.p
        let n = self.n
        level[s] = 0
        queue[0] = Int32(truncatingIfNeeded: s)
        var levelStart = 0, levelEnd = 1, tail = 1
        var d: Int32 = 0
        var total = 0
        var harmonic = 0.0
        var frontierArcs = off[s + 1] - off[s]
        var unvisitedArcs = off[n] - frontierArcs
        var unvisitedCount = -1  // the unvisited list is built at the first bottom-up level
        while levelStart < levelEnd {
            d += 1
            var newArcs = 0
            if frontierArcs > unvisitedArcs / 14 {
                // Bottom-up.
                if unvisitedCount < 0 {
                    unvisitedCount = 0
                    for w in 0..<n where level[w] < 0 {
                        unvisited[unvisitedCount] = Int32(truncatingIfNeeded: w)
                        unvisitedCount += 1
                    }
                }
                let parentLevel = d - 1
                var kept = 0
                for j in 0..<unvisitedCount {
                    let w = Int(unvisited[j])
                    if level[w] >= 0 { continue }  // reached by a top-down level since the list was built
                    var e = backOff[w]
                    let end = backOff[w + 1]
                    var found = false
                    while e < end {
                        if level[Int(back[e])] == parentLevel {
                            found = true
                            break
                        }
                        e += 1
                    }
                    if found {
                        queue[tail] = Int32(truncatingIfNeeded: w)
                        tail += 1
                        newArcs += off[w + 1] - off[w]
                    } else {
                        unvisited[kept] = Int32(truncatingIfNeeded: w)
                        kept += 1
                    }
                }
                unvisitedCount = kept
                // Levels are set after the scan, so nodes found on this level are not taken as parents.
                for q in levelEnd..<tail { level[Int(queue[q])] = d }
            } else {
                // Top-down.
                for q in levelStart..<levelEnd {
                    let v = Int(queue[q])
                    var e = off[v]
                    let end = off[v + 1]
                    while e < end {
                        let w = Int(adj[e])
                        if level[w] < 0 {
                            level[w] = d
                            queue[tail] = Int32(truncatingIfNeeded: w)
                            tail += 1
                            newArcs += off[w + 1] - off[w]
                        }
                        e += 1
                    }
                }
            }
            let c = tail - levelEnd
            if c == 0 { break }
            total += c * Int(d)
            harmonic += Double(c) / Double(d)
            levelStart = levelEnd
            levelEnd = tail
            unvisitedArcs -= newArcs
            frontierArcs = newArcs
        }
        for q in 0..<tail { level[Int(queue[q])] = -1 }
        return (tail, total, harmonic)
    }
}

/// Per-thread Dijkstra (indexed 4-ary heap) returning, for one source, the number of nodes reached (source
/// included), the sum of their distances in settling order and the sum of reciprocal distances.
final class DijkstraDistanceWorkspace {
    let dist: Scratch<Double>
    let settled: Scratch<Bool>
    let order: Scratch<Int32>
    let heapStorage: IndexedMinHeap

    init(_ n: Int) {
        dist = Scratch(n, .infinity)
        settled = Scratch(n, false)
        order = Scratch(n, 0)
        heapStorage = IndexedMinHeap(capacity: n)
    }

    deinit { heapStorage.free() }

    func run(source s: Int, off: UnsafePointer<Int>, adj: UnsafePointer<Int32>, len: UnsafePointer<Double>)
        -> (reached: Int, total: Double, harmonic: Double)
    {
        let dist = self.dist.p, settled = self.settled.p, order = self.order.p
        var heap = heapStorage
        var count = 0
        var total = 0.0
        var harmonic = 0.0
        dist[s] = 0
        heap.push(Int32(truncatingIfNeeded: s), 0)
        while !heap.isEmpty {
            let v32 = heap.popMin()
            let v = Int(v32)
            settled[v] = true
            order[count] = v32
            count += 1
            let dv = dist[v]
            total += dv
            if dv != 0 { harmonic += 1 / dv }
            var e = off[v]
            let end = off[v + 1]
            while e < end {
                let w = Int(adj[e])
                if !settled[w] {
                    let d = dv + len[e]
                    let dw = dist[w]
                    if d < dw {
                        dist[w] = d
                        if dw == .infinity {
                            heap.push(Int32(truncatingIfNeeded: w), d)
                        } else {
                            heap.decrease(Int32(truncatingIfNeeded: w), d)
                        }
                    }
                }
                e += 1
            }
        }
        for k in 0..<count {
            let v = Int(order[k])
            dist[v] = .infinity
            settled[v] = false
        }
        return (count, total, harmonic)
    }
}
