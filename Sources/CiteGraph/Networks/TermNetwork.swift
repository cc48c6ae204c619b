import Bibliography
import GraphAlgorithms

public struct TermOptions: Sendable {
    /// Terms must occur in at least this many papers.
    public var minPapers = 2
    /// At most this many terms (the most frequent, ties by first appearance).
    public var maxTerms = 200
    public var useAbstracts = true

    public init(minPapers: Int = 2, maxTerms: Int = 200, useAbstracts: Bool = true) {
        self.minPapers = minPapers
        self.maxTerms = maxTerms
        self.useAbstracts = useAbstracts
    }
}

/// The term co-occurrence network, as VOSviewer's term maps: terms (unigrams and bigrams of titles and abstracts,
/// stop words removed) as nodes, weight = number of papers using both terms (binary counting per paper).
/// Only terms in at least `minPapers` papers are kept, the `maxTerms` most frequent.
/// - Complexity: O(S + P·k²) for S term slots and at most k selected terms per paper.
public enum TermNetwork {
    public struct Result: Sendable {
        public let network: Network
        /// Papers using each term, by node id.
        public let papers: [Int]
    }

    public static func build(_ corpus: Corpus, options: TermOptions = TermOptions()) -> Result {
        var table = NodeTable<String>()
        var paperTerms: [[Int]] = []
        var df: [Int] = []
        for paper in corpus.papers {
            var text = paper.title
            if options.useAbstracts, let abstract = paper.abstract { text += "\n" + abstract }
            var seen = Set<Int>()
            var ids: [Int] = []
            for term in Tokenizer.terms(text) {
                let id = table.insert(term)
                if id == df.count { df.append(0) }
                if seen.insert(id).inserted {
                    ids.append(id)
                    df[id] += 1
                }
            }
            paperTerms.append(ids)
        }
        let selected = df.indices.filter { df[$0] >= options.minPapers }
            .sorted { df[$0] != df[$1] ? df[$0] > df[$1] : $0 < $1 }
            .prefix(options.maxTerms)
            .sorted()
        var local = [Int](repeating: -1, count: df.count)
        for (i, t) in selected.enumerated() { local[t] = i }
        var builder = GraphBuilder(nodeCount: selected.count, directed: false)
        var pairs: [(key: EdgeKey, paper: Int32)] = []
        for (p, ids) in paperTerms.enumerated() {
            let kept = ids.compactMap { local[$0] >= 0 ? local[$0] : nil }.sorted()
            for i in 0..<kept.count {
                for j in (i + 1)..<kept.count {
                    builder.addEdge(kept[i], kept[j])
                    pairs.append((EdgeKey(kept[i], kept[j]), Int32(p)))
                }
            }
        }
        let network = Network(
            name: "terms", graph: builder.build(), labels: selected.map { table[$0] },
            edgePapers: EdgePapers(pairs: pairs),
            notes: [
                "terms in at least \(options.minPapers) papers, the \(options.maxTerms) most frequent; weight = papers using both"
            ])
        return Result(network: network, papers: selected.map { df[$0] })
    }
}
