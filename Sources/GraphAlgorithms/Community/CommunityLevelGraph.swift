/// The working graph of one level of Louvain/Leiden: an undirected weighted graph in CSR form whose nodes may
/// stand for whole communities of the level below, so each node also carries a self-loop weight (the weight of
/// the original edges inside it, each edge once) and a node weight (its original strength sum: twice the
/// self-loop weight plus the weight of its other edges). Adjacency rows never list the node itself.
///
/// Flat, manually allocated buffers (no bounds checks, no copy-on-write in the hot loops); freed on deinit.
/// Weight convention: weights are similarities (larger = stronger tie) and must be non-negative.
///
/// - Complexity: building from a `CSRGraph` is O(n + m); `aggregate` is O(n + m) time and memory.
final class CommunityLevelGraph {
    let nodeCount: Int
    /// Number of adjacency entries (each undirected edge twice).
    let arcCount: Int
    let offsets: UnsafeMutablePointer<Int>
    let targets: UnsafeMutablePointer<Int32>
    let weights: UnsafeMutablePointer<Double>
    let nodeWeight: UnsafeMutablePointer<Double>
    let selfWeight: UnsafeMutablePointer<Double>
    /// Twice the total edge weight (2m), the same on every level.
    let totalNodeWeight: Double

    private init(
        nodeCount: Int, arcCount: Int, offsets: UnsafeMutablePointer<Int>,
        targets: UnsafeMutablePointer<Int32>, weights: UnsafeMutablePointer<Double>,
        nodeWeight: UnsafeMutablePointer<Double>, selfWeight: UnsafeMutablePointer<Double>,
        totalNodeWeight: Double? = nil
    ) {
        self.nodeCount = nodeCount
        self.arcCount = arcCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.nodeWeight = nodeWeight
        self.selfWeight = selfWeight
        if let totalNodeWeight {
            self.totalNodeWeight = totalNodeWeight
        } else {
            var total = 0.0
            for v in 0..<nodeCount { total += nodeWeight[v] }
            self.totalNodeWeight = total
        }
    }

    /// The level-0 graph of an undirected `CSRGraph` (the caller passes `g.undirected()` for directed graphs).
    convenience init(_ g: CSRGraph) {
        precondition(!g.isDirected, "community detection works on the undirected view")
        let n = g.nodeCount
        let arcs = g.targets.count
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        let targets = UnsafeMutablePointer<Int32>.allocate(capacity: max(arcs, 1))
        let weights = UnsafeMutablePointer<Double>.allocate(capacity: max(arcs, 1))
        let nodeWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        let selfWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        g.offsets.withUnsafeBufferPointer { offsets.initialize(from: $0.baseAddress!, count: n + 1) }
        if arcs > 0 {
            g.targets.withUnsafeBufferPointer { targets.initialize(from: $0.baseAddress!, count: arcs) }
            g.weights.withUnsafeBufferPointer { weights.initialize(from: $0.baseAddress!, count: arcs) }
        }
        for v in 0..<n {
            var s = 0.0
            var e = offsets[v]
            let end = offsets[v + 1]
            while e < end {
                s += weights[e]
                e &+= 1
            }
            nodeWeight[v] = s
            selfWeight[v] = 0
        }
        self.init(
            nodeCount: n, arcCount: arcs, offsets: offsets, targets: targets, weights: weights,
            nodeWeight: nodeWeight, selfWeight: selfWeight)
    }

