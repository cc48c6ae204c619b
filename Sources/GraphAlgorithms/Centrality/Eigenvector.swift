import Dispatch

/// Eigenvector centrality, weighted: the Perron eigenvector of the adjacency matrix (entries = edge weights),
/// computed per connected component and scaled to unit Euclidean norm within each component (so values are
/// comparable inside a component, not across components); isolated nodes get 0. On a connected graph this equals
/// networkx's `eigenvector_centrality_numpy(G, weight="weight")`. Directed graphs use the in-edges
/// (a node is central when central nodes point to it), as networkx.
///
/// Power iteration on A + I (the shift keeps the eigenvectors and avoids oscillation on bipartite components),
/// Bonacich (1972).
/// - Complexity: O(k·(n + m)) for k iterations.
public enum Eigenvector {
    public struct Result: Sendable {
        public let scores: [Double]
        public let iterations: Int
        public let converged: Bool
    }

    public static func compute(
        _ g: CSRGraph, tolerance: Double = 1e-12, maxIterations: Int = 100_000,
        threads: Int = 2
    ) -> Result {
        let n = g.nodeCount
        guard n > 0 else { return Result(scores: [], iterations: 0, converged: true) }
        // Below ~10⁵ entries an iteration takes microseconds and dispatching it to threads costs more than it
        // saves; the chunked reduction makes the result the same either way.
        let threads = n + g.targets.count < 100_000 ? 1 : threads
        let components = Components(g)
        let membership = components.membership.map { Int32($0) }
        let k = components.count
        var x = [Double](repeating: 1, count: n)
        var next = [Double](repeating: 0, count: n)
        var done = [Bool](repeating: false, count: k)
        for c in 0..<k where components.sizes[c] == 1 { done[c] = true }
        for v in 0..<n where done[Int(membership[v])] { x[v] = 0 }
        var remaining = done.filter { !$0 }.count
        var iterations = 0
        // Fixed chunks (independent of the thread count), reduced in chunk order: identical results for any threads.
        let chunks = min(16, n)
        let chunkSize = (n + chunks - 1) / chunks
        var partialNorms = [Double](repeating: 0, count: chunks * k)
        var partialChanges = [Double](repeating: 0, count: chunks * k)
        var norms = [Double](repeating: 0, count: k)
        while remaining > 0 && iterations < maxIterations {
            iterations += 1
            g.inOffsets.withUnsafeBufferPointer { off in
                g.inSources.withUnsafeBufferPointer { src in
                    g.inWeights.withUnsafeBufferPointer { w in
                        membership.withUnsafeBufferPointer { member in
                            done.withUnsafeBufferPointer { isDone in
                                x.withUnsafeBufferPointer { xs in
                                    next.withUnsafeMutableBufferPointer { out in
                                        partialNorms.withUnsafeMutableBufferPointer { pn in
                                            let outBase = out.baseAddress!, pnBase = pn.baseAddress!
                                            parallelChunks(chunks, threads: threads) { chunk in
                                                let lo = chunk * chunkSize, hi = min(n, lo + chunkSize)
                                                guard lo < hi else { return }
                                                let normRow = pnBase + chunk * k
                                                for c in 0..<k { normRow[c] = 0 }
                                                for v in lo..<hi {
                                                    let c = Int(member[v])
                                                    if isDone[c] {
                                                        outBase[v] = xs[v]
                                                        continue
                                                    }
                                                    var sum = xs[v]
                                                    for e in off[v]..<off[v + 1] { sum += w[e] * xs[Int(src[e])] }
                                                    outBase[v] = sum
                                                    normRow[c] += sum * sum
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for c in 0..<k { norms[c] = 0 }
            for chunk in 0..<chunks { for c in 0..<k { norms[c] += partialNorms[chunk * k + c] } }
            for c in 0..<k where !done[c] { norms[c] = norms[c].squareRoot() }
            membership.withUnsafeBufferPointer { member in
                done.withUnsafeBufferPointer { isDone in
                    norms.withUnsafeBufferPointer { nrm in
                        x.withUnsafeBufferPointer { xs in
                            next.withUnsafeMutableBufferPointer { out in
                                partialChanges.withUnsafeMutableBufferPointer { pc in
                                    let outBase = out.baseAddress!, pcBase = pc.baseAddress!
                                    parallelChunks(chunks, threads: threads) { chunk in
                                        let lo = chunk * chunkSize, hi = min(n, lo + chunkSize)
                                        guard lo < hi else { return }
                                        let changeRow = pcBase + chunk * k
                                        for c in 0..<k { changeRow[c] = 0 }
                                        for v in lo..<hi {
                                            let c = Int(member[v])
                                            guard !isDone[c] else { continue }
                                            outBase[v] /= nrm[c]
                                            let change = abs(outBase[v] - xs[v])
                                            if change > changeRow[c] { changeRow[c] = change }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            swap(&x, &next)
            for c in 0..<k where !done[c] {
                var change = 0.0
                for chunk in 0..<chunks { change = max(change, partialChanges[chunk * k + c]) }
                if change < tolerance {
                    done[c] = true
                    remaining -= 1
                }
            }
        }
        return Result(scores: x, iterations: iterations, converged: remaining == 0)
    }

    /// Runs `body(chunk)` for every chunk on up to `threads` threads (serially for one thread).
    static func parallelChunks(_ chunks: Int, threads: Int, _ body: (Int) -> Void) {
        if threads <= 1 {
            for c in 0..<chunks { body(c) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let box = UnsafeSendableBox(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { box.value($0) }
        }
    }
}

/// Lets a non-Sendable closure cross into `concurrentPerform`; callers guarantee disjoint writes per chunk.
private struct UnsafeSendableBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
