/// A failure reported by graphviz while parsing, laying out or rendering a graph.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The stage that failed.
    public enum Kind: String, Sendable, Equatable {
        /// The DOT text was rejected by graphviz's parser.
        case parse
        /// The layout engine failed (or is not available).
        case layout
        /// The renderer failed (or the output format is not available).
        case render
    }

    /// The stage that failed.
    public let kind: Kind
    /// Graphviz's own diagnostic (e.g. `syntax error in line 1 near '}'`),
    /// or a description written by this module when graphviz gave none.
    public let message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String {
        switch kind {
        case .parse: return "graphviz could not parse the DOT text: \(message)"
        case .layout: return "graphviz layout failed: \(message)"
        case .render: return "graphviz rendering failed: \(message)"
        }
    }
}
