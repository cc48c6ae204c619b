/// Louvain community detection maximizing modularity (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast
/// unfolding of communities in large networks", J. Stat. Mech. P10008), with multilevel refinement (Rotta &
/// Noack 2011, "Multilevel local search algorithms for modularity clustering", ACM JEA 16) and the
/// sub-community aggregation and iteration of the smart local moving algorithm (Waltman & van Eck 2013, "A smart
/// local moving algorithm for large-scale modularity-based community detection", Eur. Phys. J. B 86:471).
///
/// One pass, level by level:
/// 1. local moving: sweeps over the nodes, in a seeded random order (grouped by community, for memory locality),
///    moving each node to the neighboring community with the largest modularity gain, until a sweep moves
///    nothing;
/// 2. sub-communities: inside each community, the same local moving restricted to the community, starting from
///    singletons, splits it into sub-communities;
/// 3. aggregation: the sub-communities become the nodes of the next level (edge weights summed, internal weight
///    kept as a self-loop), each starting in the community its members were in, so that local moving on the next
///    level can move a whole sub-community to another community (plain Louvain can only move whole communities
///    there, so a misplaced part stays misplaced);
/// until every node of a level stays alone. Refinement: the final partition is projected back onto each finer
/// level in turn and improved there by local moving (single nodes can leave the community their aggregate was
/// put in). Passes: each further pass restarts from the previous pass's partition (its first level is already
/// locally optimal, so it begins with step 2); the modularity never decreases from pass to pass. At most
/// `passes` of them run (by default 3), and the pass that adds less than `minimumGain` modularity (by default
/// 10⁻⁴) is the last. Finally any community that is not connected is split into its connected components (never
/// lowers modularity), so every community of the result is connected.
///
/// The sub-communities and the passes are what lift Louvain to within a few 10⁻⁴ of Leiden's modularity on
/// co-authorship graphs (ca-GrQc, cond-mat; `Tests/GraphAlgorithmsTests/CommunityDetectionTests.swift`), where
/// one plain pass stays about 0.002 below.
///
/// Deterministic: the same graph, resolution, seed and passes give the same `Partition` (bit-identical
/// modularity) on every run and platform; single-threaded, no hash-table iteration order is involved. Different
/// seeds may give different, equally valid partitions.
///
/// Weight convention: edge weights are similarities (larger = stronger tie), non-negative; call `unweighted()`
/// first to ignore them. Directed graphs are clustered on their undirected view (`undirected()`, arc weights of
/// both directions summed), and `Partition.modularity` is the modularity of that view. Resolution γ as in
/// `Modularity` (γ > 1: more, smaller communities; γ = 0: connected components).
///
/// - Complexity: O(m) per sweep for m edges; a few sweeps per level, O(log n) levels per pass in practice; a pass
///   after the first costs about as much as the first (on a 40k-node, 274k-edge co-author graph the default
///   stops after 2 passes, about 2.5 times the time of one plain Louvain pass). O(n + m) memory (all levels of a
///   pass are kept for the refinement; together they are smaller than the input in practice).
public enum Louvain {
    /// Passes run at most by default. On ca-GrQc and cond-mat the second and third pass each still add a few 10⁻⁴
    /// of modularity, later ones less, while each costs about as much as the first.
    public static let defaultPasses = 3
    /// A pass that adds less modularity than this is the last one by default (on a 40k-node co-author graph the
    /// second pass adds 0.7·10⁻⁴ and a third would add 10⁻⁵).
    public static let defaultMinimumGain = 1e-4

    /// Partitions `g` (its undirected view) into communities.
    /// - Parameters:
    ///   - resolution: γ of `Modularity`.
    ///   - seed: seeds the visiting orders; the same seed gives the same partition.
    ///   - passes: at most this many passes, each restarting from the previous result (negative: no limit;
    ///     0: singletons).
    ///   - minimumGain: a pass that raises modularity by less than this is the last (0: go on while a pass
    ///     improves it at all).
    public static func run(
        _ g: CSRGraph, resolution: Double = 1, seed: UInt64 = 42,
        passes: Int = defaultPasses, minimumGain: Double = defaultMinimumGain
    ) -> Partition {
        CommunityDriver.run(g, resolution: resolution, seed: seed, rounds: passes) { capacity, scale in
            let work = Workspace(capacity: capacity, scale: scale)
            var best = -Double.infinity
            return { graph, membership, index, isLast, rng in
                pass(graph, membership, work, first: index == 0, rng: &rng)
                if isLast { return false }
                // q is modularity × 2m.
                let q = quality(graph, membership, work)
                if q <= best + 1e-12 * abs(best) || (q - best) / graph.totalNodeWeight < minimumGain { return false }
                best = q
                return true
            }
        }
    }

