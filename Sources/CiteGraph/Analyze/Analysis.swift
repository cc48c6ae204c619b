import Bibliography
import Foundation
import GraphAlgorithms

/// The computing half of `analyze`: inputs → corpus → networks → measures → community summaries. Rendering and
/// writing are `MapDrawing` and `OutputFolder`; nothing here does I/O besides reading the inputs.
public struct Analysis: Sendable {
    public let settings: AnalysisSettings
    public let batch: InputReader.Batch
    public let corpus: Corpus
    public let networks: [AnalyzedNetwork]
    /// Networks asked for that the inputs cannot support, with the reason and its numbers.
    public let skippedNetworks: [(name: String, reason: String)]
    /// Notes about the whole run (e.g. the topic network's posting cap).
    public let notes: [String]

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs every computing step, reporting each to `timer`.
    public static func run(_ settings: AnalysisSettings, timer: StepTimer) throws -> Analysis {
        let columns = (try? settings.columns.map { try TableColumns(parsing: $0) }) ?? nil
        let batch = timer.run("read inputs") {
            InputReader.read(settings.inputs, format: settings.inputFormat, columns: columns ?? TableColumns())
        }
        var corpusOptions = CorpusOptions(inferProfileOwner: settings.inferOwner, mergeInitials: settings.mergeInitials)
        if let path = settings.thesaurus {
            do {
                corpusOptions.thesaurus = Thesaurus.parse(try TextFile.read(path: path))
            } catch {
                throw Failure(description: "cannot read the thesaurus: \(error)")
            }
        }
        let corpus = timer.run("build corpus (\(batch.records.count) records)") {
            CorpusBuilder.build(batch, options: corpusOptions)
        }
        var networks: [AnalyzedNetwork] = []
        var skipped: [(String, String)] = []
        var notes: [String] = []
        let wants = Set(settings.networks)
        let measureOptions = settings.measureOptions
        let papersOf = AuthorPapers(corpus)
        let terms = PaperTerms(corpus)

        let coauthorship = timer.run("co-authorship network") {
            CoauthorshipNetwork.build(corpus, options: settings.coauthorshipOptions)
        }
        if wants.contains(.coauthorship) {
            let g = coauthorship.network.graph
            let measures = timer.run("measures: co-authorship (\(g.nodeCount) nodes, \(g.edgeCount) edges)") {
                NetworkMeasures(g, options: measureOptions)
            }
            let weightMeaning =
                settings.counting == .full ? "joint papers" : "fractional joint papers (1/(n−1) per paper)"
            networks.append(
                timer.run("communities: co-authorship") {
                    authorNetwork(
                        name: "coauthorship",
                        description:
                            "Authors linked by the papers they wrote together; edge weight = \(weightMeaning).",
                        result: coauthorship.network, papers: coauthorship.papers, measures: measures,
                        weightMeaning: weightMeaning, settings: settings, papersOf: papersOf, terms: terms)
                })
        }
        if wants.contains(.topics) {
            // Very common terms are compared through their strongest holders only; the cap shrinks on huge corpora
            // (1,000 up to 40,000 authors, then 4·10⁷/authors, at least 100) so the candidate scan stays O(10⁸).
            let authors = max(1, coauthorship.network.labels.count)
            let topicOptions = TopicOptions(
                neighbors: settings.topicNeighbors, floor: settings.topicFloor,
                maxPostings: max(100, min(1_000, 40_000_000 / authors)))
            let topics = timer.run("shared-topic network") {
                TopicNetwork.build(corpus, nodes: coauthorship.network.labels, options: topicOptions)
            }
            if topics.network.graph.edgeCount == 0 {
                skipped.append(
                    (
                        "topics",
                        "topics: no two authors share topics or title terms above the similarity floor \(settings.topicFloor); shared-topic network skipped"
                    ))
            } else {
                let g = topics.network.graph
                let measures = timer.run("measures: shared-topic (\(g.nodeCount) nodes, \(g.edgeCount) edges)") {
                    NetworkMeasures(g, options: measureOptions)
                }
                networks.append(
                    timer.run("communities: shared-topic") {
                        authorNetwork(
                            name: "topics",
                            description:
                                "Authors linked by the topics and terms of their papers (TF-IDF cosine similarity, each author's \(settings.topicNeighbors) most similar others above \(settings.topicFloor)); edge weight = similarity.",
                            result: topics.network, papers: coauthorship.papers, measures: measures,
                            weightMeaning: "cosine similarity", settings: settings, papersOf: papersOf, terms: terms)
                    })
            }
        }
        if wants.contains(.citations) {
            let built = timer.run("citation networks") { CitationNetwork.build(corpus) }
            switch built {
            case let .failure(unsupported):
                skipped.append(("citations", unsupported.description))
            case let .success(citations):
                for (net, description, meaning) in [
                    (
                        citations.direct,
                        "Papers linked by the citations between them inside the corpus (citing → cited).", "citations"
                    ),
                    (
                        citations.cocitation,
                        "Papers linked when a corpus paper cites both; edge weight = papers citing both.",
                        "papers citing both"
                    ),
                    (
                        citations.coupling,
                        "Papers linked by the references they share (bibliographic coupling); edge weight = shared references.",
                        "shared references"
                    ),
                ] {
                    guard net.graph.edgeCount > 0 else {
                        skipped.append((net.name, "\(net.name): no edges among the corpus papers; network skipped"))
                        continue
                    }
                    let g = net.graph
                    let measures = timer.run("measures: \(net.name) (\(g.nodeCount) nodes, \(g.edgeCount) edges)") {
                        NetworkMeasures(g, options: measureOptions)
                    }
                    networks.append(
                        paperNetwork(
                            net, description: description, measures: measures, weightMeaning: meaning,
                            localCitations: citations.localCitations, corpus: corpus, terms: terms,
                            settings: settings))
                }
            }
        }
        if coauthorship.cappedPapers > 0 {
            notes.append(
                "\(coauthorship.cappedPapers) papers have more than \(settings.maxAuthorsPerPaper) authors: they count for their authors but make no co-authorship edges"
            )
        }
        return Analysis(
            settings: settings, batch: batch, corpus: corpus, networks: networks,
            skippedNetworks: skipped, notes: notes)
    }

