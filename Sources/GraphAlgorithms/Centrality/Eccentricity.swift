/// Unweighted eccentricity and diameter of a connected node set (hop counts; weights are ignored), matching
/// `networkx.diameter(G.subgraph(component))`.
///
/// Searches stay inside the given node set (the diameter of the induced subgraph, which for a whole connected
/// component is the component's diameter). Directed graphs follow out-arcs; the set should then be strongly
/// connected (networkx raises otherwise). If the set is not connected, the largest finite distance is returned.
///
/// - `diameter`: exact, one BFS from every node of the set, on `threads` threads (the result is an integer
///   maximum, identical for every thread count). O(k·m_C) time for k nodes and m_C edges in the set.
/// - `diameterBounds`: for huge graphs. Undirected graphs: the 4-Sweep heuristic picks a central node, then iFUB
///   (iterative Fringe Upper Bound) tightens `lower ≤ diameter ≤ upper` with BFS from the nodes farthest from it,
///   until the bounds meet or `maxSearches` BFS were run; on real-world graphs a few dozen BFS usually give the
///   exact value. Directed graphs: a double sweep for `lower` and `ecc_in(r) + ecc_out(r)` for `upper`.
///
/// - Complexity: `diameter` O(k·(k + m_C)); `diameterBounds` O(maxSearches·(k + m_C)); O(n) memory per thread.
///
/// References: P. Crescenzi, R. Grossi, M. Habib, L. Lanzi, A. Marino, "On computing the diameter of real-world
/// undirected graphs", Theoretical Computer Science 514, 2013 (iFUB, 4-Sweep); C. Magnien, M. Latapy,
/// M. Habib, "Fast computation of empirically tight bounds for the diameter of massive graphs", J. Exp.
/// Algorithmics 13, 2009 (double sweep).
public enum Eccentricity {
    /// Exact unweighted diameter of the node set `component` (BFS from every node, multithreaded).
    /// - Complexity: O(k·(k + m_C)) for k nodes and m_C edges in the set.
    public static func diameter(_ g: CSRGraph, component: [Int], threads: Int = 2) -> Int {
        if component.count <= 1 { return 0 }
        let mask = membership(g, component)
        let best = SharedOutput<Int>(max(1, threads), 0)
        withPointers(g.offsets, g.targets) { off, adj in
            mask.withUnsafeBufferPointer { m in
                let maskP = m.baseAddress!
                let slots = ChunkCounter(count: Int.max)
                parallelItems(
                    n: component.count, threads: threads,
                    makeWorker: { () -> (LevelBFS, Int) in
                        (LevelBFS(g.nodeCount), slots.claim()!)
                    }
                ) { worker, i in
                    let ecc = worker.0.run(source: component[i], off: off, adj: adj, mask: maskP).ecc
                    if ecc > best.p[worker.1] { best.p[worker.1] = ecc }
                }
            }
        }
        return best.array.max() ?? 0
    }

    /// Lower and upper bounds on the unweighted diameter of `component`, exact (`lower == upper`) when they meet
    /// within `maxSearches` breadth-first searches (see the type's documentation).
    /// - Complexity: O(maxSearches·(k + m_C)).
    public static func diameterBounds(_ g: CSRGraph, component: [Int], maxSearches: Int = 1000)
        -> (lower: Int, upper: Int)
    {
        if component.count <= 1 { return (0, 0) }
        let mask = membership(g, component)
        return withPointers(g.offsets, g.targets) { off, adj in
            withPointers(g.inOffsets, g.inSources) { inOff, inAdj in
                mask.withUnsafeBufferPointer { m in
                    let maskP = m.baseAddress!
                    let bfs = LevelBFS(g.nodeCount)
                    // Start from a node of largest degree inside the set.
                    var r = component[0]
                    for v in component where g.degree(v) > g.degree(r) { r = v }
                    if g.isDirected {
                        let forward = bfs.run(source: r, off: off, adj: adj, mask: maskP)
                        let far = Int(bfs.queue.p[forward.reached - 1])
                        let sweep = bfs.run(source: far, off: off, adj: adj, mask: maskP)
                        let backward = bfs.run(source: r, off: inOff, adj: inAdj, mask: maskP)
                        let lower = max(forward.ecc, sweep.ecc, backward.ecc)
                        let upper = min(component.count - 1, forward.ecc + backward.ecc)
                        return (lower, max(lower, upper))
                    }
                    return iFUB(start: r, bfs: bfs, off: off, adj: adj, mask: maskP, maxSearches: max(4, maxSearches))
                }
            }
        }
    }

