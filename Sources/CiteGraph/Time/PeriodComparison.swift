/// One network compared between two consecutive periods: nodes and links new, continuing and gone (matched by
/// label: canonical author name, paper title), the continuing nodes that rose and fell most by degree and by
/// PageRank, and the flows between their communities (`CommunityMatching`).
///
/// PageRank sums to 1 over a network, so it is compared as PageRank × nodes (1 = an average node), which keeps
/// networks of different sizes comparable.
public struct PeriodComparison: Sendable {
    public struct Counts: Sendable, Equatable {
        public let new: Int
        public let continuing: Int
        public let gone: Int
    }

    public struct Change: Sendable, Equatable {
        public let label: String
        public let before: Double
        public let after: Double
        public var delta: Double { after - before }
    }

    public let kind: NetworkKind
    public let from: Period
    public let to: Period
    public let nodes: Counts
    public let links: Counts
    public let degreeRisers: [Change]
    public let degreeFallers: [Change]
    public let pagerankRisers: [Change]
    public let pagerankFallers: [Change]
    public let flows: [CommunityMatching.Flow]

    /// Risers and fallers listed per measure.
    public static let listed = 10

    init(_ a: AnalyzedNetwork, _ b: AnalyzedNetwork, from: Period, to: Period) {
        kind = a.kind
        self.from = from
        self.to = to
        let nodeA = PeriodComparison.index(a.labels)
        let nodeB = PeriodComparison.index(b.labels)
        let continuing = nodeA.keys.filter { nodeB[$0] != nil }.count
        nodes = Counts(new: nodeB.count - continuing, continuing: continuing, gone: nodeA.count - continuing)
        let linksA = PeriodComparison.links(a), linksB = PeriodComparison.links(b)
        let kept = linksA.intersection(linksB).count
        links = Counts(new: linksB.count - kept, continuing: kept, gone: linksA.count - kept)
        let shared = nodeA.keys.filter { nodeB[$0] != nil }.sorted()
        let degree = shared.map {
            Change(
                label: $0, before: Double(a.measures.degree[nodeA[$0]!]), after: Double(b.measures.degree[nodeB[$0]!]))
        }
        let na = Double(a.graph.nodeCount), nb = Double(b.graph.nodeCount)
        let pagerank = shared.map {
            Change(label: $0, before: a.measures.pagerank[nodeA[$0]!] * na, after: b.measures.pagerank[nodeB[$0]!] * nb)
        }
        (degreeRisers, degreeFallers) = PeriodComparison.extremes(degree)
        (pagerankRisers, pagerankFallers) = PeriodComparison.extremes(pagerank)
        flows = CommunityMatching.match(PeriodComparison.communities(a), PeriodComparison.communities(b))
    }

    /// Label → node id (the first node of a repeated label).
    static func index(_ labels: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, l) in labels.enumerated() where out[l] == nil { out[l] = i }
        return out
    }

    /// Links as label pairs (ordered for directed networks, sorted otherwise).
    static func links(_ net: AnalyzedNetwork) -> Set<String> {
        let g = net.graph
        var out = Set<String>()
        for u in 0..<g.nodeCount {
            for e in g.neighborRange(u) {
                let v = Int(g.targets[e])
                guard g.isDirected || u < v else { continue }
                let (x, y) = (net.labels[u], net.labels[v])
                out.insert(g.isDirected || x < y ? x + "\u{0}" + y : y + "\u{0}" + x)
            }
        }
        return out
    }

    /// The largest rises and falls (ties by label), only nodes that changed.
    static func extremes(_ changes: [Change]) -> ([Change], [Change]) {
        let risers = changes.filter { $0.delta > 0 }.sorted {
            $0.delta != $1.delta ? $0.delta > $1.delta : $0.label < $1.label
        }
        let fallers = changes.filter { $0.delta < 0 }.sorted {
            $0.delta != $1.delta ? $0.delta < $1.delta : $0.label < $1.label
        }
        return (Array(risers.prefix(listed)), Array(fallers.prefix(listed)))
    }

    /// The colored communities (the largest, with 2+ members) with their members' papers as weights.
    static func communities(_ net: AnalyzedNetwork) -> [CommunityMatching.Community] {
        net.communities.prefix(Palette.colors.count).filter { $0.size >= 2 }.map { c in
            CommunityMatching.Community(
                id: c.id, members: c.members.map { net.labels[$0] }, weights: c.members.map { Double(net.papers[$0]) })
        }
    }
}
