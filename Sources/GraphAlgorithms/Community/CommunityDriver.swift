/// The outer loop shared by Leiden and Louvain: rounds (Leiden's iterations, Louvain's passes) over a
/// `CommunityLevelGraph` of the input, each restarting from the previous round's partition; after the first round
/// the nodes are renumbered community by community (memory locality for the later rounds, which change little),
/// and the final membership is mapped back to the input's node ids, split into connected communities and scored.
///
/// A round is `round(graph, membership, index, isLast, &rng)`: it improves `membership` (ids in `0..<n`, dense on
/// return) in place and returns whether another round is worth running; `isLast` says no further round will run
/// whatever it returns (so it may skip work that only decides that). The closure is called once per round, never
/// inside a hot loop.
///
/// - Complexity: O(n + m) besides the rounds (renumbering once, the final split and modularity).
enum CommunityDriver {
    typealias Round = (CommunityLevelGraph, UnsafeMutablePointer<Int32>, Int, Bool, inout Xoshiro256) -> Bool

    /// Runs at most `rounds` rounds (negative: until a round says stop) on the undirected view of `g`;
    /// `makeRound(capacity, scale)` is called once, when the graph has edge weight, with the node count and
    /// γ / 2m, and returns the round (and owns its buffers).
    static func run(
        _ g: CSRGraph, resolution: Double, seed: UInt64, rounds: Int,
        makeRound: (_ capacity: Int, _ scale: Double) -> Round
    ) -> Partition {
        let ug = g.isDirected ? g.undirected() : g
        let n = ug.nodeCount
        if n == 0 { return Partition(membership: [], count: 0, modularity: 0) }
        var graph = CommunityLevelGraph(ug)
        // Community of each node of `graph`, which may be a renumbering of the input (see below).
        var membership = [Int32](unsafeUninitializedCapacity: n) { buf, count in
            for v in 0..<n { buf[v] = Int32(truncatingIfNeeded: v) }
            count = n
        }
        var newId: [Int32]? = nil  // input node -> node of `graph`, once renumbered
        if graph.totalNodeWeight > 0 && rounds != 0 {
            var rng = Xoshiro256(seed: seed)
            let round = makeRound(n, resolution / graph.totalNodeWeight)
            var done = 0
            while rounds < 0 || done < rounds {
                let isLast = done + 1 == rounds
                let goOn = membership.withUnsafeMutableBufferPointer { m in
                    round(graph, m.baseAddress!, done, isLast, &rng)
                }
                done += 1
                if !goOn || isLast { break }
                if newId == nil {
                    let renumbered = graph.renumberedByCommunity(membership)
                    graph = renumbered.graph
                    membership = renumbered.membership
                    newId = renumbered.newId
                }
            }
        }
        if let newId { membership = newId.map { membership[Int($0)] } }
        return finish(ug, membership, resolution: resolution)
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
