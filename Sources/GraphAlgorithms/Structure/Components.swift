/// Connected components (weakly connected for directed graphs), by breadth-first search.
///
/// Component ids are canonical: sorted by size descending, then by smallest member id ascending.
/// - Complexity: O(n + m).
public struct Components: Sendable, Equatable {
    /// Component id of each node.
    public let membership: [Int]
    /// Size of each component, by id (so `sizes[0]` is the largest).
    public let sizes: [Int]

    public var count: Int { sizes.count }
    public var largestSize: Int { sizes.first ?? 0 }

    /// Node ids of component `id`, ascending.
    public func members(of id: Int) -> [Int] { membership.indices.filter { membership[$0] == id } }

    public init(_ g: CSRGraph) {
        let n = g.nodeCount
        var raw = [Int](repeating: -1, count: n)
        var rawSizes: [Int] = []
        var queue = [Int32](repeating: 0, count: n)
        for start in 0..<n where raw[start] < 0 {
            let id = rawSizes.count
            raw[start] = id
            var head = 0, tail = 0
            queue[tail] = Int32(start)
            tail += 1
            while head < tail {
                let u = Int(queue[head])
                head += 1
                for i in g.neighborRange(u) {
                    let v = Int(g.targets[i])
                    if raw[v] < 0 {
                        raw[v] = id
                        queue[tail] = Int32(v)
                        tail += 1
                    }
                }
                if g.isDirected {
                    for i in g.inNeighborRange(u) {
                        let v = Int(g.inSources[i])
                        if raw[v] < 0 {
                            raw[v] = id
                            queue[tail] = Int32(v)
                            tail += 1
                        }
                    }
                }
            }
            rawSizes.append(tail)
        }
        // Raw ids are already in order of smallest member; a stable sort by size gives the canonical order.
        let order = rawSizes.indices.sorted { rawSizes[$0] != rawSizes[$1] ? rawSizes[$0] > rawSizes[$1] : $0 < $1 }
        var rename = [Int](repeating: 0, count: rawSizes.count)
        for (new, old) in order.enumerated() { rename[old] = new }
        membership = raw.map { rename[$0] }
        sizes = order.map { rawSizes[$0] }
    }
}

extension CSRGraph {
    /// Edge density: m / (n(n−1)/2) undirected, m / (n(n−1)) directed; 0 for fewer than two nodes.
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        return isDirected ? Double(edgeCount) / (n * (n - 1)) : Double(edgeCount) / (n * (n - 1) / 2)
    }

    /// The subgraph induced by `nodes` (ids renumbered 0..<nodes.count in the given order) and the map back.
    public func induced(_ nodes: [Int]) -> CSRGraph {
        var local = [Int32](repeating: -1, count: nodeCount)
        for (i, v) in nodes.enumerated() { local[v] = Int32(i) }
        var builder = GraphBuilder(nodeCount: nodes.count, directed: isDirected)
        for (i, u) in nodes.enumerated() {
            for e in neighborRange(u) {
                let v = Int(targets[e])
                let j = local[v]
                guard j >= 0 else { continue }
                if isDirected || i < Int(j) { builder.addEdge(i, Int(j), weight: weights[e]) }
            }
        }
        return builder.build()
    }
}