    /// Every issue: the files', then the corpus's.
    public var issues: [ParseIssue] { batch.issues + corpus.issues }

    // MARK: - Networks of authors and of papers

    static func authorNetwork(
        name: String, description: String, result: Network, papers: [Int], measures: NetworkMeasures,
        weightMeaning: String, settings: AnalysisSettings, papersOf: AuthorPapers,
        terms: PaperTerms
    ) -> AnalyzedNetwork {
        let draft = AnalyzedNetwork(
            name: name, description: description, nodeKind: .author, network: result,
            measures: measures, papers: papers, paperIndex: nil, localCitations: nil,
            shortLabels: result.labels, weightMeaning: weightMeaning, communities: [])
        let communities = CommunitySummarizer.summarize(draft, sizeBy: settings.sizeBy, terms: terms) { node in
            papersOf.papers(of: result.labels[node])
        }
        return draft.with(communities: communities)
    }

    static func paperNetwork(
        _ net: Network, description: String, measures: NetworkMeasures, weightMeaning: String,
        localCitations: [Int], corpus: Corpus, terms: PaperTerms, settings: AnalysisSettings
    ) -> AnalyzedNetwork {
        let short = corpus.papers.map(PaperLabel.short)
        let draft = AnalyzedNetwork(
            name: net.name, description: description, nodeKind: .paper, network: net,
            measures: measures, papers: Array(repeating: 1, count: corpus.papers.count),
            paperIndex: Array(corpus.papers.indices), localCitations: localCitations,
            shortLabels: short, weightMeaning: weightMeaning, communities: [])
        let communities = CommunitySummarizer.summarize(draft, sizeBy: settings.sizeBy, terms: terms) { [$0] }
        return draft.with(communities: communities)
    }
}

extension AnalyzedNetwork {
    func with(communities: [CommunitySummary]) -> AnalyzedNetwork {
        AnalyzedNetwork(
            name: name, description: description, nodeKind: nodeKind, network: network, measures: measures,
            papers: papers, paperIndex: paperIndex, localCitations: localCitations, shortLabels: shortLabels,
            weightMeaning: weightMeaning, communities: communities)
    }
}

/// "Vaswani 2017": the first author's family name and the year, for paper nodes on a map.
enum PaperLabel {
    static func short(_ paper: Paper) -> String {
        let first = paper.authors.first { !$0.inferred } ?? paper.authors.first
        var name = first.map { PaperLabel.familyName($0.resolved) } ?? ""
        if name.isEmpty { name = String(paper.title.prefix(24)) }
        if (paper.authors.count) > 1 { name += " et al." }
        return paper.year.map { "\(name) \($0)" } ?? name
    }

    static func familyName(_ name: String) -> String {
        if let comma = name.firstIndex(of: ",") { return String(name[..<comma]).trimmingCharacters(in: .whitespaces) }
        return name.split(separator: " ").last.map(String.init) ?? name
    }
}

/// The corpus papers of each canonical author.
struct AuthorPapers: Sendable {
    private var index: [String: [Int]] = [:]

    init(_ corpus: Corpus) {
        for (i, paper) in corpus.papers.enumerated() {
            var seen = Set<String>()
            for a in paper.authors where seen.insert(a.resolved).inserted { index[a.resolved, default: []].append(i) }
        }
    }

    func papers(of name: String) -> [Int] { index[name] ?? [] }
}

/// Terms of each paper (topic codes and title words/bigrams), computed once per run, with document frequencies.
struct PaperTerms: Sendable {
    let terms: [[String]]
    let documentFrequency: [String: Int]

    init(_ corpus: Corpus) {
        var all: [[String]] = []
        all.reserveCapacity(corpus.papers.count)
        var df: [String: Int] = [:]
        for paper in corpus.papers {
            var seen = Set<String>()
            var list: [String] = []
            for t in paper.topics + Tokenizer.terms(paper.title) where seen.insert(t).inserted {
                list.append(t)
                df[t, default: 0] += 1
            }
            all.append(list)
        }
        terms = all
        documentFrequency = df
    }
}