    /// 4-Sweep, then iFUB from the chosen centre (undirected).
    static func iFUB(
        start r1: Int, bfs: LevelBFS, off: UnsafePointer<Int>, adj: UnsafePointer<Int32>,
        mask: UnsafePointer<Bool>, maxSearches: Int
    ) -> (lower: Int, upper: Int) {
        var searches = 0
        var lower = 0
        // One sweep pair: BFS from x, then from its farthest node a; returns the middle of the a–b path.
        func sweep(_ x: Int) -> Int {
            let first = bfs.run(source: x, off: off, adj: adj, mask: mask)
            lower = max(lower, first.ecc)
            let a = Int(bfs.queue.p[first.reached - 1])
            let second = bfs.run(source: a, off: off, adj: adj, mask: mask, parents: true)
            searches += 2
            lower = max(lower, second.ecc)
            var mid = Int(bfs.queue.p[second.reached - 1])
            for _ in 0..<(second.ecc / 2) { mid = Int(bfs.parent.p[mid]) }
            return mid
        }
        let r2 = sweep(r1)
        let u = sweep(r2)
        // Fringe levels of u.
        let rootRun = bfs.run(source: u, off: off, adj: adj, mask: mask)
        searches += 1
        let eccU = rootRun.ecc
        lower = max(lower, eccU)
        var byLevel = [[Int32]](repeating: [], count: eccU + 1)
        for k in 0..<rootRun.reached {
            let v = bfs.queue.p[k]
            byLevel[Int(bfs.level.p[Int(v)])].append(v)
        }
        var upper = 2 * eccU
        var i = eccU
        while upper > lower && i > 0 {
            // Invariant: every node on levels > i has had its eccentricity taken, so diameter ≤ max(lower, 2i).
            for v in byLevel[i] {
                if searches >= maxSearches { return (lower, max(lower, upper)) }
                lower = max(lower, bfs.run(source: Int(v), off: off, adj: adj, mask: mask).ecc)
                searches += 1
                // Pairs with an unvisited node of level i are at most 2i apart.
                if lower >= 2 * i { return (lower, lower) }
            }
            // Now levels ≥ i are done; pairs within levels < i are at most 2(i-1) apart.
            if lower > 2 * (i - 1) { return (lower, lower) }
            upper = 2 * (i - 1)
            i -= 1
        }
        return (lower, max(lower, upper))
    }

    static func membership(_ g: CSRGraph, _ component: [Int]) -> [Bool] {
        var mask = [Bool](repeating: false, count: max(g.nodeCount, 1))
        for v in component {
            precondition(v >= 0 && v < g.nodeCount, "node id out of range")
            mask[v] = true
        }
        return mask
    }
}

/// Level-recording BFS restricted to a node mask; marks are stamped per search, so nothing is reset.
final class LevelBFS {
    let n: Int
    let mark: Scratch<Int32>
    let level: Scratch<Int32>
    let parent: Scratch<Int32>
    let queue: Scratch<Int32>
    var stamp: Int32 = 0

    init(_ n: Int) {
        self.n = n
        mark = Scratch(n, 0)
        level = Scratch(n, 0)
        parent = Scratch(n, -1)
        queue = Scratch(n, 0)
    }

    /// BFS from `s`; `queue[0..<reached]` holds the reached nodes in BFS order (the last one is farthest), `level`
    /// their distances and, with `parents`, `parent` their BFS-tree parents.
    @inline(__always)
    func run(
        source s: Int, off: UnsafePointer<Int>, adj: UnsafePointer<Int32>, mask: UnsafePointer<Bool>,
        parents: Bool = false
    ) -> (reached: Int, ecc: Int) {
        if stamp == Int32.max {
            stamp = 0
            mark.p.update(repeating: 0, count: max(n, 1))
        }
        stamp += 1
        let st = stamp
        let mark = self.mark.p, level = self.level.p, queue = self.queue.p, parent = self.parent.p
        mark[s] = st
        level[s] = 0
        parent[s] = -1
        queue[0] = Int32(truncatingIfNeeded: s)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(queue[head])
            head += 1
            let lv1 = level[v] &+ 1
            var e = off[v]
            let end = off[v + 1]
            while e < end {
                let w = Int(adj[e])
                if mark[w] != st && mask[w] {
                    mark[w] = st
                    level[w] = lv1
                    if parents { parent[w] = Int32(truncatingIfNeeded: v) }
                    queue[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
                e += 1
            }
        }
        return (tail, Int(level[Int(queue[tail - 1])]))
    }
}
