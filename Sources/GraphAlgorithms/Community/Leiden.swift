import Foundation

/// Leiden community detection maximizing modularity (Traag, Waltman & van Eck 2019, "From Louvain to Leiden:
/// guaranteeing well-connected communities", Sci. Rep. 9:5233).
///
/// One iteration repeats, level by level:
/// 1. fast local moving: a queue of nodes (initially all, in seeded random order, grouped by community); a node
///    moves to the neighboring or an empty community with the largest modularity gain, and its neighbors
///    outside its new community are queued again;
/// 2. refinement: inside each community, starting from singletons, each still-singleton node that is well
///    connected to its community joins a well-connected sub-community drawn at random with probability
///    ∝ exp(ΔQ / θ) among those with ΔQ ≥ 0 (θ = 0.01, ΔQ in edge-weight units as in the authors' reference
///    implementation and igraph), so every sub-community is connected;
/// 3. aggregation on the refined partition, with the unrefined partition as the initial assignment of the
///    aggregate nodes;
/// until every community is a single aggregate node. Iterations each restart from the previous result:
/// `iterations` of them, or with a negative value (the default) until an iteration moves no node, i.e. until the
/// partition no longer changes (`iterations: 0` returns singletons). After the first iteration the nodes are
/// renumbered community by community, for memory locality only. A final check splits any community that is not
/// connected into its components (a safety net that never lowers modularity): every community of the result is
/// connected.
///
/// Deterministic: the same graph, resolution, seed and iterations give the same `Partition` (bit-identical
/// modularity) on every run; no hash-table iteration order is involved.
///
/// Weight convention: edge weights are similarities (larger = stronger tie), non-negative; call `unweighted()`
/// first to ignore them. Directed graphs are clustered on their undirected view (`undirected()`, arc weights of
/// both directions summed), and `Partition.modularity` is the modularity of that view.
///
/// - Complexity: O(m) per level (each queued node costs its degree; refinement and aggregation are linear),
///   O(log n) levels per iteration in practice; running until stable took 8 iterations on a 40k-node co-author
///   graph and 21 on an 800k-node one (each later iteration costs about a third of the first). O(n + m) memory.
public enum Leiden {
    /// Randomness θ of the refinement step.
    static let theta = 0.01
    static let inverseTheta = 1 / theta

    public static func run(
        _ g: CSRGraph, resolution: Double = 1, seed: UInt64 = 42,
        iterations: Int = -1
    ) -> Partition {
        CommunityDriver.run(g, resolution: resolution, seed: seed, rounds: iterations) { capacity, scale in
            let work = Workspace(capacity: capacity, scale: scale)
            return { graph, membership, _, _, rng in iterate(graph, membership, work, rng: &rng) }
        }
    }

    /// Buffers of one run, sized for the level-0 node count.
    final class Workspace {
        let scale: Double
        let shared: CommunityScratch
        let commA, commB, nodeToAgg, refined, relabelMap: UnsafeMutablePointer<Int32>
        let commSize, queue, empty, candidates: UnsafeMutablePointer<Int32>
        let commWeight, ownWeight, commTotal, clusterWeight, candidateWeight: UnsafeMutablePointer<Double>
        let inQueue, nonSingleton: UnsafeMutablePointer<Bool>

        init(capacity n: Int, scale: Double) {
            self.scale = scale
            shared = CommunityScratch(capacity: n)
            let c = max(n, 1)
            commA = .allocate(capacity: c)
            commB = .allocate(capacity: c)
            nodeToAgg = .allocate(capacity: c)
            refined = .allocate(capacity: c)
            relabelMap = .allocate(capacity: c)
            commSize = .allocate(capacity: c)
            queue = .allocate(capacity: c)
            empty = .allocate(capacity: c)
            candidates = .allocate(capacity: c + 1)
            commWeight = .allocate(capacity: c)
            ownWeight = .allocate(capacity: c)
            commTotal = .allocate(capacity: c)
            clusterWeight = .allocate(capacity: c)
            candidateWeight = .allocate(capacity: c + 1)
            inQueue = .allocate(capacity: c)
            nonSingleton = .allocate(capacity: c)
        }

