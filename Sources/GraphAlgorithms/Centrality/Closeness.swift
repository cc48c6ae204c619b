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
                    parallelItems(n: n, threads: threads, makeWorker: { DijkstraDistances(n) }) { ws, u in
                        let reached = ws.search(source: u, off: off, adj: adj, len: lenP)
                        let (total, h) = distanceSums(ws, reached: reached)
                        ws.reset(reached)
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

    /// The sum of the distances of the last search (in settling order) and the sum of their reciprocals.
    @inline(__always)
    static func distanceSums(_ ws: DijkstraDistances, reached: Int) -> (total: Double, harmonic: Double) {
        let dist = ws.dist.p, order = ws.order.p
        var total = 0.0
        var harmonic = 0.0
        for k in 0..<reached {
            let dv = dist[Int(order[k])]
            total += dv
            if dv != 0 { harmonic += 1 / dv }
        }
        return (total, harmonic)
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
        let level = self.level.p, queue = self.queue.p
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
            let newArcs: Int
            if frontierArcs > unvisitedArcs / 14 {
                if unvisitedCount < 0 { unvisitedCount = collectUnvisited() }
                (tail, newArcs, unvisitedCount) = bottomUpLevel(
                    d, unvisitedCount: unvisitedCount, levelEnd: levelEnd, off: off, backOff: backOff, back: back)
            } else {
                (tail, newArcs) = topDownLevel(d, levelStart: levelStart, levelEnd: levelEnd, off: off, adj: adj)
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

    /// Lists the nodes not reached yet in `unvisited`; returns how many.
    private func collectUnvisited() -> Int {
        let level = self.level.p, unvisited = self.unvisited.p
        var count = 0
        for w in 0..<n where level[w] < 0 {
            unvisited[count] = Int32(truncatingIfNeeded: w)
            count += 1
        }
        return count
    }

    /// Top-down level `d`: scans the arcs of the frontier `queue[levelStart..<levelEnd]`, appending new nodes
    /// after it. Returns the new queue end and the out-arc count of the new nodes.
    @inline(__always)
    private func topDownLevel(
        _ d: Int32, levelStart: Int, levelEnd: Int, off: UnsafePointer<Int>, adj: UnsafePointer<Int32>
    ) -> (tail: Int, newArcs: Int) {
        let level = self.level.p, queue = self.queue.p
        var tail = levelEnd
        var newArcs = 0
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
        return (tail, newArcs)
    }

    /// Bottom-up level `d`: each listed unvisited node looks for a `back`-neighbor on level d-1 and stops at the
    /// first; found nodes are appended to the queue (from `levelEnd`), the others stay listed. Returns the new queue
    /// end, the out-arc count of the new nodes and the new unvisited count.
    @inline(__always)
    private func bottomUpLevel(
        _ d: Int32, unvisitedCount: Int, levelEnd: Int, off: UnsafePointer<Int>, backOff: UnsafePointer<Int>,
        back: UnsafePointer<Int32>
    ) -> (tail: Int, newArcs: Int, unvisitedCount: Int) {
        let level = self.level.p, queue = self.queue.p, unvisited = self.unvisited.p
        let parentLevel = d - 1
        var tail = levelEnd
        var newArcs = 0
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
        // Levels are set after the scan, so nodes found on this level are not taken as parents.
        for q in levelEnd..<tail { level[Int(queue[q])] = d }
        return (tail, newArcs, kept)
    }

}