    /// Buffers of one run, sized for the level-0 node count (every level is smaller).
    final class Workspace {
        /// γ / 2m: the gain of putting node v (strength k_v) into community C is `w(v, C) − scale · k_v · K_C`.
        let scale: Double
        let shared: CommunityScratch
        let comm, refined, next, relabelMap: UnsafeMutablePointer<Int32>
        let commWeight: UnsafeMutablePointer<Double>
        let active: UnsafeMutablePointer<Bool>

        init(capacity n: Int, scale: Double) {
            self.scale = scale
            shared = CommunityScratch(capacity: n)
            let c = max(n, 1)
            comm = .allocate(capacity: c)
            refined = .allocate(capacity: c)
            next = .allocate(capacity: c)
            relabelMap = .allocate(capacity: c)
            commWeight = .allocate(capacity: c)
            active = .allocate(capacity: c)
        }

        deinit {
            for p in [comm, refined, next, relabelMap] { p.deallocate() }
            commWeight.deallocate()
            active.deallocate()
        }
    }

    /// One pass from `membership` (ids in `0..<n`; dense ids on return): coarsening with sub-communities, then
    /// multilevel refinement on the way back down. `first`: the first pass, whose level 0 starts from singletons;
    /// later passes start from a partition that is already locally optimal on level 0.
    static func pass(
        _ base: CommunityLevelGraph, _ membership: UnsafeMutablePointer<Int32>, _ work: Workspace,
        first: Bool, rng: inout Xoshiro256
    ) {
        let n = base.nodeCount
        let comm = work.comm, refined = work.refined, next = work.next, map = work.relabelMap
        var graph = base
        // The graph of each level and the next-level node (sub-community) of each of its nodes.
        var levels: [(graph: CommunityLevelGraph, up: [Int32])] = []
        comm.update(from: membership, count: n)
        while true {
            let levelN = graph.nodeCount
            if first || !levels.isEmpty { _ = localMoving(graph, comm, work, rng: &rng) }
            let count = CommunitySteps.relabel(comm, count: levelN, map: map)
            if count == levelN { break }
            // Sub-communities: local moving from singletons, each node confined to its community.
            for v in 0..<levelN { refined[v] = Int32(truncatingIfNeeded: v) }
            _ = localMoving(graph, refined, work, within: comm, rng: &rng)
            var subCount = CommunitySteps.relabel(refined, count: levelN, map: map)
            if subCount == levelN {
                // No community splits into anything coarser than its nodes: aggregate by the communities.
                refined.update(from: comm, count: levelN)
                subCount = count
            }
            // Each sub-community starts in its community on the next level.
            for v in 0..<levelN { next[Int(refined[v])] = comm[v] }
            levels.append((graph, Array(UnsafeBufferPointer(start: refined, count: levelN))))
            graph = graph.aggregate(refined, communityCount: subCount, scratch: work.shared)
            comm.update(from: next, count: subCount)
        }
        // Refinement on the way back down (Rotta & Noack 2011): the final partition, projected onto each finer
        // level, is improved by local moving of that level's nodes.
        var above = Array(UnsafeBufferPointer(start: comm, count: graph.nodeCount))
        for level in stride(from: levels.count - 1, through: 0, by: -1) {
            let (g, up) = levels[level]
            for v in 0..<g.nodeCount { comm[v] = above[Int(up[v])] }
            _ = localMoving(g, comm, work, rng: &rng)
            above = Array(UnsafeBufferPointer(start: comm, count: g.nodeCount))
        }
        membership.update(from: above, count: n)
        _ = CommunitySteps.relabel(membership, count: n, map: map)
    }

    /// Modularity × 2m of `membership` on the level-0 graph, in edge-weight units (only compared between passes).
    static func quality(_ g: CommunityLevelGraph, _ membership: UnsafePointer<Int32>, _ work: Workspace) -> Double {
        let n = g.nodeCount
        let total = work.commWeight
        total.update(repeating: 0, count: n)
        var inside = 0.0
        for v in 0..<n {
            let c = membership[v]
            total[Int(c)] += g.nodeWeight[v]
            var e = g.offsets[v]
            let end = g.offsets[v + 1]
            while e < end {
                if membership[Int(g.targets[e])] == c { inside += g.weights[e] }
                e &+= 1
            }
        }
        var expected = 0.0
        for c in 0..<n { expected += total[c] * total[c] }
        return inside - work.scale * expected
    }

