/// What the nodes of a network stand for.
public enum NodeKind: String, Sendable {
    case author, paper

    /// "authors" / "papers".
    public var plural: String { rawValue + "s" }
}

/// Every network CiteGraph builds, with the names people see in one place.
public enum NetworkKind: String, Sendable, CaseIterable, Comparable {
    /// Authors linked by joint papers.
    case coauthorship
    /// Authors linked by the similarity of their papers' topics and terms.
    case topics
    /// Papers linked by the citations between them (directed, citing → cited).
    case citations
    /// Papers linked when a corpus paper cites both.
    case cocitation
    /// Papers linked by the references they share.
    case coupling

    public static func < (a: NetworkKind, b: NetworkKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The file-name stem and report key (`coauthorship.svg`, `networks.coauthorship`).
    public var name: String { rawValue }

    /// The section title in the reports.
    public var title: String {
        switch self {
        case .coauthorship: return "Co-authorship"
        case .topics: return "Shared topics"
        case .citations: return "Citations"
        case .cocitation: return "Co-citation"
        case .coupling: return "Bibliographic coupling"
        }
    }

    /// The title drawn on the map.
    public var mapTitle: String {
        switch self {
        case .coauthorship: return "Co-authorship network"
        case .topics: return "Shared-topic network"
        case .citations: return "Citation network"
        case .cocitation: return "Co-citation network"
        case .coupling: return "Bibliographic coupling network"
        }
    }

    public var nodeKind: NodeKind {
        switch self {
        case .coauthorship, .topics: return .author
        case .citations, .cocitation, .coupling: return .paper
        }
    }
}
