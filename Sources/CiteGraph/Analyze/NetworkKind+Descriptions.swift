/// What a network's nodes and edges mean under a run's settings, for the reports and maps.
extension NetworkKind {
    /// A sentence saying what nodes and edges are.
    func description(_ settings: AnalysisSettings) -> String {
        switch self {
        case .coauthorship:
            return "Authors linked by the papers they wrote together; edge weight = \(weightMeaning(settings))."
        case .topics:
            return
                "Authors linked by the topics and terms of their papers (TF-IDF cosine similarity, each author's \(settings.topicNeighbors) most similar others above \(settings.topicFloor)); edge weight = similarity."
        case .citations: return "Papers linked by the citations between them inside the corpus (citing → cited)."
        case .cocitation: return "Papers linked when a corpus paper cites both; edge weight = papers citing both."
        case .coupling:
            return
                "Papers linked by the references they share (bibliographic coupling); edge weight = shared references."
        }
    }

    /// What an edge weight means ("joint papers", "cosine similarity", ...).
    func weightMeaning(_ settings: AnalysisSettings) -> String {
        switch self {
        case .coauthorship:
            return settings.counting == .full ? "joint papers" : "fractional joint papers (1/(n−1) per paper)"
        case .topics: return "cosine similarity"
        case .citations: return "citations"
        case .cocitation: return "papers citing both"
        case .coupling: return "shared references"
        }
    }

    /// The network's name in progress lines and step timings.
    var stepName: String {
        switch self {
        case .coauthorship: return "co-authorship"
        case .topics: return "shared-topic"
        case .citations, .cocitation, .coupling: return rawValue
        }
    }
}
