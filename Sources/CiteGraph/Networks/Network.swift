import GraphAlgorithms

/// A network built from a corpus: a CSR graph, the domain key of each node, and for each edge the papers behind it.
public struct Network: Sendable {
    /// `coauthorship`, `topics`, `terms`, `citations`, `cocitation`, `coupling`.
    public let name: String
    public let graph: CSRGraph
    /// Node labels (author names, terms, paper titles), by node id.
    public let labels: [String]
    /// Papers (indices into `Corpus.papers`) behind each undirected edge, keyed by `EdgeKey(u, v)` with u < v.
    public let edgePapers: [EdgeKey: [Int32]]
    /// Facts about how the network was made (capped papers, excluded groups, ...), for the report.
    public let notes: [String]

    public init(name: String, graph: CSRGraph, labels: [String], edgePapers: [EdgeKey: [Int32]] = [:], notes: [String] = []) {
        self.name = name
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

    public var u: Int { Int(raw >> 32) }
    public var v: Int { Int(raw & 0xFFFF_FFFF) }

    public static func < (a: EdgeKey, b: EdgeKey) -> Bool { a.raw < b.raw }
}
