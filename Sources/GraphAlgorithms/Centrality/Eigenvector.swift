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
        let state = PowerIteration(g, threads: threads)
        withPointers(g.inOffsets, g.inSources) { off, src in
            g.inWeights.withUnsafeBufferPointer { w in
                let weights = w.baseAddress ?? UnsafePointer(EmptyPlaceholder.double)
                while state.remaining > 0 && state.iterations < maxIterations {
                    state.iterations += 1
                    state.multiply(off: off, src: src, weights: weights)
                    state.normalize()
                    state.markConverged(tolerance: tolerance)
                }
            }
        }
        return Result(
            scores: Array(UnsafeBufferPointer(start: state.x, count: n)), iterations: state.iterations,
            converged: state.remaining == 0)
    }

    /// The state of the power iteration: the vector `x` (per component), the next one, which components have
    /// converged, and per-chunk partial sums. The nodes are cut into fixed chunks (independent of the thread
    /// count) whose partial norms and changes are reduced in chunk order, so the result is the same for any
    /// `threads`.
    final class PowerIteration {
        let n: Int
        /// Number of connected components.
        let k: Int
        let threads: Int
        let chunks: Int
        let chunkSize: Int
        let membership: [Int32]
        var x: UnsafeMutablePointer<Double>
        var next: UnsafeMutablePointer<Double>
        let done: UnsafeMutablePointer<Bool>
        let norms: UnsafeMutablePointer<Double>
        /// Per chunk and component (`chunk * k + c`): sum of squares, then largest change.
        let partialNorms: UnsafeMutablePointer<Double>
        let partialChanges: UnsafeMutablePointer<Double>
        var remaining: Int
        var iterations = 0

        /// Starts from all ones; single-node components are done at once (score 0).
        init(_ g: CSRGraph, threads: Int) {
            n = g.nodeCount
            self.threads = threads
            let components = Components(g)
            membership = components.membership.map { Int32($0) }
            k = components.count
            chunks = min(16, n)
            chunkSize = (n + chunks - 1) / chunks
            x = .allocate(capacity: n)
            x.initialize(repeating: 1, count: n)
            next = .allocate(capacity: n)
            next.initialize(repeating: 0, count: n)
            done = .allocate(capacity: k)
            norms = .allocate(capacity: k)
            norms.initialize(repeating: 0, count: k)
            partialNorms = .allocate(capacity: chunks * k)
            partialNorms.initialize(repeating: 0, count: chunks * k)
            partialChanges = .allocate(capacity: chunks * k)
            partialChanges.initialize(repeating: 0, count: chunks * k)
            remaining = 0
            for c in 0..<k {
                done[c] = components.sizes[c] == 1
                if !done[c] { remaining += 1 }
            }
            for v in 0..<n where done[Int(membership[v])] { x[v] = 0 }
        }

        deinit {
            for p in [x, next, norms, partialNorms, partialChanges] { p.deallocate() }
            done.deallocate()
        }

        /// `next = (A + I)·x` along in-arcs for the nodes of unconverged components (the others keep `x`), and the
        /// norm of each component's `next`.
        func multiply(off: UnsafePointer<Int>, src: UnsafePointer<Int32>, weights: UnsafePointer<Double>) {
            let k = self.k, n = self.n, chunkSize = self.chunkSize
            let xs = x, out = next, isDone = done, pn = partialNorms
            membership.withUnsafeBufferPointer { member in
                parallelChunks(chunks, threads: threads) { chunk in
                    let lo = chunk * chunkSize, hi = min(n, lo + chunkSize)
                    guard lo < hi else { return }
                    let normRow = pn + chunk * k
                    for c in 0..<k { normRow[c] = 0 }
                    for v in lo..<hi {
                        let c = Int(member[v])
                        if isDone[c] {
                            out[v] = xs[v]
                            continue
                        }
                        var sum = xs[v]
                        for e in off[v]..<off[v + 1] { sum += weights[e] * xs[Int(src[e])] }
                        out[v] = sum
                        normRow[c] += sum * sum
                    }
                }
            }
            for c in 0..<k { norms[c] = 0 }
            for chunk in 0..<chunks { for c in 0..<k { norms[c] += pn[chunk * k + c] } }
            for c in 0..<k where !done[c] { norms[c] = norms[c].squareRoot() }
        }

        /// Scales `next` to unit norm per component, records each chunk's largest change, and makes `next` the
        /// current vector.
        func normalize() {
            let k = self.k, n = self.n, chunkSize = self.chunkSize
            let xs = x, out = next, isDone = done, nrm = norms, pc = partialChanges
            membership.withUnsafeBufferPointer { member in
                parallelChunks(chunks, threads: threads) { chunk in
                    let lo = chunk * chunkSize, hi = min(n, lo + chunkSize)
                    guard lo < hi else { return }
                    let changeRow = pc + chunk * k
                    for c in 0..<k { changeRow[c] = 0 }
                    for v in lo..<hi {
                        let c = Int(member[v])
                        guard !isDone[c] else { continue }
                        out[v] /= nrm[c]
                        let change = abs(out[v] - xs[v])
                        if change > changeRow[c] { changeRow[c] = change }
                    }
                }
            }
            swap(&x, &next)
        }

        /// Marks the components whose largest change is below `tolerance` as done.
        func markConverged(tolerance: Double) {
            for c in 0..<k where !done[c] {
                var change = 0.0
                for chunk in 0..<chunks { change = max(change, partialChanges[chunk * k + c]) }
                if change < tolerance {
                    done[c] = true
                    remaining -= 1
                }
            }
        }
    }
}
