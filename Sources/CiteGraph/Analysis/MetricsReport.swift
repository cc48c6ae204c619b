import GraphAlgorithms

/// The `metrics` output for a graph file: every node with every measure (keys as networkx names them), and the
/// graph's summary.
public struct MetricsReport {
    public let file: GraphFile
    public let measures: NetworkMeasures
    public let options: MeasureOptions

    public init(file: GraphFile, measures: NetworkMeasures, options: MeasureOptions) {
        self.file = file
        self.measures = measures
        self.options = options
    }

    static func optionalArray(_ values: [Double]?, _ i: Int) -> JSONValue { values.map { .double($0[i]) } ?? .null }

    public var json: JSONValue {
        let m = measures
        let g = file.graph
        let nodes: [JSONValue] = (0..<g.nodeCount).map { i in
            var fields: [String: JSONValue] = [
                "id": .string(file.nodeIDs[i]),
                "label": .optional(file.labels[i]),
                "degree": .int(m.degree[i]),
                "strength": .double(m.strength[i]),
                "betweenness": MetricsReport.optionalArray(m.betweenness, i),
                "betweennessWeighted": MetricsReport.optionalArray(m.betweennessWeighted, i),
                "closeness": MetricsReport.optionalArray(m.closeness, i),
                "closenessWeighted": MetricsReport.optionalArray(m.closenessWeighted, i),
                "harmonic": MetricsReport.optionalArray(m.harmonic, i),
                "harmonicWeighted": MetricsReport.optionalArray(m.harmonicWeighted, i),
                "eigenvector": .double(m.eigenvector[i]),
                "eigenvectorPerComponent": .double(m.eigenvectorPerComponent[i]),
                "pagerank": .double(m.pagerank[i]),
                "coreness": .int(m.coreness[i]),
                "clustering": .double(m.clustering[i]),
                "community": .int(m.community[i]),
            ]
            if g.isDirected {
                fields["inDegree"] = .int(g.inDegree(i))
                fields["outDegree"] = .int(g.degree(i))
            }
            return .object(fields)
        }
        let estimate: JSONValue =
            m.betweennessEstimate.map {
                .object([
                    "epsilon": .double($0.epsilon), "delta": .double($0.delta), "samples": .int($0.samples),
                    "maxSamples": .int($0.maxSamples), "shown": .int($0.shown),
                    "relativeEpsilon": .double($0.relativeEpsilon), "separatedBoundaries": .int($0.separatedBoundaries),
                    "topSetCertain": .bool($0.topSetCertain), "arcsScanned": .int($0.arcsScanned),
                    "maxArcsScanned": .int($0.maxArcsScanned),
                ])
            } ?? .null
        return .object([
            "nodes": .array(nodes),
            "nodesCount": .int(g.nodeCount),
            "edgesCount": .int(g.edgeCount),
            "directed": .bool(g.isDirected),
            "components": .int(m.components.count),
            "largestComponent": .int(m.components.largestSize),
            "density": .double(m.density),
            "transitivity": .double(m.transitivity),
            "diameter": m.diameter.lower == m.diameter.upper ? .int(m.diameter.lower) : .null,
            "diameterBounds": .array([.int(m.diameter.lower), .int(m.diameter.upper)]),
            "modularity": .double(m.modularity),
            "communities": .int(m.communityCount),
            "selfLoopsDropped": .int(g.selfLoopsDropped),
            "betweennessEstimate": estimate,
            "closenessEstimate": m.closenessEstimate.flatMap { $0.pivots > 0 ? $0 : nil }.map {
                .object(["pivots": .int($0.pivots), "epsilon": .double($0.epsilon), "delta": .double($0.delta)])
            } ?? .null,
            "issues": .array(file.issues.map { .object(["line": .int($0.line), "message": .string($0.message)]) }),
            "settings": .object([
                "communities": .string(options.communities.rawValue), "resolution": .double(options.resolution),
                "seed": .int(Int(options.seed)), "timeBudget": .double(options.timeBudget),
                "pathsExact": .bool(m.pathPlan.exact),
                "predictedExactSeconds": .double(m.pathPlan.predictedExactSeconds),
                "leidenIterations": .int(options.leidenIterations),
                "conventions": .string(
                    "networkx: betweenness normalized, endpoints excluded; weighted path length = 1/weight; closeness Wasserman-Faust; eigenvector weighted, whole graph (networkx power iteration), unit norm (eigenvectorPerComponent: unit norm per component); PageRank weighted, alpha 0.85; clustering unweighted"
                ),
            ]),
        ])
    }

    /// Nodes ranked by PageRank (ties by id), the top `limit` in a table, then the summary.
    public func text(limit: Int) -> String {
        let m = measures
        let g = file.graph
        let order = (0..<g.nodeCount).sorted {
            m.pagerank[$0] != m.pagerank[$1] ? m.pagerank[$0] > m.pagerank[$1] : $0 < $1
        }
        let hasLabels = file.labels.contains { $0 != nil }
        var headers = [
            "rank", "id", "label", "degree", "strength", "betweenness", "closeness", "eigenvector",
            "pagerank", "core", "clustering", "community",
        ]
        if !hasLabels { headers.remove(at: 2) }
        var table = TextTable(headers: headers, maxWidth: 32)
        func f(_ x: Double) -> String { String(format: "%.6f", x) }
        for (rank, i) in order.prefix(limit).enumerated() {
            var row = [
                String(rank + 1), file.nodeIDs[i], file.labels[i] ?? "", String(m.degree[i]), f(m.strength[i]),
                m.betweenness.map { f($0[i]) } ?? "—", m.closeness.map { f($0[i]) } ?? "—", f(m.eigenvector[i]),
                f(m.pagerank[i]), String(m.coreness[i]), f(m.clustering[i]), String(m.community[i]),
            ]
            if !hasLabels { row.remove(at: 2) }
            table.add(row)
        }
        var out = table.rendered()
        out +=
            "\n\(g.nodeCount) nodes, \(g.edgeCount) edges\(g.isDirected ? " (directed)" : ""), \(m.components.count) component\(m.components.count == 1 ? "" : "s") (largest \(m.components.largestSize)), density \(f(m.density)), transitivity \(f(m.transitivity)), diameter of the largest \(m.diameter.lower == m.diameter.upper ? String(m.diameter.lower) : "between \(m.diameter.lower) and \(m.diameter.upper)")\n"
        out +=
            "\(options.communities.rawValue) (seed \(options.seed), resolution \(options.resolution)): \(m.communityCount) communities, modularity \(f(m.modularity))\n"
        if let e = m.betweennessEstimate {
            out +=
                "betweenness is a sampled estimate (\(e.samples) samples; exact passes predicted at \(f(m.pathPlan.predictedExactSeconds)) s > --time-budget \(options.timeBudget) s): the top \(e.shown) within ±\(f(e.epsilon)) (\(f(100 * e.relativeEpsilon))% of the smallest shown) with probability \(1 - e.delta); \(e.separatedBoundaries) of \(e.shown) rank boundaries separated (use --exact for exact values)\n"
        }
        if let c = m.closenessEstimate, c.pivots > 0 {
            out +=
                "closeness and harmonic are sampled estimates (\(c.pivots) BFS pivots per large component): average distances within ±\(f(c.epsilon))×diameter with probability \(1 - c.delta)\n"
        }
        if g.nodeCount > limit { out += "(top \(limit) of \(g.nodeCount) by PageRank; --top N or --json for all)\n" }
        return out
    }
}
