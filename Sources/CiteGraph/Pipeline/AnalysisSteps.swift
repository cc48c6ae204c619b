import Bibliography
import GraphAlgorithms

/// The per-network steps of `Analysis.run`: build (where the network has its own projection), measure, summarize
/// communities; a network without edges is skipped with its reason and its planned steps counted as skipped.
struct AnalysisSteps {
    let settings: AnalysisSettings
    let corpus: Corpus
    let timer: StepTimer
    let papersOf: AuthorPapers
    let terms: PaperTerms
    private(set) var networks: [AnalyzedNetwork] = []
    private(set) var skipped: [(kind: NetworkKind, reason: String)] = []
    /// The co-authorship projection the author networks were built on.
    var coauthorship: CoauthorshipNetwork.Result?
    /// Citations each corpus paper received inside the corpus, once the citation networks are built.
    private(set) var localCitations: [Int]?

    init(settings: AnalysisSettings, corpus: Corpus, timer: StepTimer) {
        self.settings = settings
        self.corpus = corpus
        self.timer = timer
        papersOf = AuthorPapers(corpus)
        terms = PaperTerms(corpus)
    }

    mutating func addCoauthorship(_ result: CoauthorshipNetwork.Result) {
        addAuthorNetwork(result.network, papers: result.papers)
    }

    mutating func addTopics(_ coauthorship: CoauthorshipNetwork.Result) {
        // Very common terms are compared through their strongest holders only; the cap shrinks on huge corpora
        // (1,000 up to 40,000 authors, then 4·10⁷/authors, at least 100) so the candidate scan stays O(10⁸).
        let authors = max(1, coauthorship.network.labels.count)
        let options = TopicOptions(
            neighbors: settings.topicNeighbors, floor: settings.topicFloor,
            maxPostings: max(100, min(1_000, 40_000_000 / authors)))
        let (corpus, labels) = (self.corpus, coauthorship.network.labels)
        let topics = timer.run("shared-topic network") { TopicNetwork.build(corpus, nodes: labels, options: options) }
        guard topics.network.graph.edgeCount > 0 else {
            return skip(
                .topics,
                "topics: no two authors share topics or title terms above the similarity floor \(settings.topicFloor); shared-topic network skipped"
            )
        }
        addAuthorNetwork(topics.network, papers: coauthorship.papers)
    }

    mutating func addCitations() {
        let corpus = self.corpus
        switch timer.run("citation networks", { CitationNetwork.build(corpus) }) {
        case let .failure(unsupported):
            skip(.citations, unsupported.description)
            for kind in [NetworkKind.cocitation, .coupling] { skipSteps(kind) }
        case let .success(citations):
            localCitations = citations.localCitations
            // The three paper networks share their nodes' short labels ("Vaswani 2017").
            let short = corpus.papers.map(PaperLabel.short)
            for net in [citations.direct, citations.cocitation, citations.coupling] {
                guard net.graph.edgeCount > 0 else {
                    skip(net.kind, "\(net.name): no edges among the corpus papers; network skipped")
                    continue
                }
                addPaperNetwork(net, localCitations: citations.localCitations, shortLabels: short)
            }
        }
    }

    private mutating func addAuthorNetwork(_ network: Network, papers: [Int]) {
        let measures = measure(network)
        let papersOf = self.papersOf
        networks.append(
            summarize(
                network, measures: measures, papers: papers, paperIndex: nil, localCitations: nil,
                shortLabels: network.labels
            ) { node in
                papersOf.papers(of: network.labels[node])
            })
    }

    private mutating func addPaperNetwork(_ network: Network, localCitations: [Int], shortLabels: [String]) {
        let measures = measure(network)
        let count = corpus.papers.count
        networks.append(
            summarize(
                network, measures: measures, papers: Array(repeating: 1, count: count),
                paperIndex: Array(0..<count), localCitations: localCitations, shortLabels: shortLabels
            ) { [$0] })
    }

    private func measure(_ network: Network) -> NetworkMeasures {
        let g = network.graph
        let options = settings.measureOptions
        return timer.run("measures: \(network.kind.stepName) (\(g.nodeCount) nodes, \(g.edgeCount) edges)") {
            NetworkMeasures(g, options: options)
        }
    }

    private func summarize(
        _ network: Network, measures: NetworkMeasures, papers: [Int], paperIndex: [Int]?, localCitations: [Int]?,
        shortLabels: [String], papersOfNode: (Int) -> [Int]
    ) -> AnalyzedNetwork {
        timer.run("communities: \(network.kind.stepName)") {
            let kind = network.kind
            let draft = AnalyzedNetwork(
                network: network, description: kind.description(settings), measures: measures, papers: papers,
                paperIndex: paperIndex, localCitations: localCitations, shortLabels: shortLabels,
                weightMeaning: kind.weightMeaning(settings), communities: [])
            let communities = CommunitySummarizer.summarize(
                draft, sizeBy: settings.sizeBy, terms: terms, papersOfNode: papersOfNode)
            var summarized = draft.with(communities: communities).withColors(settings: settings)
            let years = corpus.papers.map { $0.year.map(Double.init) }
            summarized.avgYear = NodeAverages.mean(
                nodes: network.graph.nodeCount, papersOf: papersOfNode, value: { years[$0] })
            return summarized
        }
    }

    /// Every network with its nodes' average in-corpus citations, when the citation networks were built (the
    /// author networks are measured before them, so this is a last pass).
    func withAverageCitations() -> [AnalyzedNetwork] {
        guard let local = localCitations else { return networks }
        let papersOf = self.papersOf
        return networks.map { net in
            let papersOfNode: (Int) -> [Int] =
                net.nodeKind == .author ? { papersOf.papers(of: net.labels[$0]) } : { [$0] }
            return net.with(
                avgCitations: NodeAverages.mean(
                    nodes: net.graph.nodeCount, papersOf: papersOfNode, value: { Double(local[$0]) }))
        }
    }

    private mutating func skip(_ kind: NetworkKind, _ reason: String) {
        skipped.append((kind, reason))
        skipSteps(kind)
    }

    /// The measures and communities steps planned for `kind` (the drawing loop skips its drawing step).
    private func skipSteps(_ kind: NetworkKind) {
        timer.skip("measures: \(kind.stepName)")
        timer.skip("communities: \(kind.stepName)")
    }
}
