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
        // Members of each community, by increasing node id; `start[c]` ends up as the end of c's members.
        let start = scratch.bucketStart, members = scratch.order
        CommunitySteps.bucketByCommunity(
            membership, count: nodeCount, communityCount: nc, items: nil, start: start, into: members)
        let newOffsets = UnsafeMutablePointer<Int>.allocate(capacity: nc + 1)
        // Upper bound on the new arc count; shrunk below once known.
        let bound = arcCount
        let newTargets = UnsafeMutablePointer<Int32>.allocate(capacity: max(bound, 1))
        let newWeights = UnsafeMutablePointer<Double>.allocate(capacity: max(bound, 1))
        let newNodeWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(nc, 1))
        let newSelfWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(nc, 1))
        // Edges inside a community go to the dummy slot nc (always `seen`).
        scratch.seen[nc] = true
        var out = 0
        newOffsets[0] = 0
        var first = 0
        for c in 0..<nc {
            let last = start[c]
            let (inside, strength, count) = sumCommunity(
                c, members: members + first, memberCount: last - first, membership,
                dummy: Int32(truncatingIfNeeded: nc), scratch: scratch)
            first = last
            for i in 0..<count {
                let k = Int(scratch.touched[i])
                newTargets[out] = scratch.touched[i]
                newWeights[out] = scratch.neighWeight[k]
                scratch.neighWeight[k] = 0
                scratch.seen[k] = false
                out &+= 1
            }
            newOffsets[c + 1] = out
            newNodeWeight[c] = strength
            newSelfWeight[c] = inside
        }
        scratch.seen[nc] = false
        scratch.neighWeight[nc] = 0
        return CommunityLevelGraph(
            nodeCount: nc, arcCount: out, offsets: newOffsets, targets: Self.shrunk(newTargets, bound, out),
            weights: Self.shrunk(newWeights, bound, out), nodeWeight: newNodeWeight, selfWeight: newSelfWeight,
            totalNodeWeight: totalNodeWeight)
    }

    /// Community c's internal weight (self-loops of its members plus each internal edge once) and strength, with
    /// the weights to each other community summed in the scratch (`touched[0..<count]`, first-touch order; `dummy`
    /// is the always-`seen` slot that takes the internal edges).
    @inline(__always)
    private func sumCommunity(
        _ c: Int, members: UnsafePointer<Int32>, memberCount: Int, _ membership: UnsafePointer<Int32>,
        dummy: Int32, scratch: CommunityScratch
    ) -> (inside: Double, strength: Double, count: Int) {
        let acc = scratch.neighWeight, seen = scratch.seen, touched = scratch.touched
        let c32 = Int32(truncatingIfNeeded: c)
        var inside = 0.0
        var strength = 0.0
        var count = 0
        for i in 0..<memberCount {
            let v = Int(members[i])
            inside += selfWeight[v]
            strength += nodeWeight[v]
            var e = offsets[v]
            let end = offsets[v + 1]
            while e < end {
                // Branch-free: edges inside c go to the dummy slot (always `seen`), summed in `inside`.
                let cu = membership[Int(targets[e])]
                let w = weights[e]
                let isInside = cu == c32
                inside += isInside ? 0.5 * w : 0
                CommunitySteps.accumulate(
                    isInside ? dummy : cu, w, seen: seen, touched: touched, count: &count, total: acc)
                e &+= 1
            }
        }
        return (inside, strength, count)
    }

    /// `buffer` (room for `capacity`, `count` used) reallocated to `count` entries when that halves it or more.
    private static func shrunk<T>(_ buffer: UnsafeMutablePointer<T>, _ capacity: Int, _ count: Int)
        -> UnsafeMutablePointer<T>
    {
        guard count < capacity / 2 else { return buffer }
        let smaller = UnsafeMutablePointer<T>.allocate(capacity: max(count, 1))
        smaller.initialize(from: buffer, count: count)
        buffer.deallocate()
        return smaller
    }

}