    /// The same graph with node `order[i]` renamed `i` (`order` a permutation of `0..<nodeCount`); `newId` is
    /// the inverse permutation. - Complexity: O(n + m).
    func permuted(_ order: UnsafePointer<Int32>, newId: UnsafePointer<Int32>) -> CommunityLevelGraph {
        let n = nodeCount
        let newOffsets = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        let newTargets = UnsafeMutablePointer<Int32>.allocate(capacity: max(arcCount, 1))
        let newWeights = UnsafeMutablePointer<Double>.allocate(capacity: max(arcCount, 1))
        let newNodeWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        let newSelfWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        var out = 0
        newOffsets[0] = 0
        for i in 0..<n {
            let v = Int(order[i])
            var e = offsets[v]
            let end = offsets[v + 1]
            while e < end {
                newTargets[out] = newId[Int(targets[e])]
                newWeights[out] = weights[e]
                out &+= 1
                e &+= 1
            }
            newOffsets[i + 1] = out
            newNodeWeight[i] = nodeWeight[v]
            newSelfWeight[i] = selfWeight[v]
        }
        return CommunityLevelGraph(
            nodeCount: n, arcCount: out, offsets: newOffsets, targets: newTargets,
            weights: newWeights, nodeWeight: newNodeWeight, selfWeight: newSelfWeight,
            totalNodeWeight: totalNodeWeight)
    }

    /// The same graph with the nodes renumbered community by community (communities in id order, members by
    /// increasing id), so that most neighbors of a node get nearby ids (memory locality for later passes).
    /// `membership` holds ids in `0..<nodeCount`. Returns the renumbered graph, the membership in the new
    /// numbering, and `newId` (old node → new node). - Complexity: O(n + m).
    func renumberedByCommunity(_ membership: [Int32]) -> (
        graph: CommunityLevelGraph, membership: [Int32],
        newId: [Int32]
    ) {
        let n = nodeCount
        var order = [Int32](repeating: 0, count: n)
        var inverse = [Int32](repeating: 0, count: n)
        var start = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { start[Int(membership[v]) + 1] += 1 }
        for c in 0..<n { start[c + 1] += start[c] }
        for v in 0..<n {
            let c = Int(membership[v])
            order[start[c]] = Int32(truncatingIfNeeded: v)
            inverse[v] = Int32(truncatingIfNeeded: start[c])
            start[c] += 1
        }
        let g = order.withUnsafeBufferPointer { o in
            inverse.withUnsafeBufferPointer { permuted(o.baseAddress!, newId: $0.baseAddress!) }
        }
        return (g, order.map { membership[Int($0)] }, inverse)
    }

    deinit {
        offsets.deallocate()
        targets.deallocate()
        weights.deallocate()
        nodeWeight.deallocate()
        selfWeight.deallocate()
    }

