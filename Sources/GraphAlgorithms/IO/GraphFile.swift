/// The graph file formats CiteGraph reads.
public enum GraphFileFormat: String, CaseIterable, Sendable {
    /// Graph Modelling Language (`graph [ node [ id 0 label "x" ] edge [ source 0 target 1 ] ]`).
    case gml
    /// GraphML (XML).
    case graphml
    /// Pajek `.net` (`*Vertices`, `*Edges`, `*Arcs`, `*Edgeslist`, `*Arcslist`).
    case pajek
    /// Whitespace-separated `u v [weight]` lines.
    case edgelist
}

/// A located problem found while reading a graph file. Reading goes on after it.
public struct GraphFileIssue: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number in the file; 0 for a finding about the file as a whole (dropped self-loops,
    /// merged edges, ignored arguments).
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// A graph read from a file, with the file's own node identifiers and labels.
public struct GraphFile: Sendable {
    /// Node ids `0..<n` in first-seen order in the file (GML/GraphML: declaration order, then nodes that only edges
    /// mention; Pajek: vertex `k` of `*Vertices n` is node `k - 1`).
    public var graph: CSRGraph
    /// The file's own id of each node: edge list: the token as written; GML: the `id` value; GraphML: the node's
    /// `id` attribute; Pajek: the vertex number (implicit for declared vertices).
    public var nodeIDs: NodeIDs
    /// GML `label`, GraphML `label`/`name` data, Pajek vertex label; nil when the file gives none.
    public var labels: NodeLabels
    public var format: GraphFileFormat
    /// Located problems, in file order, followed by whole-file findings (line 0).
    public var issues: [GraphFileIssue]

    public init(
        graph: CSRGraph, nodeIDs: [String], labels: [String?], format: GraphFileFormat,
        issues: [GraphFileIssue]
    ) {
        self.init(graph: graph, nodeIDs: NodeIDs(nodeIDs), labels: NodeLabels(labels), format: format, issues: issues)
    }

    public init(
        graph: CSRGraph, nodeIDs: NodeIDs, labels: NodeLabels, format: GraphFileFormat, issues: [GraphFileIssue]
    ) {
        self.graph = graph
        self.nodeIDs = nodeIDs
        self.labels = labels
        self.format = format
        self.issues = issues
    }
}

/// Why `GraphFileReader.read(path:format:directed:)` gave up on a file.
public enum GraphFileError: Error, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The file is not in `format` at all (or, for GraphML, was refused as unsafe).
    case notFormat(path: String, format: GraphFileFormat, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read \(path): \(reason)"
        case let .notFormat(path, format, reason): "\(path) is not a readable \(format.rawValue) file: \(reason)"
        }
    }
}
