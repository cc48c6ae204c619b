/// Single-source shortest-path distances by Dijkstra's algorithm (indexed 4-ary heap), with per-thread buffers
/// allocated once and reused for every source: the one distance kernel of the path measures that need only
/// distances (closeness, harmonic, the eccentricity bound of sampled betweenness). Brandes' pass and the path
/// sampler also need path counts and predecessors, so they keep their own searches.
///
/// After `search`, `order[0..<reached]` holds the reached nodes in settling order (the source first) and `dist`
/// their distances, each the `Double` sum `dist[u] + len(u, v)` along the search as networkx accumulates it;
/// `reset(reached)` clears them for the next source. Arcs of infinite length are never used.
///
/// - Complexity: O((n + m) log n) per source for the reached part; O(n) memory.
///
/// Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numer. Math. 1, 1959.
final class DijkstraDistances {
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

    /// Settles every node reachable from `s` along `adj` (lengths `len`); returns how many (the source included).
    @inline(__always)
    func search(source s: Int, off: UnsafePointer<Int>, adj: UnsafePointer<Int32>, len: UnsafePointer<Double>)
        -> Int
    {
        let dist = self.dist.p, settled = self.settled.p, order = self.order.p
        var heap = heapStorage  // storage is shared; the heap is empty again on return
        var count = 0
        dist[s] = 0
        heap.push(Int32(truncatingIfNeeded: s), 0)
        while !heap.isEmpty {
            let v32 = heap.popMin()
            let v = Int(v32)
            settled[v] = true
            order[count] = v32
            count += 1
            let dv = dist[v]
            var e = off[v]
            let end = off[v + 1]
            while e < end {
                let w = Int(adj[e])
                if !settled[w] {
                    let d = dv + len[e]
                    let dw = dist[w]
                    if d < dw {
                        dist[w] = d
                        heap.lower(Int32(truncatingIfNeeded: w), to: d, from: dw)
                    }
                }
                e += 1
            }
        }
        return count
    }

    /// Clears the distances and marks of the `reached` nodes of the last search.
    @inline(__always)
    func reset(_ reached: Int) {
        let dist = self.dist.p, settled = self.settled.p, order = self.order.p
        for k in 0..<reached {
            let v = Int(order[k])
            dist[v] = .infinity
            settled[v] = false
        }
    }
}
