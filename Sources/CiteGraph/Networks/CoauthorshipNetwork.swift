import Bibliography
import GraphAlgorithms

/// How joint papers become edge weights.
public enum Counting: String, Sendable, CaseIterable {
    /// Weight = number of joint papers.
    case full
    /// Each paper adds 1/(n−1) to each of its author pairs, n = the paper's number of distinct authors
    /// (Newman 2001; VOSviewer's fractional counting), so a paper contributes at most 1 to each author's strength.
    case fractional
}

public struct CoauthorshipOptions: Sendable {
    public var counting: Counting = .full
    /// Authors with fewer papers are left out of the network (their papers still link the others).
    public var minPapers = 1
    /// Papers with more authors still count for their authors but make no edges (consortium papers would
    /// otherwise add a clique of n(n−1)/2 edges).
    public var maxAuthorsPerPaper = 50
    /// Group authors ("Gemini Team") as nodes.
    public var includeGroups = false

    public init(counting: Counting = .full, minPapers: Int = 1, maxAuthorsPerPaper: Int = 50, includeGroups: Bool = false) {
        self.counting = counting
        self.minPapers = minPapers
        self.maxAuthorsPerPaper = maxAuthorsPerPaper
        self.includeGroups = includeGroups
    }
}

/// The co-authorship network: authors (canonical names) as nodes, an edge between two authors of the same paper.
/// Node ids follow the first appearance of each author in the corpus's paper order.
///
/// - Complexity: O(P + S + E log E) for P papers, S author slots and E author pairs.
public enum CoauthorshipNetwork {
    public struct Result: Sendable {
        public let network: Network
        /// Papers per node (all of the author's papers, capped ones included).
        public let papers: [Int]
        /// Papers with more than `maxAuthorsPerPaper` authors (no edges made).
        public let cappedPapers: Int
        public let groupsExcluded: Int
        public let authorsBelowMinPapers: Int
    }

    public static func build(_ corpus: Corpus, options: CoauthorshipOptions = CoauthorshipOptions()) -> Result {
        // One lookup per author slot: canonical name → index into corpus.authors (which carries papers and kind).
        let authors = corpus.authors
        var authorIndex: [String: Int32] = [:]
        authorIndex.reserveCapacity(authors.count)
        for (i, a) in authors.enumerated() { authorIndex[a.name] = Int32(i) }
        let eligible = authors.map { (options.includeGroups || $0.kind != .group) && $0.papers >= options.minPapers }
        var nodeOf = [Int32](repeating: -1, count: authors.count)  // author index → node id
        var nodeAuthors: [Int32] = []                               // node id → author index
        // One entry per (author pair, paper), in paper order.
        var pairs: [(raw: UInt64, paper: Int32, weight: Double)] = []
        var capped = 0
        var ids: [Int] = []
        for (index, paper) in corpus.papers.enumerated() {
            ids.removeAll(keepingCapacity: true)
            for author in paper.authors {
                guard let a = authorIndex[author.resolved], eligible[Int(a)] else { continue }
                if nodeOf[Int(a)] < 0 {
                    nodeOf[Int(a)] = Int32(nodeAuthors.count)
                    nodeAuthors.append(a)
                }
                ids.append(Int(nodeOf[Int(a)]))
            }
            let n = paper.authors.count
            if n > options.maxAuthorsPerPaper {
                capped += 1
                continue
            }
            guard ids.count >= 2 else { continue }
            let w = options.counting == .full ? 1.0 : 1.0 / Double(n - 1)
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count {
                    pairs.append((EdgeKey(ids[i], ids[j]).raw, Int32(index), w))
                }
            }
        }
        // Group by edge; within an edge, papers stay in corpus order and weights are summed in that order.
        pairs.sort { $0.raw != $1.raw ? $0.raw < $1.raw : $0.paper < $1.paper }
        var builder = GraphBuilder(nodeCount: nodeAuthors.count, directed: false)
        builder.reserveEdges(pairs.count / 2)
        var edgePapers = EdgePapers()
        var paperIDs: [Int32] = []
        var i = 0
        while i < pairs.count {
            let key = pairs[i].raw
            var weight = 0.0
            paperIDs.removeAll(keepingCapacity: true)
            while i < pairs.count, pairs[i].raw == key {
                weight += pairs[i].weight
                paperIDs.append(pairs[i].paper)
                i += 1
            }
            let edge = EdgeKey(raw: key)
            builder.addEdge(edge.u, edge.v, weight: weight)
            edgePapers.append(edge, papers: paperIDs[...])
        }
        let groups = authors.filter { $0.kind == .group && !options.includeGroups && $0.papers >= options.minPapers }.count
        let below = authors.filter { $0.papers < options.minPapers && (options.includeGroups || $0.kind != .group) }.count
        var notes: [String] = []
        notes.append("counting: \(options.counting.rawValue)")
        if capped > 0 { notes.append("\(capped) papers with more than \(options.maxAuthorsPerPaper) authors make no edges") }
        if groups > 0 { notes.append("\(groups) group authors left out (include them with groups on)") }
        if below > 0 { notes.append("\(below) authors with fewer than \(options.minPapers) papers left out") }
        let network = Network(name: "coauthorship", graph: builder.build(), labels: nodeAuthors.map { authors[Int($0)].name },
                              edgePapers: edgePapers, notes: notes)
        return Result(network: network, papers: nodeAuthors.map { authors[Int($0)].papers }, cappedPapers: capped,
                      groupsExcluded: groups, authorsBelowMinPapers: below)
    }
}
