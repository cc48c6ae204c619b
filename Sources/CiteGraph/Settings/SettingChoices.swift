import Bibliography

/// The groups of networks a run can ask for (`networks = [...]`).
public enum NetworkFamily: String, Sendable, CaseIterable, Comparable, SettingChoice {
    case coauthorship, topics, citations

    public static func < (a: NetworkFamily, b: NetworkFamily) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The networks the family makes (citations: the direct citation, co-citation and coupling networks).
    public var kinds: [NetworkKind] {
        switch self {
        case .coauthorship: return [.coauthorship]
        case .topics: return [.topics]
        case .citations: return [.citations, .cocitation, .coupling]
        }
    }
}

/// Where the co-authorship projection and its whole-graph measures run.
public enum Engine: String, Sendable, CaseIterable, SettingChoice {
    /// Everything in this process (the default).
    case inprocess
    /// The projection, degree/strength, PageRank and components on Spark; the top of the network back in process.
    case spark
}

/// A node measure that can size the nodes of a map.
public enum NodeMeasure: String, Sendable, CaseIterable, SettingChoice {
    case pagerank, degree, strength, betweenness, closeness, harmonic, eigenvector, coreness, papers
}

/// What colors a map's nodes (`color-by`): the community, or a per-node score on a continuous scale (an overlay
/// map, as VOSviewer's): the average publication year, the average in-corpus citations, or a node measure.
public enum ColorBy: String, Sendable, CaseIterable, SettingChoice {
    case community, year, citations
    case pagerank, degree, strength, betweenness, closeness, harmonic, eigenvector, coreness, papers

    /// The node measure colored by, for the measure choices.
    public var measure: NodeMeasure? { NodeMeasure(rawValue: rawValue) }
}

/// Which connected part of a network its map draws (`map-scope`; see `MapFilter`).
public enum MapScope: String, Sendable, CaseIterable, SettingChoice {
    case auto, all, largest
}

/// A graphviz layout engine for the maps.
public enum MapLayout: String, Sendable, CaseIterable, SettingChoice {
    case sfdp, neato, fdp, dot, circo
}

/// An image format the maps are rendered to.
public enum ImageFormat: String, Sendable, CaseIterable, SettingChoice {
    case svg, png, pdf
}

extension Counting: SettingChoice {}
extension CommunityAlgorithm: SettingChoice {}

extension InputFormat: SettingChoice {
    /// Every format but `unknown` (which names a file no reader recognizes).
    public static var choices: [InputFormat] { allCases.filter { $0 != .unknown } }
}
