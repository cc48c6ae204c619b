/// Betweenness, closeness and harmonic centrality of an undirected graph from ONE single-source search per node:
/// the search of Brandes' algorithm already holds every distance from its source, so the source's closeness and
/// harmonic value are summed from it while its dependencies are accumulated.
///
/// The values are those of `Betweenness.exact(g, weighted:, normalized: true)`, `Closeness.closeness(g,
/// weighted:)` and `Closeness.harmonic(g, weighted:)`, bit for bit: the dependencies are summed in the same
/// blocks, and the distance sums in the same order (BFS level by level; Dijkstra in settling order, where the
/// heap sees the same operations as `DijkstraDistances`). Conventions (weights as strengths, an edge's length
/// `1/weight`, networkx's normalization, Wasserman–Faust closeness) are theirs.
///
/// Directed graphs are searched along out-arcs by Brandes' algorithm but closeness counts incoming distances, so
/// there the two closeness measures come from one separate search per node (still one for both).
///
/// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted, for n nodes and m edges — one pass instead of the
///   three (betweenness, closeness, harmonic) of the separate functions; O(n + m) memory per thread.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001
/// (section 4: closeness from the same traversal); U. Brandes, "On variants of shortest-path betweenness
/// centrality and their generic computation", Social Networks 30(2), 2008.
public enum PathCentralities {
    public struct Result: Sendable {
        public let betweenness: [Double]
        public let closeness: [Double]
        public let harmonic: [Double]
    }

    /// The three measures, unweighted (`weighted: false`, hop counts) or weighted (lengths `1/weight`).
    /// - Parameter threads: worker threads; the result does not depend on it.
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted.
    public static func exact(_ g: CSRGraph, weighted: Bool, threads: Int = 2) -> Result {
        let n = g.nodeCount
        if n == 0 { return Result(betweenness: [], closeness: [], harmonic: []) }
        if g.isDirected {
            let sums = Closeness.distanceSums(g, weighted: weighted, threads: threads)
            return Result(
                betweenness: Betweenness.exact(g, weighted: weighted, threads: threads), closeness: sums.closeness,
                harmonic: sums.harmonic)
        }
        let close = SharedOutput<Double>(n, 0)
        let harm = SharedOutput<Double>(n, 0)
        var raw: [Double]
        if weighted && !g.isUnweighted {
            raw = weightedRaw(g, threads: threads, close: close, harm: harm)
        } else {
            raw = unweightedRaw(g, threads: threads, close: close, harm: harm)
        }
        Betweenness.rescale(&raw, n: n, normalized: true, directed: false)
        return Result(betweenness: raw, closeness: close.array, harmonic: harm.array)
    }

    /// Raw betweenness sums (BFS), writing each source's closeness and harmonic value on the way.
    static func unweightedRaw(
        _ g: CSRGraph, threads: Int, close: SharedOutput<Double>, harm: SharedOutput<Double>
    ) -> [Double] {
        let n = g.nodeCount
        return withPointers(g.offsets, g.targets) { offP, tgtP in
            blockedSourceSum(
                n: n, threads: threads,
                makeWorker: { Betweenness.BFSWorkspace(nodes: n, arcs: g.targets.count) },
                perSource: { ws, s, acc in
                    let sums = Betweenness.brandesBFS(source: s, off: offP, tgt: tgtP, ws: ws, acc: acc)
                    close.p[s] = Closeness.closenessValue(reached: sums.reached, total: Double(sums.total), n: n)
                    harm.p[s] = sums.harmonic
                })
        }
    }

    /// Raw betweenness sums (Dijkstra, lengths `1/weight`), writing each source's closeness and harmonic value.
    static func weightedRaw(
        _ g: CSRGraph, threads: Int, close: SharedOutput<Double>, harm: SharedOutput<Double>
    ) -> [Double] {
        let n = g.nodeCount
        let lengths = EdgeLengths.out(g)
        return withPointers(g.offsets, g.targets) { offP, tgtP in
            lengths.withUnsafeBufferPointer { len in
                let lenP = len.baseAddress ?? UnsafePointer(EmptyPlaceholder.double)
                return blockedSourceSum(
                    n: n, threads: threads,
                    makeWorker: { Betweenness.DijkstraWorkspace(nodes: n, arcs: g.targets.count) },
                    perSource: { ws, s, acc in
                        let sums = Betweenness.brandesDijkstra(
                            source: s, off: offP, tgt: tgtP, len: lenP, ws: ws, acc: acc)
                        close.p[s] = Closeness.closenessValue(reached: sums.reached, total: sums.total, n: n)
                        harm.p[s] = sums.harmonic
                    })
            }
        }
    }
}