        deinit {
            for p in [commA, commB, nodeToAgg, refined, relabelMap, commSize, queue, empty, candidates] {
                p.deallocate()
            }
            for p in [commWeight, ownWeight, commTotal, clusterWeight, candidateWeight] { p.deallocate() }
            inQueue.deallocate()
            nonSingleton.deallocate()
        }
    }

    /// One Leiden iteration from `membership` (ids in `0..<n`; dense ids on return). Returns whether any node
    /// moved on any level.
    static func iterate(
        _ base: CommunityLevelGraph, _ membership: UnsafeMutablePointer<Int32>, _ work: Workspace,
        rng: inout Xoshiro256
    ) -> Bool {
        let n = base.nodeCount
        var graph = base
        // Community of each node of the current level, and the next level's.
        var comm = work.commA
        var next = work.commB
        comm.update(from: membership, count: n)
        // Aggregate node of each original node.
        let nodeToAgg = work.nodeToAgg
        for v in 0..<n { nodeToAgg[v] = Int32(truncatingIfNeeded: v) }
        var changed = false
        while true {
            let levelN = graph.nodeCount
            if fastLocalMoving(graph, comm, work, rng: &rng) { changed = true }
            let count = CommunitySteps.relabel(comm, count: levelN, map: work.relabelMap)
            if count == levelN { break }
            let refined = work.refined
            var refinedCount = refine(graph, comm, communityCount: count, work, rng: &rng)
            if refinedCount == levelN {
                // Refinement merged nothing: aggregate by the partition itself.
                refined.update(from: comm, count: levelN)
                refinedCount = count
            }
            for v in 0..<levelN { next[Int(refined[v])] = comm[v] }
            for v in 0..<n { nodeToAgg[v] = refined[Int(nodeToAgg[v])] }
            graph = graph.aggregate(refined, communityCount: refinedCount, scratch: work.shared)
            swap(&comm, &next)
        }
        for v in 0..<n { membership[v] = comm[Int(nodeToAgg[v])] }
        return changed
    }

    /// Leiden's fast local moving with a FIFO queue; `comm` (ids in `0..<nodeCount`) in/out. A node may also move
    /// to an empty community. The gain of putting node v (strength k_v) into community C is
    /// `w(v, C) − scale · k_v · K_C` in edge-weight units (scale = γ / 2m); a node moves only for a strictly larger
    /// gain (beyond rounding, 1e-12·k_v), so the loop terminates. Leaves in `work.ownWeight[v]` the weight of v's
    /// edges into its own community. Returns whether any node moved.
    static func fastLocalMoving(
        _ g: CommunityLevelGraph, _ comm: UnsafeMutablePointer<Int32>, _ work: Workspace,
        rng: inout Xoshiro256
    ) -> Bool {
        let n = g.nodeCount
        let offsets = g.offsets, nodeWeight = g.nodeWeight
        let commWeight = work.commWeight, commSize = work.commSize, empty = work.empty
        var emptyCount = tallyCommunities(g, comm, work)
        work.inQueue.update(repeating: true, count: n)
        CommunitySteps.groupedRandomOrder(comm, count: n, rng: &rng, scratch: work.shared, into: work.queue)
        var queue = NodeQueue(items: work.queue, inQueue: work.inQueue, capacity: n)
        var anyMove = false
        while queue.size > 0 {
            let v = queue.pop()
            if offsets[v] == offsets[v + 1] { continue }
            let a = comm[v]
            let best = bestCommunity(v, g, comm, work, emptyCount: emptyCount)
            if best == a { continue }
            let ai = Int(a), bi = Int(best)
            let kv = nodeWeight[v]
            if commSize[bi] == 0 { emptyCount -= 1 }
            comm[v] = best
            commWeight[bi] += kv
            commSize[bi] += 1
            if commSize[ai] == 0 {
                empty[emptyCount] = a
                emptyCount += 1
            }
            anyMove = true
            requeueNeighbors(v, from: a, to: best, g, comm, work, &queue)
        }
        return anyMove
    }

