/// Degree and strength (weighted degree) of every node; in/out for directed graphs.
/// For undirected graphs `degree` counts neighbors (as networkx's `G.degree` without self-loops) and
/// `strength` sums edge weights (`G.degree(weight="weight")`).
/// - Complexity: O(n + m).
public struct Degrees: Sendable {
    public let degree: [Int]
    public let strength: [Double]
    /// Directed graphs only (equal to `degree`/`strength` otherwise).
    public let inDegree: [Int]
    public let inStrength: [Double]

    public init(_ g: CSRGraph) {
        let n = g.nodeCount
        let out = (0..<n).map { g.degree($0) }
        let outStrength = (0..<n).map { g.strength($0) }
        if g.isDirected {
            inDegree = (0..<n).map { g.inDegree($0) }
            inStrength = (0..<n).map { g.inStrength($0) }
            // Total degree, as networkx's DiGraph.degree.
            degree = zip(out, inDegree).map { $0 + $1 }
            strength = zip(outStrength, inStrength).map { $0 + $1 }
        } else {
            degree = out
            strength = outStrength
            inDegree = out
            inStrength = outStrength
        }
    }
}
