import Bibliography
import GraphAlgorithms

/// One network of a run with its measures and what the reports need about its nodes.
public struct AnalyzedNetwork: Sendable {
    public let network: Network
    /// A sentence saying what nodes and edges are, for the report.
    public let description: String
    public let measures: NetworkMeasures
    /// Papers behind each node (authors: their papers; papers: 1).
    public let papers: [Int]
    /// Corpus paper index of each node (paper networks only).
    public let paperIndex: [Int]?
    /// Citations received inside the corpus (paper networks only).
    public let localCitations: [Int]?
    /// Short labels for maps ("Vaswani 2017" for papers; the name for authors).
    public let shortLabels: [String]
    /// What an edge weight means ("joint papers", "cosine similarity", ...).
    public let weightMeaning: String
    public let communities: [CommunitySummary]
    /// Which community gets which color on every map and in every report of the run (from the drawn nodes).
    public var colors: CommunityColors = .none
    /// Average publication year of each node's papers (NaN when none has a year; see `NodeAverages`).
    public var avgYear: [Double] = []
    /// Average in-corpus citations of each node's papers, when the citation networks were built; nil otherwise.
    public var avgCitations: [Double]? = nil

    public var kind: NetworkKind { network.kind }
    public var name: String { network.kind.name }
    public var nodeKind: NodeKind { network.kind.nodeKind }
    public var graph: CSRGraph { network.graph }
    public var labels: [String] { network.labels }

    /// The fill color of community `id` on maps and in the reports (grey: fewer than two nodes on the map).
    public func color(community id: Int) -> String { colors.color(community: id) }

    /// The node measure `measure` as a number per node.
    public func values(_ measure: NodeMeasure) -> [Double] {
        let m = measures
        switch measure {
        case .pagerank: return m.pagerank
        case .degree: return m.degree.map(Double.init)
        case .strength: return m.strength
        case .betweenness: return m.betweenness ?? m.strength
        case .closeness: return m.closeness ?? m.strength
        case .harmonic: return m.harmonic ?? m.strength
        case .eigenvector: return m.eigenvector
        case .coreness: return m.coreness.map(Double.init)
        case .papers: return papers.map(Double.init)
        }
    }

    /// The per-node score an overlay map is colored by; nil for `community`, and for `citations` when citation
    /// counts are unknown (no citation networks built).
    public func overlayValues(_ colorBy: ColorBy) -> [Double]? {
        switch colorBy {
        case .community: return nil
        case .year: return avgYear.count == graph.nodeCount ? avgYear : nil
        case .citations: return avgCitations
        default: return colorBy.measure.map(values)
        }
    }

    /// Node ids ranked by `measure` (descending), ties by label then id, so ranks are stable.
    public func ranking(by measure: NodeMeasure) -> [Int] {
        let v = values(measure)
        let labels = network.labels
        return Array(0..<graph.nodeCount).sorted {
            if v[$0] != v[$1] { return v[$0] > v[$1] }
            if labels[$0] != labels[$1] { return labels[$0] < labels[$1] }
            return $0 < $1
        }
    }
}

extension AnalyzedNetwork {
    func with(communities: [CommunitySummary]) -> AnalyzedNetwork {
        AnalyzedNetwork(
            network: network, description: description, measures: measures, papers: papers, paperIndex: paperIndex,
            localCitations: localCitations, shortLabels: shortLabels, weightMeaning: weightMeaning,
            communities: communities, colors: colors, avgYear: avgYear, avgCitations: avgCitations)
    }

    /// The network with its community colors decided from the nodes its map draws with `settings`.
    func withColors(settings: AnalysisSettings) -> AnalyzedNetwork {
        var net = self
        net.colors = CommunityColors(community: measures.community, drawn: MapPlan.drawnNodes(self, settings).nodes)
        return net
    }

    func with(avgCitations: [Double]?) -> AnalyzedNetwork {
        var copy = self
        copy.avgCitations = avgCitations
        return copy
    }
}

/// A community of a network as the reports show it.
public struct CommunitySummary: Sendable {
    public let id: Int
    public let size: Int
    /// Members ranked by the size measure (all of them).
    public let members: [Int]
    /// The terms (topic codes, title/abstract words) most specific to the community's papers.
    public let topTerms: [String]
    /// Corpus indices of the community's key papers (most members among their authors, or most cited).
    public let keyPapers: [Int]
}
