/// Louvain community detection maximizing modularity (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast
/// unfolding of communities in large networks", J. Stat. Mech. P10008), with multilevel refinement (Rotta &
/// Noack 2011, "Multilevel local search algorithms for modularity clustering", ACM JEA 16).
///
/// Coarsening: each level starts from singletons and repeats sweeps over the nodes, in an order shuffled by the
/// seed, moving each node to the neighboring community with the largest modularity gain, until a sweep moves
/// nothing; the communities then become the nodes of the next level (edge weights summed, internal weight kept
/// as a self-loop). The hierarchy ends when a level moves no node. Refinement: the final partition is projected
/// back onto each finer level in turn and improved there by the same local moving (single nodes can leave the
/// community their aggregate was put in). Finally any community that is not connected is split into its
/// connected components (never lowers modularity), so every community of the result is connected.
///
/// Deterministic: the same graph, resolution and seed give the same `Partition` (bit-identical modularity) on
/// every run and platform; no hash-table iteration order is involved. Different seeds may give different,
/// equally valid partitions.
///
/// Weight convention: edge weights are similarities (larger = stronger tie), non-negative; call `unweighted()`
/// first to ignore them. Directed graphs are clustered on their undirected view (`undirected()`, arc weights of
/// both directions summed), and `Partition.modularity` is the modularity of that view. Resolution γ as in
/// `Modularity` (γ > 1: more, smaller communities; γ = 0: connected components).
///
/// - Complexity: O(m) per sweep for m edges; a few sweeps per level and O(log n) levels in practice. O(n + m)
///   memory (all levels are kept for the refinement; together they are smaller than the input in practice).
public enum Louvain {
    public static func run(_ g: CSRGraph, resolution: Double = 1, seed: UInt64 = 42) -> Partition {
        let ug = g.isDirected ? g.undirected() : g
        let n = ug.nodeCount
        if n == 0 { return Partition(membership: [], count: 0, modularity: 0) }
        var graph = CommunityLevelGraph(ug)
        var membership = [Int32](unsafeUninitializedCapacity: n) { buf, count in
            for v in 0..<n { buf[v] = Int32(truncatingIfNeeded: v) }
            count = n
        }
        if graph.totalNodeWeight > 0 {
            var rng = Xoshiro256(seed: seed)
            let scale = resolution / graph.totalNodeWeight
            let scratch = CommunityScratch(capacity: n)
            let comm = UnsafeMutablePointer<Int32>.allocate(capacity: n)
            let commWeight = UnsafeMutablePointer<Double>.allocate(capacity: n)
            let map = UnsafeMutablePointer<Int32>.allocate(capacity: n)
            defer {
                comm.deallocate()
                commWeight.deallocate()
                map.deallocate()
            }
            // Coarsening: the graph of each level and the community (= next-level node) of each of its nodes.
            var levels: [(graph: CommunityLevelGraph, up: [Int32])] = []
            while true {
                let levelN = graph.nodeCount
                for v in 0..<levelN { comm[v] = Int32(truncatingIfNeeded: v) }
                let moved = localMoving(graph, comm, commWeight: commWeight, scratch: scratch, scale: scale,
                                        rng: &rng)
                if !moved { break }
                let count = CommunitySupport.relabel(comm, count: levelN, map: map)
                levels.append((graph, Array(UnsafeBufferPointer(start: comm, count: levelN))))
                if count == levelN { break }
                graph = graph.aggregate(comm, communityCount: count, scratch: scratch)
            }
            // Refinement on the way back down: the final partition, projected onto each finer level, is improved
            // by local moving of that level's nodes (multilevel refinement, Rotta & Noack 2011).
            if !levels.isEmpty {
                // The top level's communities are final; each finer level starts from the projection.
                var above = levels[levels.count - 1].up
                for level in stride(from: levels.count - 2, through: 0, by: -1) {
                    let (g, up) = levels[level]
                    for v in 0..<g.nodeCount { comm[v] = above[Int(up[v])] }
                    _ = localMoving(g, comm, commWeight: commWeight, scratch: scratch, scale: scale, rng: &rng)
                    above = Array(UnsafeBufferPointer(start: comm, count: g.nodeCount))
                }
                membership = above
            }
        }
        return CommunitySupport.finish(ug, membership, resolution: resolution)
    }

    /// Louvain's local moving on one level: sweeps in a seeded random order until a sweep moves no node; after the
    /// first sweep only nodes with a neighbor that moved away from them are revisited (pruning).
    /// `comm` holds community ids in `0..<nodeCount` (in/out). `scale` is γ / 2m, so the gain of putting node v
    /// (strength k_v) into community C is `w(v, C) − scale · k_v · K_C` in edge-weight units. A node moves only
    /// for a strictly larger gain (beyond rounding, 1e-12·k_v), so sweeps terminate. Returns whether any moved.
    static func localMoving(_ g: CommunityLevelGraph, _ comm: UnsafeMutablePointer<Int32>,
                            commWeight: UnsafeMutablePointer<Double>, scratch: CommunityScratch, scale: Double,
                            rng: inout Xoshiro256) -> Bool {
        let n = g.nodeCount
        let offsets = g.offsets, targets = g.targets, weights = g.weights, nodeWeight = g.nodeWeight
        let neighWeight = scratch.neighWeight, seen = scratch.seen, touched = scratch.touched
        let order = scratch.order
        // Pruning (Ozaki, Tezuka & Inaba 2016): after the first sweep only nodes whose neighborhood changed are
        // visited again; a sweep that visits no such node would move nothing.
        let active = UnsafeMutablePointer<Bool>.allocate(capacity: max(n, 1))
        active.initialize(repeating: true, count: n)
        defer { active.deallocate() }
        commWeight.update(repeating: 0, count: n)
        for v in 0..<n { commWeight[Int(comm[v])] += nodeWeight[v] }
        rng.fillPermutation(order, count: n)

        var anyMove = false
        var moves = 0
        repeat {
            moves = 0
            for i in 0..<n {
                let v = Int(order[i])
                if !active[v] { continue }
                active[v] = false
                let start = offsets[v], end = offsets[v + 1]
                if start == end { continue }
                let a = comm[v]
                let kv = nodeWeight[v]
                touched[0] = a
                seen[Int(a)] = true
                var count = 1
                var e = start
                while e < end {
                    CommunitySupport.accumulate(comm[Int(targets[e])], weights[e], seen: seen, touched: touched,
                                                count: &count, total: neighWeight)
                    e &+= 1
                }
                commWeight[Int(a)] -= kv
                let f = scale * kv
                let currentGain = neighWeight[Int(a)] - f * commWeight[Int(a)]
                var best = a
                var bestGain = currentGain
                for j in 1..<count {
                    let c = Int(touched[j])
                    let gain = neighWeight[c] - f * commWeight[c]
                    if gain > bestGain {
                        bestGain = gain
                        best = touched[j]
                    }
                }
                if best != a && bestGain - currentGain > 1e-12 * kv {
                    comm[v] = best
                    moves += 1
                    e = start
                    while e < end {
                        let u = Int(targets[e])
                        if comm[u] != best { active[u] = true }
                        e &+= 1
                    }
                } else {
                    best = a
                }
                commWeight[Int(best)] += kv
                for j in 0..<count {
                    let c = Int(touched[j])
                    neighWeight[c] = 0
                    seen[c] = false
                }
            }
            if moves > 0 { anyMove = true }
        } while moves > 0
        return anyMove
    }
}