    /// Louvain's local moving on one level: sweeps in a seeded random order (grouped by community, see
    /// `CommunitySteps.groupedRandomOrder`) until a sweep moves no node; after the first sweep only nodes with
    /// a neighbor that moved away from them are revisited (pruning). `comm` holds community ids in
    /// `0..<nodeCount` (in/out). With `within` (ids in `0..<nodeCount`), a node only sees the neighbors of its own
    /// `within` group, so communities never cross groups. The gain of putting node v (strength k_v) into
    /// community C is `w(v, C) − scale · k_v · K_C` in edge-weight units. A node moves only for a strictly larger
    /// gain (beyond rounding, 1e-12·k_v), so sweeps terminate. Returns whether any node moved.
    static func localMoving(
        _ g: CommunityLevelGraph, _ comm: UnsafeMutablePointer<Int32>, _ work: Workspace,
        within: UnsafePointer<Int32>? = nil, rng: inout Xoshiro256
    ) -> Bool {
        let n = g.nodeCount
        let nodeWeight = g.nodeWeight, commWeight = work.commWeight, order = work.shared.order
        let group = within ?? UnsafePointer(comm)
        // Pruning (Ozaki, Tezuka & Inaba 2016): after the first sweep only nodes whose neighborhood changed are
        // visited again; a sweep that visits no such node would move nothing.
        let active = work.active
        active.update(repeating: true, count: n)
        commWeight.update(repeating: 0, count: n)
        for v in 0..<n { commWeight[Int(comm[v])] += nodeWeight[v] }
        CommunitySteps.groupedRandomOrder(group, count: n, rng: &rng, scratch: work.shared, into: order)
        var anyMove = false
        var moves = 0
        repeat {
            moves = 0
            for i in 0..<n {
                let v = Int(order[i])
                if !active[v] { continue }
                active[v] = false
                if g.offsets[v] == g.offsets[v + 1] { continue }
                let a = comm[v]
                var best = bestCommunity(v, g, comm, group: group, restricted: within != nil, work)
                if best != a {
                    comm[v] = best
                    moves += 1
                    activateNeighbors(v, g, comm, group: group, restricted: within != nil, active: active)
                } else {
                    best = a
                }
                commWeight[Int(best)] += nodeWeight[v]
            }
            if moves > 0 { anyMove = true }
        } while moves > 0
        return anyMove
    }

    /// The neighboring community node v (with at least one edge) should move to, or its own when no move gains
    /// beyond rounding. With `restricted`, only neighbors of v's `group` count. Removes v's weight from its own
    /// community's weight (the caller adds it to the chosen one).
    @inline(__always)
    static func bestCommunity(
        _ v: Int, _ g: CommunityLevelGraph, _ comm: UnsafePointer<Int32>, group: UnsafePointer<Int32>,
        restricted: Bool, _ work: Workspace
    ) -> Int32 {
        let targets = g.targets, weights = g.weights, commWeight = work.commWeight
        let neighWeight = work.shared.neighWeight, seen = work.shared.seen, touched = work.shared.touched
        let a = comm[v]
        let gv = group[v]
        let kv = g.nodeWeight[v]
        touched[0] = a
        seen[Int(a)] = true
        var count = 1
        var e = g.offsets[v]
        let end = g.offsets[v + 1]
        if restricted {
            while e < end {
                let u = Int(targets[e])
                if group[u] == gv {
                    CommunitySteps.accumulate(
                        comm[u], weights[e], seen: seen, touched: touched, count: &count, total: neighWeight)
                }
                e &+= 1
            }
        } else {
            while e < end {
                CommunitySteps.accumulate(
                    comm[Int(targets[e])], weights[e], seen: seen, touched: touched, count: &count,
                    total: neighWeight)
                e &+= 1
            }
        }
        commWeight[Int(a)] -= kv
        let f = work.scale * kv
        let currentGain = neighWeight[Int(a)] - f * commWeight[Int(a)]
        var best = a
        var bestGain = currentGain
        CommunitySteps.bestNeighborCommunity(
            count, touched: touched, total: neighWeight, commWeight: commWeight, f: f, best: &best,
            bestGain: &bestGain)
        CommunitySteps.clear(count, touched: touched, seen: seen, total: neighWeight)
        return best != a && bestGain - currentGain > 1e-12 * kv ? best : a
    }

    /// After v moved: marks its neighbors outside its new community (within its group when `restricted`) for
    /// another visit.
    @inline(__always)
    static func activateNeighbors(
        _ v: Int, _ g: CommunityLevelGraph, _ comm: UnsafePointer<Int32>, group: UnsafePointer<Int32>,
        restricted: Bool, active: UnsafeMutablePointer<Bool>
    ) {
        let best = comm[v], gv = group[v]
        var e = g.offsets[v]
        let end = g.offsets[v + 1]
        while e < end {
            let u = Int(g.targets[e])
            if comm[u] != best && (!restricted || group[u] == gv) { active[u] = true }
            e &+= 1
        }
    }
}
