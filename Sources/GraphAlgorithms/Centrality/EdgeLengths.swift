/// Edge lengths for weighted path measures: the length of an edge is `1 / weight` (weights are collaboration
/// strengths, larger = closer), computed once per arc so every search adds exactly the same `Double`s that
/// networkx adds (`dist[u] + 1/w(u,v)`). A weight that is not positive and finite gives length `+infinity`: the
/// arc is never used (networkx would fail on such weights).
enum EdgeLengths {
    @inline(__always) static func length(_ w: Double) -> Double { w > 0 && w.isFinite ? 1.0 / w : .infinity }
    /// `1 / weights[i]` for every arc of the out-adjacency.
    static func out(_ g: CSRGraph) -> [Double] { g.weights.map(length) }
    /// `1 / inWeights[i]` for every arc of the in-adjacency.
    static func `in`(_ g: CSRGraph) -> [Double] { g.inWeights.map(length) }
}