    /// Community weights and sizes of `comm`, own weights zeroed, and the stack of empty community ids (largest
    /// id at the bottom); returns the number of empty communities.
    static func tallyCommunities(_ g: CommunityLevelGraph, _ comm: UnsafePointer<Int32>, _ work: Workspace) -> Int {
        let n = g.nodeCount
        let commWeight = work.commWeight, commSize = work.commSize, empty = work.empty
        commWeight.update(repeating: 0, count: n)
        commSize.update(repeating: 0, count: n)
        work.ownWeight.update(repeating: 0, count: n)
        for v in 0..<n {
            let c = Int(comm[v])
            commWeight[c] += g.nodeWeight[v]
            commSize[c] += 1
        }
        var emptyCount = 0
        var c = n - 1
        while c >= 0 {
            if commSize[c] == 0 {
                empty[emptyCount] = Int32(truncatingIfNeeded: c)
                emptyCount += 1
            }
            c -= 1
        }
        return emptyCount
    }

    /// The community node v (with at least one edge) should move to, or its own when no move gains beyond
    /// rounding: the neighboring community with the largest gain, or an empty one (gain 0) when every gain is
    /// negative and v is not alone. Sets `ownWeight[v]` to v's edge weight into the chosen community. Leaves the
    /// community weights and sizes as they were (v counted in its own community).
    @inline(__always)
    static func bestCommunity(
        _ v: Int, _ g: CommunityLevelGraph, _ comm: UnsafePointer<Int32>, _ work: Workspace, emptyCount: Int
    ) -> Int32 {
        let targets = g.targets, weights = g.weights
        let commWeight = work.commWeight, commSize = work.commSize
        let neighWeight = work.shared.neighWeight, seen = work.shared.seen, touched = work.shared.touched
        let a = comm[v]
        let ai = Int(a)
        let kv = g.nodeWeight[v]
        touched[0] = a
        seen[ai] = true
        var count = 1
        var e = g.offsets[v]
        let end = g.offsets[v + 1]
        while e < end {
            CommunitySteps.accumulate(
                comm[Int(targets[e])], weights[e], seen: seen, touched: touched, count: &count, total: neighWeight)
            e &+= 1
        }
        commWeight[ai] -= kv
        commSize[ai] -= 1
        let f = work.scale * kv
        let currentGain = neighWeight[ai] - f * commWeight[ai]
        var best = a
        var bestGain = currentGain
        CommunitySteps.bestNeighborCommunity(
            count, touched: touched, total: neighWeight, commWeight: commWeight, f: f, best: &best,
            bestGain: &bestGain)
        // An empty community (gain 0), unless v is alone already.
        if commSize[ai] > 0 && 0 > bestGain {
            bestGain = 0
            best = work.empty[emptyCount - 1]
        }
        let moves = best != a && bestGain - currentGain > 1e-12 * kv
        let bi = Int(best)
        work.ownWeight[v] = moves ? (seen[bi] ? neighWeight[bi] : 0) : neighWeight[ai]
        CommunitySteps.clear(count, touched: touched, seen: seen, total: neighWeight)
        if moves { return best }
        commWeight[ai] += kv
        commSize[ai] += 1
        return a
    }

    /// After v moved from community `a` to `best`: updates its neighbors' own-community weights and queues the
    /// neighbors outside `best` that are not queued.
    @inline(__always)
    static func requeueNeighbors(
        _ v: Int, from a: Int32, to best: Int32, _ g: CommunityLevelGraph, _ comm: UnsafePointer<Int32>,
        _ work: Workspace, _ queue: inout NodeQueue
    ) {
        let targets = g.targets, weights = g.weights, ownWeight = work.ownWeight
        var e = g.offsets[v]
        let end = g.offsets[v + 1]
        while e < end {
            let u = Int(targets[e])
            let cu = comm[u]
            if cu == best {
                ownWeight[u] += weights[e]
            } else {
                if cu == a { ownWeight[u] -= weights[e] }
                queue.pushIfAbsent(u)
            }
            e &+= 1
        }
    }

