/// What a reader produced; `fatal` says the input is not that format at all (also recorded in the issues).
struct GraphFileOutcome {
    var file: GraphFile
    var fatal: String?
}

extension GraphFileOutcome {
    /// An empty graph carrying the reason the input is not the format at all.
    static func notFormat(_ format: GraphFileFormat, line: Int, _ reason: String, directed: Bool) -> GraphFileOutcome {
        let graph = GraphBuilder(nodeCount: 0, directed: directed).build()
        return GraphFileOutcome(
            file: GraphFile(
                graph: graph, nodeIDs: [], labels: [], format: format,
                issues: [GraphFileIssue(line: line, message: reason)]),
            fatal: reason)
    }
}
