/// Collects edges and builds a `CSRGraph` once: parallel edges are merged by summing their weights, self-loops
/// are dropped and counted, neighbor lists come out sorted by id.
///
/// - Complexity: O(n + m log d) time for n nodes, m edges and maximum degree d; O(n + m) memory.
public struct GraphBuilder: Sendable {
    public private(set) var nodeCount: Int
    public let directed: Bool
    private var sources: [Int32] = []
    private var destinations: [Int32] = []
    private var edgeWeights: [Double] = []
    private var selfLoops = 0

    public init(nodeCount: Int = 0, directed: Bool = false) {
        self.nodeCount = nodeCount
        self.directed = directed
    }

    public mutating func reserveEdges(_ count: Int) {
        sources.reserveCapacity(count)
        destinations.reserveCapacity(count)
        edgeWeights.reserveCapacity(count)
    }

    /// Makes sure ids `0..<count` exist.
    public mutating func ensureNodes(_ count: Int) { nodeCount = max(nodeCount, count) }

    /// Adds `u — v` (or `u → v`) with `weight`; grows the node range as needed. Self-loops are counted, not kept.
    public mutating func addEdge(_ u: Int, _ v: Int, weight: Double = 1) {
        precondition(u >= 0 && v >= 0 && u < Int(Int32.max) && v < Int(Int32.max), "node id out of range")
        nodeCount = max(nodeCount, u + 1, v + 1)
        if u == v {
            selfLoops += 1
            return
        }
        sources.append(Int32(u))
        destinations.append(Int32(v))
        edgeWeights.append(weight)
    }

    public func build() -> CSRGraph {
        let n = nodeCount
        // Arcs: both directions for undirected graphs.
        let (offsets, targets, weights, merged) = GraphBuilder.compress(
            n: n, from: sources, to: destinations, weights: edgeWeights, symmetric: !directed)
        if directed {
            let (inOffsets, inSources, inWeights, _) = GraphBuilder.compress(
                n: n, from: destinations, to: sources, weights: edgeWeights, symmetric: false)
            return CSRGraph(
                nodeCount: n, isDirected: true, edgeCount: targets.count, offsets: offsets, targets: targets,
                weights: weights, inOffsets: inOffsets, inSources: inSources, inWeights: inWeights,
                selfLoopsDropped: selfLoops, parallelEdgesMerged: merged)
        }
        return CSRGraph(
            nodeCount: n, isDirected: false, edgeCount: targets.count / 2, offsets: offsets, targets: targets,
            weights: weights, inOffsets: offsets, inSources: targets, inWeights: weights,
            selfLoopsDropped: selfLoops, parallelEdgesMerged: merged / (directed ? 1 : 2))
    }

    private static func isStrictlyIncreasing(_ values: [Int32], _ lo: Int, _ hi: Int) -> Bool {
        var i = lo + 1
        while i < hi {
            if values[i - 1] >= values[i] { return false }
            i += 1
        }
        return true
    }

    /// Counting sort by source, then per-row sort by target and merge of equal targets (rows that are already
    /// sorted without repeats are copied as they are).
    static func compress(n: Int, from: [Int32], to: [Int32], weights: [Double], symmetric: Bool)
        -> ([Int], [Int32], [Double], Int)
    {
        var counts = [Int](repeating: 0, count: n + 1)
        for s in from { counts[Int(s) + 1] += 1 }
        if symmetric { for t in to { counts[Int(t) + 1] += 1 } }
        for i in 0..<n { counts[i + 1] += counts[i] }
        let total = counts[n]
        var rowTargets = [Int32](repeating: 0, count: total)
        var rowWeights = [Double](repeating: 0, count: total)
        var cursor = counts
        for e in 0..<from.count {
            let s = Int(from[e]), t = Int(to[e])
            rowTargets[cursor[s]] = Int32(t)
            rowWeights[cursor[s]] = weights[e]
            cursor[s] += 1
            if symmetric {
                rowTargets[cursor[t]] = Int32(s)
                rowWeights[cursor[t]] = weights[e]
                cursor[t] += 1
            }
        }
        // Sort each row by target, merge duplicates.
        var offsets = [Int](repeating: 0, count: n + 1)
        var outTargets = [Int32]()
        var outWeights = [Double]()
        outTargets.reserveCapacity(total)
        outWeights.reserveCapacity(total)
        var merged = 0
        var order: [Int] = []
        for u in 0..<n {
            let lo = counts[u], hi = counts[u + 1]
            if hi - lo > 1 && isStrictlyIncreasing(rowTargets, lo, hi) {
                // Already sorted without repeats (edges added in increasing (u, v) order give such rows).
                outTargets.append(contentsOf: rowTargets[lo..<hi])
                outWeights.append(contentsOf: rowWeights[lo..<hi])
            } else if hi - lo > 1 {
                order = Array(lo..<hi)
                // Stable order by target so merged weights are summed in input order (deterministic).
                order.sort { a, b in rowTargets[a] != rowTargets[b] ? rowTargets[a] < rowTargets[b] : a < b }
                var last: Int32 = -1
                for i in order {
                    if rowTargets[i] == last {
                        outWeights[outWeights.count - 1] += rowWeights[i]
                        merged += 1
                    } else {
                        outTargets.append(rowTargets[i])
                        outWeights.append(rowWeights[i])
                        last = rowTargets[i]
                    }
                }
            } else if hi - lo == 1 {
                outTargets.append(rowTargets[lo])
                outWeights.append(rowWeights[lo])
            }
            offsets[u + 1] = outTargets.count
        }
        return (offsets, outTargets, outWeights, merged)
    }
}
