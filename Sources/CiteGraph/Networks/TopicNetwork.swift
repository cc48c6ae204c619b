import Bibliography
import Foundation
import GraphAlgorithms

public struct TopicOptions: Sendable {
    /// Each author keeps edges to its k most similar others.
    public var neighbors = 10
    /// Cosine similarities below this make no edge.
    public var floor = 0.1
    /// Use abstracts as well as titles and topic codes.
    public var useAbstracts = true
    /// A term shared by more authors than this is compared through its strongest holders only (keeps large
    /// corpora tractable; the report says when it applied).
    public var maxPostings = 1_000

    public init(neighbors: Int = 10, floor: Double = 0.1, useAbstracts: Bool = true, maxPostings: Int = 1_000) {
        self.neighbors = neighbors
        self.floor = floor
        self.useAbstracts = useAbstracts
        self.maxPostings = maxPostings
    }
}

/// The shared-topic network of authors: each author is a TF-IDF vector over the topic codes of their papers and
/// the terms (unigrams and bigrams, stop words removed) of their titles and abstracts; two authors are linked
/// with weight = cosine similarity when one is among the other's `neighbors` most similar and the similarity is
/// at least `floor`.
///
/// tf = 1 + ln(count of the term over the author's papers); idf = ln((1 + N)/(1 + df)) + 1 (N authors, df authors
/// using the term); vectors L2-normalized (Salton & Buckley 1988). Candidates come from an inverted index; a
/// posting list longer than `maxPostings` is cut to its highest-weight authors (ties by id) — exact otherwise.
/// Node ids are those of `nodes` (pass the co-authorship network's labels to align the two networks).
/// - Complexity: O(S·T + Σ_t p_t²) for S author slots, T terms per paper and posting-list lengths p_t ≤ maxPostings.
public enum TopicNetwork {
    public struct Result: Sendable {
        public let network: Network
        public let vocabulary: Int
        public let truncatedTerms: Int
        /// The top terms of each node by TF-IDF weight (for the report), by node id.
        public let topTerms: [[String]]
    }

    public static func build(_ corpus: Corpus, nodes: [String], options: TopicOptions = TopicOptions()) -> Result {
        var vocabulary = NodeTable<String>()
        let counts = termCounts(corpus, nodes: nodes, options: options, vocabulary: &vocabulary)
        let vectors = tfidfVectors(counts, vocabularySize: vocabulary.count)
        let (postings, truncated) = postingLists(vectors, vocabularySize: vocabulary.count, cap: options.maxPostings)
        let graph = nearestNeighbors(vectors, postings: postings, options: options)
        let topTerms = vectors.map { v in
            v.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
                .prefix(5).map { vocabulary[Int($0.term)] }
        }
        var notes = [
            "TF-IDF over topic codes and title\(options.useAbstracts ? "/abstract" : "") terms; cosine ≥ \(options.floor), top \(options.neighbors) per author"
        ]
        if truncated > 0 {
            notes.append(
                "\(truncated) very common terms compared through their \(options.maxPostings) strongest authors only")
        }
        let network = Network(kind: .topics, graph: graph, labels: nodes, notes: notes)
        return Result(network: network, vocabulary: vocabulary.count, truncatedTerms: truncated, topTerms: topTerms)
    }

    typealias Vector = [(term: Int32, weight: Double)]

    /// How often each author's papers use each term (topic codes, title and optionally abstract terms).
    static func termCounts(
        _ corpus: Corpus, nodes: [String], options: TopicOptions, vocabulary: inout NodeTable<String>
    ) -> [[Int32: Int]] {
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var counts = [[Int32: Int]](repeating: [:], count: nodes.count)
        for paper in corpus.papers {
            var terms = paper.topics.map { "topic:" + $0 }
            terms += Tokenizer.terms(paper.title)
            if options.useAbstracts, let abstract = paper.abstract { terms += Tokenizer.terms(abstract) }
            guard !terms.isEmpty else { continue }
            let ids = terms.map { Int32(vocabulary.insert($0)) }
            for author in paper.authors {
                guard let a = index[author.resolved] else { continue }
                for t in ids { counts[a][t, default: 0] += 1 }
            }
        }
        return counts
    }

    /// Unit-length TF-IDF vectors sorted by term id: (1 + ln tf) · (ln((1 + N)/(1 + df)) + 1).
    static func tfidfVectors(_ counts: [[Int32: Int]], vocabularySize: Int) -> [Vector] {
        var df = [Int](repeating: 0, count: vocabularySize)
        for c in counts { for t in c.keys { df[Int(t)] += 1 } }
        let nd = Double(counts.count)
        return counts.map { termCounts in
            var v = termCounts.map {
                (
                    term: $0.key,
                    weight: (1 + log(Double($0.value))) * (log((1 + nd) / (1 + Double(df[Int($0.key)]))) + 1)
                )
            }
            v.sort { $0.term < $1.term }
            var norm = 0.0
            for e in v { norm += e.weight * e.weight }
            norm = norm.squareRoot()
            if norm > 0 { for i in v.indices { v[i].weight /= norm } }
            return v
        }
    }

    /// Inverted index: term → (author, weight) in author order, cut to the `cap` strongest; the number cut.
    static func postingLists(_ vectors: [Vector], vocabularySize: Int, cap: Int)
        -> ([[(author: Int32, weight: Double)]], Int)
    {
        var postings = [[(author: Int32, weight: Double)]](repeating: [], count: vocabularySize)
        for a in vectors.indices { for e in vectors[a] { postings[Int(e.term)].append((Int32(a), e.weight)) } }
        var truncated = 0
        for t in postings.indices where postings[t].count > cap {
            postings[t].sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.author < $1.author }
            postings[t].removeLast(postings[t].count - cap)
            postings[t].sort { $0.author < $1.author }
            truncated += 1
        }
        return (postings, truncated)
    }

    /// Dot products through shared terms; each author keeps its top `neighbors` above the floor.
    static func nearestNeighbors(
        _ vectors: [Vector], postings: [[(author: Int32, weight: Double)]], options: TopicOptions
    ) -> CSRGraph {
        let n = vectors.count
        var builder = GraphBuilder(nodeCount: n, directed: false)
        var kept = Set<EdgeKey>()
        var scores = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for a in 0..<n {
            for e in vectors[a] {
                for p in postings[Int(e.term)] where Int(p.author) != a {
                    let b = Int(p.author)
                    if scores[b] == 0 { touched.append(b) }
                    scores[b] += e.weight * p.weight
                }
            }
            var candidates = touched.filter { scores[$0] >= options.floor }.map { (b: $0, s: scores[$0]) }
            candidates.sort { $0.s != $1.s ? $0.s > $1.s : $0.b < $1.b }
            for c in candidates.prefix(options.neighbors) where kept.insert(EdgeKey(a, c.b)).inserted {
                builder.addEdge(a, c.b, weight: min(1, c.s))
            }
            for b in touched { scores[b] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return builder.build()
    }
}
