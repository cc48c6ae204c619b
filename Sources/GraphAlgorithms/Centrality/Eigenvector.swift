/// Eigenvector centrality, weighted (matrix entries = edge weights), in two conventions:
/// - `scores`, the whole-graph convention: the limit of networkx's `eigenvector_centrality(G, weight="weight")`,
///   power iteration on A + I from the all-ones vector over the WHOLE graph, scaled to unit Euclidean norm. On a
///   disconnected graph that is the leading eigenvector of the whole matrix: only the component(s) with the
///   largest spectral radius λ are nonzero (an isolated pair scores 0 next to any component with λ > its weight);
///   components tied at the largest λ (relative difference below 1e-9) share it in proportion to the all-ones
///   start's projection on each one's unit Perron vector `v_c`, i.e. `x = Σ_c (1·v_c) v_c`, normalized. igraph's
///   `eigenvector_centrality` gives the same vector scaled to maximum 1 (it starts from the degrees, so only ties
///   can differ). On a connected graph this is networkx's `eigenvector_centrality_numpy(G, weight="weight")`.
/// - `perComponent`: the Perron vector of each connected component with unit norm within it (values compare
///   within a component only); isolated nodes 0.
/// Directed graphs use the in-edges (a node is central when central nodes point to it), as networkx; components
/// are weak.
///
/// Each component is iterated on its own (A + I: the shift keeps the eigenvectors and avoids oscillation on
/// bipartite components) until it converges, and its λ is read from the last step's growth `‖(A+I)x‖ − 1`; the
/// whole-graph vector is then assembled as above, which is what the global iteration converges to, without its
/// slow convergence when two components' λ are close. Bonacich (1972); Newman, "Networks" (2nd ed., 2018) §7.1.2.
/// - Complexity: O(k·(n + m)) for k iterations.
public enum Eigenvector {
    public struct Result: Sendable {
        /// Whole-graph convention (see the type's documentation).
        public let scores: [Double]
        /// Unit norm within each connected component.
        public let perComponent: [Double]
        public let iterations: Int
        public let converged: Bool
    }

    public static func compute(
        _ g: CSRGraph, tolerance: Double = 1e-12, maxIterations: Int = 100_000,
        threads: Int = 2
    ) -> Result {
        let n = g.nodeCount
        guard n > 0 else { return Result(scores: [], perComponent: [], iterations: 0, converged: true) }
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
        let perComponent = Array(UnsafeBufferPointer(start: state.x, count: n))
        return Result(
            scores: wholeGraph(perComponent, state: state), perComponent: perComponent, iterations: state.iterations,
            converged: state.remaining == 0)
    }

    /// The whole-graph vector from the per-component ones: the components whose growth `1 + λ` is the largest
    /// (relative tolerance 1e-9) weighted by `Σ v_c` (a single node counts as `v = [1]`, `λ = 0`), unit norm.
    static func wholeGraph(_ x: [Double], state: PowerIteration) -> [Double] {
        let k = state.k
        var growth = [Double](repeating: 1, count: k)
        var weight = [Double](repeating: 0, count: k)
        for v in 0..<x.count {
            let c = Int(state.membership[v])
            weight[c] += state.sizes[c] == 1 ? 1 : x[v]
        }
        for c in 0..<k where state.sizes[c] > 1 { growth[c] = state.growth[c] }
        let top = growth.max() ?? 1
        for c in 0..<k where growth[c] < top * (1 - 1e-9) { weight[c] = 0 }
        // One component selected: its unit vector is already the answer (no rescaling, so no last-bit change).
        if weight.filter({ $0 != 0 }).count == 1, let only = weight.firstIndex(where: { $0 != 0 }) {
            return x.indices.map { Int(state.membership[$0]) == only ? (state.sizes[only] == 1 ? 1 : x[$0]) : 0 }
        }
        var scores = [Double](repeating: 0, count: x.count)
        var norm = 0.0
        for v in 0..<x.count {
            let c = Int(state.membership[v])
            let value = weight[c] * (state.sizes[c] == 1 ? 1 : x[v])
            scores[v] = value
            norm += value * value
        }
        norm = norm.squareRoot()
        if norm > 0 { for v in scores.indices { scores[v] /= norm } }
        return scores
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
        let sizes: [Int]
        /// Per component: `‖(A + I)x‖` of the step at which it converged (or the last step), i.e. `1 + λ`.
        var growth: [Double]
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
            sizes = components.sizes
            growth = [Double](repeating: 1, count: components.count)
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
            for c in 0..<k where !done[c] {
                norms[c] = norms[c].squareRoot()
                growth[c] = norms[c]
            }
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
