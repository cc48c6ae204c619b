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

    public init(
        counting: Counting = .full, minPapers: Int = 1, maxAuthorsPerPaper: Int = 50, includeGroups: Bool = false
    ) {
        self.counting = counting
        self.minPapers = minPapers
        self.maxAuthorsPerPaper = maxAuthorsPerPaper
        self.includeGroups = includeGroups
    }
}

/// The co-authorship network: authors (canonical names) as nodes, an edge between two authors of the same paper.
/// Node ids follow the first appearance of each author in the corpus's paper order.
///
/// - Complexity: O(P + S + E + Σ d log d) for P papers, S author slots, E (author pair, paper) entries and d
///   co-authors per author.
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
        var authorIndex = NameIndex(authors.map(\.name))
        let eligible = authors.map { (options.includeGroups || $0.kind != .group) && $0.papers >= options.minPapers }
        var nodeOf = [Int32](repeating: -1, count: authors.count)  // author index → node id
        var nodeAuthors: [Int32] = []  // node id → author index
        // One entry per (author pair, paper), in paper order: the smaller node id, the other one, the paper.
        var pairLow: [Int32] = [], pairHigh: [Int32] = [], pairPaper: [Int32] = []
        // Weight each pair of a paper adds (by paper index; only papers that make pairs are read).
        var paperWeight = [Double](repeating: 0, count: corpus.papers.count)
        var capped = 0
        var ids: [Int32] = []
        for index in corpus.papers.indices {
            ids.removeAll(keepingCapacity: true)
            let slots = corpus.papers[index].authors  // not the whole paper: no copy of its other fields
            for author in slots {
                guard let a = authorIndex.index(of: author.resolved), eligible[a] else { continue }
                if nodeOf[Int(a)] < 0 {
                    nodeOf[Int(a)] = Int32(nodeAuthors.count)
                    nodeAuthors.append(Int32(a))
                }
                ids.append(nodeOf[Int(a)])
            }
            let n = slots.count
            if n > options.maxAuthorsPerPaper {
                capped += 1
                continue
            }
            guard ids.count >= 2 else { continue }
            paperWeight[index] = options.counting == .full ? 1.0 : 1.0 / Double(n - 1)
            let paperID = Int32(index)
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count {
                    let (a, b) = ids[i] < ids[j] ? (ids[i], ids[j]) : (ids[j], ids[i])
                    pairLow.append(a)
                    pairHigh.append(b)
                    pairPaper.append(paperID)
                }
            }
        }
        let (builder, edgePapers) = aggregate(
            nodeCount: nodeAuthors.count, low: pairLow, high: pairHigh,
            paper: pairPaper, paperWeight: paperWeight)
        let groups = authors.filter { $0.kind == .group && !options.includeGroups && $0.papers >= options.minPapers }
            .count
        let below = authors.filter { $0.papers < options.minPapers && (options.includeGroups || $0.kind != .group) }
            .count
        var notes: [String] = []
        notes.append("counting: \(options.counting.rawValue)")
        if capped > 0 {
            notes.append("\(capped) papers with more than \(options.maxAuthorsPerPaper) authors make no edges")
        }
        if groups > 0 { notes.append("\(groups) group authors left out (include them with groups on)") }
        if below > 0 { notes.append("\(below) authors with fewer than \(options.minPapers) papers left out") }
        let network = Network(
            kind: .coauthorship, graph: builder.build(), labels: nodeAuthors.map { authors[Int($0)].name },
            edgePapers: edgePapers, notes: notes)
        return Result(
            network: network, papers: nodeAuthors.map { authors[Int($0)].papers }, cappedPapers: capped,
            groupsExcluded: groups, authorsBelowMinPapers: below)
    }

    /// Groups the (pair, paper) entries by edge: edges in increasing `EdgeKey` order, each edge's weight summed
    /// and its papers listed in entry (= paper) order, exactly as a stable sort by (edge, paper) would give.
    /// Counting sort by the smaller node, then per node a dense accumulator over the other node (no hashing, no
    /// comparison sort of all entries). - Complexity: O(n + E + Σ d log d) for E entries and d distinct
    /// neighbors per node.
    static func aggregate(nodeCount n: Int, low: [Int32], high: [Int32], paper: [Int32], paperWeight: [Double])
        -> (GraphBuilder, EdgePapers)
    {
        let count = low.count
        // Entries bucketed by their smaller node, stably (paper order kept inside a bucket): the other node and
        // the paper of each, moved into bucket order so that the passes below read them sequentially.
        var start = [Int](repeating: 0, count: n + 1)
        for u in low { start[Int(u) + 1] += 1 }
        for u in 0..<n { start[u + 1] += start[u] }
        var other = [Int32](repeating: 0, count: count)
        var entryPaper = [Int32](repeating: 0, count: count)
        var cursor = start
        for e in 0..<count {
            let u = Int(low[e])
            other[cursor[u]] = high[e]
            entryPaper[cursor[u]] = paper[e]
            cursor[u] += 1
        }
        var builder = GraphBuilder(nodeCount: n, directed: false)
        builder.reserveEdges(count)
        // Per other node v of the current bucket: entries seen, weight, and where its next paper goes. The
        // papers of bucket u's edges fill `papers[start[u]..<start[u + 1]]`, edge after edge.
        var mark = [Int32](repeating: -1, count: n)
        var entries = [Int32](repeating: 0, count: n)
        var weight = [Double](repeating: 0, count: n)
        var slot = [Int](repeating: 0, count: n)
        var neighbors: [Int32] = []
        var keys: [EdgeKey] = []
        var offsets: [Int] = [0]
        var papers = [Int32](repeating: 0, count: count)
        for u in 0..<n where start[u + 1] > start[u] {
            let u32 = Int32(u)
            neighbors.removeAll(keepingCapacity: true)
            for k in start[u]..<start[u + 1] {
                let v = Int(other[k])
                if mark[v] != u32 {
                    mark[v] = u32
                    entries[v] = 0
                    weight[v] = 0
                    neighbors.append(Int32(v))
                }
                entries[v] += 1
                weight[v] += paperWeight[Int(entryPaper[k])]
            }
            neighbors.sort()
            var offset = start[u]
            for v in neighbors {
                slot[Int(v)] = offset
                offset += Int(entries[Int(v)])
                builder.addEdge(u, Int(v), weight: weight[Int(v)])
                keys.append(EdgeKey(u, Int(v)))
                offsets.append(offset)
            }
            for k in start[u]..<start[u + 1] {
                let v = Int(other[k])
                papers[slot[v]] = entryPaper[k]
                slot[v] += 1
            }
        }
        let edgePapers = EdgePapers(keys: keys, offsets: offsets, papers: papers)
        return (builder, edgePapers)
    }
}
