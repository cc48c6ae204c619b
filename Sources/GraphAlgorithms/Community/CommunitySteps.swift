/// Small steps shared by the phases of Louvain, Leiden and the level graph's aggregation: neighbor-community
/// accumulation, the best-gain choice, relabelling, and the orders nodes are visited in. All inline, on raw
/// buffers, for the hot loops.
enum CommunitySteps {
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

    /// Resets the neighbor-community scratch entries `touched[0..<count]` (total 0, not seen).
    @inline(__always)
    static func clear(
        _ count: Int, touched: UnsafePointer<Int32>, seen: UnsafeMutablePointer<Bool>,
        total: UnsafeMutablePointer<Double>
    ) {
        for j in 0..<count {
            let c = Int(touched[j])
            total[c] = 0
            seen[c] = false
        }
    }

    /// The community among `touched[1..<count]` with the largest gain `w(v, C) − f · K_C` (`total` holding
    /// `w(v, C)`, `commWeight` `K_C`), if larger than `bestGain`; the first such on ties. Updates `best`/`bestGain`.
    @inline(__always)
    static func bestNeighborCommunity(
        _ count: Int, touched: UnsafePointer<Int32>, total: UnsafePointer<Double>,
        commWeight: UnsafePointer<Double>, f: Double, best: inout Int32, bestGain: inout Double
    ) {
        for j in 1..<count {
            let c = Int(touched[j])
            let gain = total[c] - f * commWeight[c]
            if gain > bestGain {
                bestGain = gain
                best = touched[j]
            }
        }
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

    /// Counting sort of nodes by community: writes into `order` the nodes `items[0..<n]` (or `0..<n` in order
    /// when `items` is nil) grouped by community `comm` (ids in `0..<communityCount`), communities in id order and
    /// each community's nodes in their order in `items`. On return `start[c]` is the end of community c's nodes
    /// (the start of c + 1's); `start` has room for `communityCount + 1` entries.
    @inline(__always)
    static func bucketByCommunity(
        _ comm: UnsafePointer<Int32>, count n: Int, communityCount: Int, items: UnsafePointer<Int32>?,
        start: UnsafeMutablePointer<Int>, into order: UnsafeMutablePointer<Int32>
    ) {
        start.update(repeating: 0, count: communityCount + 1)
        for v in 0..<n { start[Int(comm[v]) + 1] += 1 }
        for c in 0..<communityCount { start[c + 1] += start[c] }
        for i in 0..<n {
            let v = items?[i] ?? Int32(truncatingIfNeeded: i)
            let c = Int(comm[Int(v)])
            order[start[c]] = v
            start[c] += 1
        }
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
}