    /// The FIFO queue of fast local moving: a ring of `capacity` slots that starts full, with a flag per node
    /// telling whether it is queued.
    struct NodeQueue {
        let items: UnsafeMutablePointer<Int32>
        let inQueue: UnsafeMutablePointer<Bool>
        let capacity: Int
        var head = 0
        var tail = 0  // next write position (mod capacity)
        var size: Int

        init(items: UnsafeMutablePointer<Int32>, inQueue: UnsafeMutablePointer<Bool>, capacity: Int) {
            self.items = items
            self.inQueue = inQueue
            self.capacity = capacity
            size = capacity
        }

        @inline(__always) mutating func pop() -> Int {
            let v = Int(items[head])
            head += 1
            if head == capacity { head = 0 }
            size -= 1
            inQueue[v] = false
            return v
        }

        @inline(__always) mutating func pushIfAbsent(_ u: Int) {
            if inQueue[u] { return }
            inQueue[u] = true
            items[tail] = Int32(truncatingIfNeeded: u)
            tail += 1
            if tail == capacity { tail = 0 }
            size += 1
        }
    }

    /// Refinement of `comm` (dense ids `0..<communityCount`) after `fastLocalMoving` (whose `ownWeight` it
    /// consumes): writes into `work.refined` a partition of each community into connected, well-connected
    /// sub-communities, densely numbered; returns their number.
    ///
    /// Community by community (cache-friendly), each community's nodes in random order: the refinements of
    /// different communities are independent, so this is the paper's random order within each community.
    static func refine(
        _ g: CommunityLevelGraph, _ comm: UnsafeMutablePointer<Int32>, communityCount: Int,
        _ work: Workspace, rng: inout Xoshiro256
    ) -> Int {
        let n = g.nodeCount
        startRefinement(g, comm, communityCount: communityCount, work)
        let order = work.shared.order, permutation = work.shared.permutation
        rng.fillPermutation(permutation, count: n)
        CommunitySteps.bucketByCommunity(
            comm, count: n, communityCount: communityCount, items: permutation, start: work.shared.bucketStart,
            into: order)
        // Neighbors outside the community go to the dummy slot n (always `seen`).
        let seen = work.shared.seen, neighWeight = work.shared.neighWeight
        seen[n] = true
        defer {
            seen[n] = false
            neighWeight[n] = 0
        }
        for i in 0..<n {
            let v = Int(order[i])
            if work.nonSingleton[v] { continue }
            refineNode(v, g, comm, work, rng: &rng)
        }
        return CommunitySteps.relabel(work.refined, count: n, map: work.relabelMap)
    }

    /// Singleton refined clusters, their weights, and the total weight of each community.
    static func startRefinement(
        _ g: CommunityLevelGraph, _ comm: UnsafePointer<Int32>, communityCount: Int, _ work: Workspace
    ) {
        let n = g.nodeCount
        let refined = work.refined, clusterWeight = work.clusterWeight, commTotal = work.commTotal
        commTotal.update(repeating: 0, count: communityCount)
        work.nonSingleton.update(repeating: false, count: n)
        for v in 0..<n {
            refined[v] = Int32(truncatingIfNeeded: v)
            let kv = g.nodeWeight[v]
            clusterWeight[v] = kv
            commTotal[Int(comm[v])] += kv
        }
    }

