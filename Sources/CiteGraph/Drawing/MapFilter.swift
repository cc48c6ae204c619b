import GraphAlgorithms

/// Which nodes a map may draw, before the `max-drawn-nodes` cut: the thresholds that make a large, fragmented
/// network's map say something (VOSviewer's "minimum number of documents of an author" and "largest set of connected
/// items"). The data exports always keep the whole network.
///
/// - `map-min-papers` N ≥ 1 keeps authors with at least N papers; 0 (auto) chooses: 1, unless the network is large
///   and fragmented (over 1,000 nodes, its largest connected set under half of them), then the smallest N from 2
///   that leaves at most 1,000 authors (at most 10). Paper networks have no such threshold.
/// - `map-scope` `largest` keeps the largest connected set of what remains, `all` keeps everything. `auto`, for a
///   large, fragmented network, keeps the largest connected set when it holds at least half of what remains, else
///   every node with a link among what remains (a map of many small groups, without the isolated nodes that would
///   only be grey dots); `all` otherwise.
///
/// - Complexity: O(n + m) (one component search over the kept nodes).
struct MapFilter {
    /// The nodes the map may draw, in id order.
    let nodes: [Int]
    /// What was left out and why, with the settings to change it (nil when nothing was).
    let notice: String?

    static let largeNetwork = 1_000
    static let maxAutoMinPapers = 10

    init(_ net: AnalyzedNetwork, settings: AnalysisSettings) {
        let g = net.graph
        let components = Components(g)
        let largest = components.sizes.max() ?? 0
        let fragmented = g.nodeCount > Self.largeNetwork && largest * 2 < g.nodeCount
        var minPapers = 1
        if net.nodeKind == .author {
            minPapers = settings.mapMinPapers >= 1 ? settings.mapMinPapers : 1
            if settings.mapMinPapers == 0 && fragmented {
                minPapers =
                    (2...Self.maxAutoMinPapers).first { k in
                        net.papers.lazy.filter { $0 >= k }.count <= Self.largeNetwork
                    } ?? Self.maxAutoMinPapers
            }
        }
        var kept = (0..<g.nodeCount).filter { net.nodeKind != .author || net.papers[$0] >= minPapers }
        var scope: String?
        if settings.mapScope == .largest || (settings.mapScope == .auto && fragmented) {
            let largestSet = Self.largestConnectedSet(g, among: kept)
            let linked = Self.linked(g, among: kept)
            if settings.mapScope == .largest || largestSet.count * 2 >= kept.count {
                kept = largestSet
                scope = "their largest connected set (--map-scope)"
            } else if !linked.isEmpty {
                kept = linked
                scope =
                    "those with a link among them (--map-scope; their largest connected set has only \(largestSet.count))"
            }
        }
        nodes = kept
        var parts: [String] = []
        if minPapers > 1 { parts.append("authors with at least \(minPapers) papers (--map-min-papers)") }
        if let scope { parts.append(scope) }
        if parts.isEmpty || kept.count == g.nodeCount {
            notice = nil
        } else {
            let why =
                fragmented && (settings.mapMinPapers == 0 || settings.mapScope == .auto)
                ? " — chosen because the network is large and fragmented (its largest connected set holds \(largest) of \(g.nodeCount) nodes)"
                : ""
            notice =
                "the \(net.name) map draws \(kept.count) of \(g.nodeCount) nodes: \(parts.joined(separator: ", "))\(why); the data exports keep the whole network"
        }
    }

    /// The nodes of `nodes` with at least one neighbour in `nodes`.
    static func linked(_ g: CSRGraph, among nodes: [Int]) -> [Int] {
        var inSet = [Bool](repeating: false, count: g.nodeCount)
        for v in nodes { inSet[v] = true }
        return nodes.filter { v in
            var found = false
            g.forEachNeighborEitherWay(v) { w in found = found || (inSet[w] && w != v) }
            return found
        }
    }

    /// The largest connected set of the subgraph induced by `nodes` (ties: the one holding the smallest id).
    static func largestConnectedSet(_ g: CSRGraph, among nodes: [Int]) -> [Int] {
        var inSet = [Bool](repeating: false, count: g.nodeCount)
        for v in nodes { inSet[v] = true }
        var seen = [Bool](repeating: false, count: g.nodeCount)
        var best: [Int] = []
        var stack: [Int] = []
        for start in nodes where !seen[start] {
            var members: [Int] = []
            seen[start] = true
            stack.append(start)
            while let v = stack.popLast() {
                members.append(v)
                g.forEachNeighborEitherWay(v) { w in
                    guard inSet[w] && !seen[w] else { return }
                    seen[w] = true
                    stack.append(w)
                }
            }
            if members.count > best.count { best = members }
        }
        return best.sorted()
    }
}

extension CSRGraph {
    /// Calls `body` with every node linked to `node` in either direction (out-arcs, then in-arcs of a directed
    /// graph; an undirected graph's out-arcs are all its edges), without building an array.
    func forEachNeighborEitherWay(_ node: Int, _ body: (Int) -> Void) {
        for e in neighborRange(node) { body(Int(targets[e])) }
        guard isDirected else { return }
        for e in inOffsets[node]..<inOffsets[node + 1] { body(Int(inSources[e])) }
    }
}