    /// The graph whose nodes are the communities `0..<communityCount` of `membership` (one entry per node, dense
    /// ids): edge weights between communities summed, internal edges folded into the self-loop weight. The
    /// neighbor order is deterministic (members by id, first-touch order), independent of any hashing.
    func aggregate(
        _ membership: UnsafePointer<Int32>, communityCount nc: Int,
        scratch: CommunityScratch
    ) -> CommunityLevelGraph {
        let n = nodeCount
        // Members of each community, by increasing node id (counting sort).
        let start = scratch.bucketStart
        start.update(repeating: 0, count: nc + 1)
        for v in 0..<n { start[Int(membership[v]) + 1] += 1 }
        for c in 0..<nc { start[c + 1] += start[c] }
        let members = scratch.order
        for v in 0..<n {
            let c = Int(membership[v])
            members[start[c]] = Int32(truncatingIfNeeded: v)
            start[c] += 1
        }
        // `start[c]` is now the end of community c's members (= start of c + 1).

        let newOffsets = UnsafeMutablePointer<Int>.allocate(capacity: nc + 1)
        // Upper bound on the new arc count; shrunk below once known.
        let bound = arcCount
        var newTargets = UnsafeMutablePointer<Int32>.allocate(capacity: max(bound, 1))
        var newWeights = UnsafeMutablePointer<Double>.allocate(capacity: max(bound, 1))
        let newNodeWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(nc, 1))
        let newSelfWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(nc, 1))
        let acc = scratch.neighWeight
        let seen = scratch.seen
        let touched = scratch.touched

        let dummy = Int32(truncatingIfNeeded: nc)
        seen[nc] = true
        var out = 0
        newOffsets[0] = 0
        var first = 0
        for c in 0..<nc {
            var inside = 0.0
            var strength = 0.0
            var count = 0
            let c32 = Int32(truncatingIfNeeded: c)
            let last = start[c]
            for i in first..<last {
                let v = Int(members[i])
                inside += selfWeight[v]
                strength += nodeWeight[v]
                var e = offsets[v]
                let end = offsets[v + 1]
                while e < end {
                    // Branch-free: edges inside c go to the dummy slot nc (always `seen`), summed in `inside`.
                    let cu = membership[Int(targets[e])]
                    let w = weights[e]
                    let isInside = cu == c32
                    inside += isInside ? 0.5 * w : 0
                    CommunitySupport.accumulate(
                        isInside ? dummy : cu, w, seen: seen, touched: touched,
                        count: &count, total: acc)
                    e &+= 1
                }
            }
            first = last
            for i in 0..<count {
                let k = Int(touched[i])
                newTargets[out] = touched[i]
                newWeights[out] = acc[k]
                acc[k] = 0
                seen[k] = false
                out &+= 1
            }
            newOffsets[c + 1] = out
            newNodeWeight[c] = strength
            newSelfWeight[c] = inside
        }
        seen[nc] = false
        acc[nc] = 0
        if out < bound / 2 {
            let t = UnsafeMutablePointer<Int32>.allocate(capacity: max(out, 1))
            t.initialize(from: newTargets, count: out)
            newTargets.deallocate()
            newTargets = t
            let w = UnsafeMutablePointer<Double>.allocate(capacity: max(out, 1))
            w.initialize(from: newWeights, count: out)
            newWeights.deallocate()
            newWeights = w
        }
        return CommunityLevelGraph(
            nodeCount: nc, arcCount: out, offsets: newOffsets, targets: newTargets,
            weights: newWeights, nodeWeight: newNodeWeight, selfWeight: newSelfWeight,
            totalNodeWeight: totalNodeWeight)
    }
}

/// Scratch buffers shared by the phases of one Louvain/Leiden run, sized for the level-0 node count (every
/// level is smaller). Invariants between uses: `neighWeight` is all 0 and `seen` all false (each user resets
/// the entries it touched).
final class CommunityScratch {
    let capacity: Int
    let neighWeight: UnsafeMutablePointer<Double>
    let seen: UnsafeMutablePointer<Bool>
    let touched: UnsafeMutablePointer<Int32>
    let order: UnsafeMutablePointer<Int32>
    let permutation: UnsafeMutablePointer<Int32>
    let rank: UnsafeMutablePointer<Int32>
    let bucketStart: UnsafeMutablePointer<Int>

    init(capacity n: Int) {
        capacity = n
        let c = n + 1  // one spare slot for a dummy community
        neighWeight = .allocate(capacity: c)
        neighWeight.initialize(repeating: 0, count: c)
        seen = .allocate(capacity: c)
        seen.initialize(repeating: false, count: c)
        touched = .allocate(capacity: c)
        order = .allocate(capacity: c)
        permutation = .allocate(capacity: c)
        rank = .allocate(capacity: c)
        bucketStart = .allocate(capacity: c + 1)
    }

    deinit {
        neighWeight.deallocate()
        seen.deallocate()
        touched.deallocate()
        order.deallocate()
        permutation.deallocate()
        rank.deallocate()
        bucketStart.deallocate()
    }
}

/// Small shared steps of Louvain and Leiden.
enum CommunitySupport {
    /// Adds `weight` to the running total of community `c` in the neighbor-community scratch (`seen`/`touched`/
    /// `total`), registering `c` on first touch.
    @inline(__always)
    static func accumulate(
        _ c: Int32, _ weight: Double, seen: UnsafeMutablePointer<Bool>,
        touched: UnsafeMutablePointer<Int32>, count: inout Int,
        total: UnsafeMutablePointer<Double>
    ) {
        // Branch-free: the slot is always written, the count only advances on first touch.
        let ci = Int(c)
        let fresh = !seen[ci]
        touched[count] = c
        count &+= fresh ? 1 : 0
        seen[ci] = true
        total[ci] += weight
    }