    /// Refinement of one still-singleton node v: if v is well connected to its community, it joins a
    /// well-connected refined cluster of its community drawn at random (or stays alone). Per refined cluster
    /// (indexed by its founding node) `clusterWeight` is its weight and `ownWeight` (here: external) the weight of
    /// its edges to the rest of its community (for a singleton: the node's edges into its community, left by
    /// fastLocalMoving).
    @inline(__always)
    static func refineNode(
        _ v: Int, _ g: CommunityLevelGraph, _ comm: UnsafePointer<Int32>, _ work: Workspace, rng: inout Xoshiro256
    ) {
        let scale = work.scale, refined = work.refined
        let clusterWeight = work.clusterWeight, external = work.ownWeight
        let neighWeight = work.shared.neighWeight, seen = work.shared.seen, touched = work.shared.touched
        let c = comm[v]
        let kv = g.nodeWeight[v]
        let total = work.commTotal[Int(c)]
        // v must be well connected to its community.
        if external[v] < scale * kv * (total - kv) { return }
        clusterWeight[v] = 0
        external[v] = 0
        var count = 0
        var extV = 0.0
        let dummy = Int32(truncatingIfNeeded: g.nodeCount)
        var e = g.offsets[v]
        let end = g.offsets[v + 1]
        while e < end {
            // Branch-free: neighbors outside the community go to the dummy slot n (always `seen`).
            let u = Int(g.targets[e])
            let inside = comm[u] == c
            let w = inside ? g.weights[e] : 0
            CommunitySteps.accumulate(
                inside ? refined[u] : dummy, w, seen: seen, touched: touched, count: &count, total: neighWeight)
            extV += w
            e &+= 1
        }
        let chosen = chooseCluster(v, kv: kv, count: count, total: total, work, rng: &rng)
        let chosenIndex = Int(chosen)
        // Joining cluster T: w(T+v, C−T−v) = w(T, C−T) − w(v, T) + w(v, C−T−v).
        clusterWeight[chosenIndex] += kv
        let toChosen = chosenIndex == v ? 0 : neighWeight[chosenIndex]
        external[chosenIndex] += extV - 2 * toChosen
        if chosenIndex != v {
            refined[v] = chosen
            work.nonSingleton[chosenIndex] = true
        }
        CommunitySteps.clear(count, touched: touched, seen: seen, total: neighWeight)
    }

    /// The cluster v (strength `kv`) joins, among its own (now empty) cluster with gain 0 and the well-connected
    /// neighboring clusters `touched[0..<count]` with gain ≥ 0, drawn with probability ∝ exp((gain − maxGain) / θ).
    @inline(__always)
    static func chooseCluster(
        _ v: Int, kv: Double, count: Int, total: Double, _ work: Workspace, rng: inout Xoshiro256
    ) -> Int32 {
        let scale = work.scale, clusterWeight = work.clusterWeight, external = work.ownWeight
        let neighWeight = work.shared.neighWeight, touched = work.shared.touched
        let candidates = work.candidates, candidateWeight = work.candidateWeight
        let f = scale * kv
        var candidateCount = 1
        candidates[0] = Int32(truncatingIfNeeded: v)
        candidateWeight[0] = 0
        var maxGain = 0.0
        for j in 0..<count {
            let ri = Int(touched[j])
            let kt = clusterWeight[ri]
            if external[ri] >= scale * kt * (total - kt) {
                let gain = neighWeight[ri] - f * kt
                if gain >= 0 {
                    candidates[candidateCount] = touched[j]
                    candidateWeight[candidateCount] = gain
                    candidateCount += 1
                    if gain > maxGain { maxGain = gain }
                }
            }
        }
        if candidateCount == 1 { return candidates[0] }
        // Terms below exp(-40) (< 2^-53 of the largest, which is 1) are dropped.
        let cutoff = maxGain - 40 * theta
        var sum = 0.0
        var last = 0
        for j in 0..<candidateCount {
            let gain = candidateWeight[j]
            if gain > cutoff {
                sum += exp((gain - maxGain) * inverseTheta)
                last = j
            }
            candidateWeight[j] = sum
        }
        let pick = rng.nextUnit() * sum
        var j = 0
        while j < last && candidateWeight[j] <= pick { j += 1 }
        return candidates[j]
    }
}
