import GraphAlgorithms

/// A network built from a corpus: a CSR graph, the domain key of each node, and for each edge the papers behind it.
public struct Network: Sendable {
    public let kind: NetworkKind
    public let graph: CSRGraph
    /// `coauthorship`, `topics`, `citations`, `cocitation`, `coupling`.
    public var name: String { kind.name }
    /// Node labels (author names, terms, paper titles), by node id.
    public let labels: [String]
    /// Papers (indices into `Corpus.papers`) behind each undirected edge, by `EdgeKey(u, v)`.
    public let edgePapers: EdgePapers
    /// Facts about how the network was made (capped papers, excluded groups, ...), for the report.
    public let notes: [String]

    public init(
        kind: NetworkKind, graph: CSRGraph, labels: [String], edgePapers: EdgePapers = EdgePapers(),
        notes: [String] = []
    ) {
        self.kind = kind
        self.graph = graph
        self.labels = labels
        self.edgePapers = edgePapers
        self.notes = notes
    }
}

/// An unordered node pair packed in 64 bits (smaller id in the high half).
public struct EdgeKey: Hashable, Sendable, Comparable {
    public let raw: UInt64

    public init(_ a: Int, _ b: Int) {
        let (u, v) = a < b ? (a, b) : (b, a)
        raw = UInt64(UInt32(u)) << 32 | UInt64(UInt32(v))
    }

    init(raw: UInt64) { self.raw = raw }

    public var u: Int { Int(raw >> 32) }
    public var v: Int { Int(raw & 0xFFFF_FFFF) }

    public static func < (a: EdgeKey, b: EdgeKey) -> Bool { a.raw < b.raw }
}

/// The papers behind each edge, stored flat (one array of keys, one of paper ids, offsets between): no per-edge
/// allocation, so it scales to millions of edges. Build it from (edge, paper) pairs in any order.
public struct EdgePapers: Sendable, Sequence {
    public private(set) var keys: [EdgeKey] = []
    private var offsets: [Int] = [0]
    private var papers: [Int32] = []

    public init() {}

    /// Groups `pairs` by edge; each edge's papers come out in increasing order, each once.
    public init(pairs: [(key: EdgeKey, paper: Int32)]) {
        var sorted = pairs.map { (raw: $0.key.raw, paper: $0.paper) }
        sorted.sort { $0.raw != $1.raw ? $0.raw < $1.raw : $0.paper < $1.paper }
        keys.reserveCapacity(sorted.count)
        papers.reserveCapacity(sorted.count)
        for (i, pair) in sorted.enumerated() {
            if i == 0 || pair.raw != sorted[i - 1].raw {
                if i > 0 { offsets.append(papers.count) }
                keys.append(EdgeKey(raw: pair.raw))
            } else if pair.paper == sorted[i - 1].paper {
                continue
            }
            papers.append(pair.paper)
        }
        if !sorted.isEmpty { offsets.append(papers.count) }
    }

    /// Takes the flat arrays as they are: `keys` increasing, edge i's papers at `papers[offsets[i]..<offsets[i + 1]]`
    /// (`offsets.count == keys.count + 1`, `offsets[0] == 0`).
    init(keys: [EdgeKey], offsets: [Int], papers: [Int32]) {
        precondition(
            offsets.count == keys.count + 1 && offsets.first == 0 && offsets.last == papers.count,
            "EdgePapers offsets must frame the papers of each key")
        self.keys = keys
        self.offsets = offsets
        self.papers = papers
    }

    /// Appends an edge whose key is greater than every key so far.
    mutating func append(_ key: EdgeKey, papers ids: ArraySlice<Int32>) {
        precondition(keys.last.map { $0 < key } ?? true, "EdgePapers keys must be appended in increasing order")
        keys.append(key)
        papers.append(contentsOf: ids)
        offsets.append(papers.count)
    }

    public var count: Int { keys.count }

    /// The papers behind edge `key`, or nil when there is no such edge. O(log E).
    public subscript(key: EdgeKey) -> [Int32]? {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < keys.count, keys[lo] == key else { return nil }
        return Array(papers[offsets[lo]..<offsets[lo + 1]])
    }

    public func makeIterator() -> AnyIterator<(key: EdgeKey, papers: ArraySlice<Int32>)> {
        var i = 0
        return AnyIterator {
            guard i < keys.count else { return nil }
            defer { i += 1 }
            return (keys[i], papers[offsets[i]..<offsets[i + 1]])
        }
    }
}
