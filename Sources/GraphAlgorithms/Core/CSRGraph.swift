/// An immutable graph in compressed sparse row form: node ids are dense integers `0..<nodeCount`, each node's
/// neighbors are a contiguous, sorted slice of `targets` with parallel `weights`.
///
/// Undirected graphs store each edge in both rows (`edgeCount` counts it once). Directed graphs store the
/// out-adjacency in `offsets/targets/weights` and the in-adjacency in `inOffsets/inSources/inWeights`.
/// Weights are collaboration strengths (larger = closer); algorithms that need a length use 1/weight and say so.
/// Build one with `GraphBuilder`.
public struct CSRGraph: Sendable {
    public let nodeCount: Int
    public let isDirected: Bool
    /// Undirected: number of edges; directed: number of arcs.
    public let edgeCount: Int
    public let offsets: [Int]
    public let targets: [Int32]
    public let weights: [Double]
    /// In-adjacency (directed graphs); for undirected graphs these equal the out-adjacency.
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]
    /// Self-loops the builder dropped.
    public let selfLoopsDropped: Int
    /// Parallel edges the builder merged (by summing their weights).
    public let parallelEdgesMerged: Int

    init(
        nodeCount: Int, isDirected: Bool, edgeCount: Int, offsets: [Int], targets: [Int32], weights: [Double],
        inOffsets: [Int], inSources: [Int32], inWeights: [Double], selfLoopsDropped: Int, parallelEdgesMerged: Int
    ) {
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        self.edgeCount = edgeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
        self.selfLoopsDropped = selfLoopsDropped
        self.parallelEdgesMerged = parallelEdgesMerged
    }

    /// The range of `targets`/`weights` holding `node`'s (out-)neighbors.
    @inlinable public func neighborRange(_ node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// The range of `inSources`/`inWeights` holding `node`'s in-neighbors.
    @inlinable public func inNeighborRange(_ node: Int) -> Range<Int> { inOffsets[node]..<inOffsets[node + 1] }

    /// Number of (out-)neighbors.
    @inlinable public func degree(_ node: Int) -> Int { offsets[node + 1] - offsets[node] }

    @inlinable public func inDegree(_ node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// Sum of (out-)edge weights.
    public func strength(_ node: Int) -> Double {
        var s = 0.0
        for i in neighborRange(node) { s += weights[i] }
        return s
    }

    public func inStrength(_ node: Int) -> Double {
        var s = 0.0
        for i in inNeighborRange(node) { s += inWeights[i] }
        return s
    }

    /// Neighbor ids of `node` in increasing order.
    public func neighbors(_ node: Int) -> [Int] { neighborRange(node).map { Int(targets[$0]) } }

    /// The weight of the edge (arc) `u → v`, or nil. O(log degree).
    public func weight(_ u: Int, _ v: Int) -> Double? {
        var lo = offsets[u], hi = offsets[u + 1]
        let t = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && targets[lo] == t ? weights[lo] : nil
    }

    /// Sum of all edge weights (each undirected edge once).
    public var totalWeight: Double {
        let sum = weights.reduce(0, +)
        return isDirected ? sum : sum / 2
    }

    /// Whether every edge weight is 1.
    public var isUnweighted: Bool { weights.allSatisfy { $0 == 1 } }

    /// The same graph with every weight 1.
    public func unweighted() -> CSRGraph {
        CSRGraph(
            nodeCount: nodeCount, isDirected: isDirected, edgeCount: edgeCount, offsets: offsets, targets: targets,
            weights: [Double](repeating: 1, count: weights.count), inOffsets: inOffsets, inSources: inSources,
            inWeights: [Double](repeating: 1, count: inWeights.count), selfLoopsDropped: selfLoopsDropped,
            parallelEdgesMerged: parallelEdgesMerged)
    }

    /// The undirected graph underlying a directed one (arc weights in both directions summed).
    public func undirected() -> CSRGraph {
        guard isDirected else { return self }
        var builder = GraphBuilder(nodeCount: nodeCount, directed: false)
        for u in 0..<nodeCount {
            for i in neighborRange(u) { builder.addEdge(u, Int(targets[i]), weight: weights[i]) }
        }
        return builder.build()
    }
}