    /// Renumbers `labels[0..<count]` (values in `0..<count`) densely in order of first appearance; returns how
    /// many distinct labels there are. `map` is scratch of the same size.
    static func relabel(_ labels: UnsafeMutablePointer<Int32>, count: Int, map: UnsafeMutablePointer<Int32>) -> Int {
        map.update(repeating: -1, count: count)
        var next: Int32 = 0
        for v in 0..<count {
            let l = Int(labels[v])
            if map[l] < 0 {
                map[l] = next
                next += 1
            }
            labels[v] = map[l]
        }
        return Int(next)
    }

    /// Writes into `order` a seeded random order of `0..<count` grouped by community: communities in random
    /// order (of first appearance in a random permutation), the nodes of each community in random order, and
    /// each community's nodes consecutive, which keeps memory accesses local. With all-singleton communities it
    /// is a uniform random permutation. `comm` values lie in `0..<count`.
    static func groupedRandomOrder(
        _ comm: UnsafePointer<Int32>, count n: Int, rng: inout Xoshiro256,
        scratch: CommunityScratch, into order: UnsafeMutablePointer<Int32>
    ) {
        let permutation = scratch.permutation
        let rank = scratch.rank
        let start = scratch.bucketStart
        rng.fillPermutation(permutation, count: n)
        rank.update(repeating: -1, count: n)
        start.update(repeating: 0, count: n + 1)
        var ranks: Int32 = 0
        for i in 0..<n {
            let c = Int(comm[Int(permutation[i])])
            if rank[c] < 0 {
                rank[c] = ranks
                ranks += 1
            }
            start[Int(rank[c]) + 1] += 1
        }
        for r in 0..<Int(ranks) { start[r + 1] += start[r] }
        for i in 0..<n {
            let v = permutation[i]
            let r = Int(rank[Int(comm[Int(v)])])
            order[start[r]] = v
            start[r] += 1
        }
    }

    /// Splits every community of `membership` that is not connected in `g` into its connected components (each
    /// component becomes its own community). This never lowers modularity: the parts share no edge, so
    /// separating them only removes a negative null-model term. Labels of the result: component ids in order of
    /// smallest member. - Complexity: O(n + m).
    static func splitDisconnected(_ g: CSRGraph, _ membership: [Int32]) -> [Int] {
        let n = g.nodeCount
        var result = [Int](repeating: -1, count: n)
        var stack = [Int32]()
        var next = 0
        g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tg in
                membership.withUnsafeBufferPointer { memb in
                    result.withUnsafeMutableBufferPointer { res in
                        for s in 0..<n where res[s] < 0 {
                            let c = memb[s]
                            res[s] = next
                            stack.append(Int32(truncatingIfNeeded: s))
                            while let v = stack.popLast() {
                                for e in off[Int(v)]..<off[Int(v) + 1] {
                                    let u = Int(tg[e])
                                    if res[u] < 0 && memb[u] == c {
                                        res[u] = next
                                        stack.append(tg[e])
                                    }
                                }
                            }
                            next += 1
                        }
                    }
                }
            }
        }
        return result
    }

    /// The final `Partition`: communities split into connected components, canonical ids, count, and the
    /// modularity on `g` (undirected) recomputed from scratch so the value depends only on the membership.
    static func finish(_ g: CSRGraph, _ membership: [Int32], resolution: Double) -> Partition {
        let split = splitDisconnected(g, membership)
        let canonical = Partition.canonical(split)
        let count = (canonical.max() ?? -1) + 1
        let q = Modularity.modularity(g, denseLabels: canonical, count: count, resolution: resolution)
        return Partition(membership: canonical, count: count, modularity: q)
    }
}
