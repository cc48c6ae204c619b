/// Feeds edges to a `GraphBuilder` and, at the end, turns the builder's counts into whole-file findings
/// (edges with a negative weight skipped; dropped self-loops; undirected edges listed in both directions; other
/// repeated edges).
struct EdgeSink {
    let directed: Bool
    private var builder: GraphBuilder
    /// Undirected only: endpoints as given, to tell edges listed in both directions from repeated lines.
    private var sources: [Int32] = []
    private var destinations: [Int32] = []
    private(set) var count = 0
    /// Edges skipped because their weight is negative (or not a number).
    private(set) var negative = 0

    init(directed: Bool, reserve: Int = 0) {
        self.directed = directed
        builder = GraphBuilder(nodeCount: 0, directed: directed)
        if reserve > 0 {
            builder.reserveEdges(reserve)
            if !directed {
                sources.reserveCapacity(reserve)
                destinations.reserveCapacity(reserve)
            }
        }
    }

    @inline(__always)
    mutating func add(_ u: Int, _ v: Int, weight: Double) {
        // Weights are tie strengths and a path's length is 1/weight: a negative weight has no meaning there.
        guard weight >= 0 else {
            negative += 1
            return
        }
        builder.addEdge(u, v, weight: weight)
        count += 1
        if !directed && u != v {
            sources.append(Int32(truncatingIfNeeded: u))
            destinations.append(Int32(truncatingIfNeeded: v))
        }
    }

    /// Builds the graph over `nodeCount` nodes and notes dropped self-loops and merged edges in `log`.
    func finish(nodeCount: Int, log: inout IssueLog) -> CSRGraph {
        var builder = self.builder
        builder.ensureNodes(nodeCount)
        let graph = builder.build()
        if negative > 0 {
            log.note(
                "\(negative) edge\(negative == 1 ? "" : "s") with a negative weight skipped (weights are tie strengths; path measures take 1/weight as a length and need weights ≥ 0)"
            )
        }
        if graph.selfLoopsDropped > 0 {
            log.note("\(graph.selfLoopsDropped) self-loop\(graph.selfLoopsDropped == 1 ? "" : "s") dropped")
        }
        let merged = graph.parallelEdgesMerged
        guard merged > 0 else { return graph }
        if directed {
            log.note("\(merged) repeated arc\(merged == 1 ? "" : "s") merged (weights summed)")
            return graph
        }
        let both = pairsListedBothWays(graph)
        if both > 0 { log.note("\(both) edges listed in both directions were merged (weights summed)") }
        if merged > both {
            log.note("\(merged - both) repeated edge\(merged - both == 1 ? "" : "s") merged (weights summed)")
        }
        return graph
    }

    /// Number of node pairs given at least once as `a b` and at least once as `b a`.
    private func pairsListedBothWays(_ graph: CSRGraph) -> Int {
        var seen = [UInt8](repeating: 0, count: graph.targets.count)
        graph.targets.withUnsafeBufferPointer { targets in
            for e in 0..<sources.count {
                let u = Int(sources[e]), v = Int(destinations[e])
                let a = min(u, v), b = Int32(max(u, v))
                var lo = graph.offsets[a], hi = graph.offsets[a + 1]
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if targets[mid] < b { lo = mid + 1 } else { hi = mid }
                }
                seen[lo] |= u < v ? 1 : 2
            }
        }
        return seen.reduce(0) { $0 + ($1 == 3 ? 1 : 0) }
    }
}
