import Foundation

/// What `--engine spark` did, for the reports, the manifest and `spark-nodes.csv`: where Spark ran, with which
/// settings and parameters, the whole graph's figures, and the whole-graph measures of the nodes brought back.
public struct SparkRun: Sendable {
    public let master: String
    public let conf: [String]
    public let contract: SparkContract.Written
    /// The job's `summary.json`: nodes, edges, components, largest component, iterations, Spark version, timings.
    public let summary: [String: JSONValue]
    /// The nodes brought back, in the co-authorship network's node order, with their whole-graph values.
    public let wholeGraph: [SparkResults.Node]
    public let seconds: Double
    public let sizeBy: NodeMeasure

    /// The measures that came from Spark over the whole graph (the rest are exact on the subgraph).
    public static let measuresFromSpark = ["degree", "strength", "pagerank", "component", "largest component"]

    func int(_ key: String) -> Int { if case let .int(i) = summary[key] { return i } else { return 0 } }

    /// The size measure the ranking used (Spark ranks by PageRank when the size measure is a path measure).
    public var rankedBy: String {
        if case let .string(s) = summary["sizeBy"] { return s }
        return sizeBy.rawValue
    }

    /// One sentence for the network's notes and the reports.
    static func note(_ summary: [String: JSONValue], shown: Int, sizeBy: NodeMeasure) -> String {
        func int(_ key: String) -> Int { if case let .int(i) = summary[key] { return i } else { return 0 } }
        var measure = sizeBy.rawValue
        if case let .string(s) = summary["sizeBy"] { measure = s }
        return
            "engine spark: the whole network has \(int("nodes")) nodes, \(int("edges")) edges and \(int("components")) components (largest \(int("largestComponent"))); shown here: its top \(shown) nodes by \(measure); whole-graph degree, strength, PageRank and components came from Spark (spark-nodes.csv), every other measure is exact on the shown subgraph"
    }

    /// The `engine` object of report.json and manifest.json.
    public var json: JSONValue {
        .object([
            "name": .string("spark"), "master": .string(master), "conf": .strings(conf),
            "sparkVersion": summary["sparkVersion"] ?? .null, "pysparkPinned": .string(Self.pysparkVersion),
            "wholeGraph": .object(summary.filter { $0.key != "seconds" }),
            "contract": .object([
                "authors": .int(contract.authors), "works": .int(contract.works),
                "authorships": .int(contract.authorships),
            ]),
            "parameters": .object([
                "pagerankAlpha": .double(SparkEngine.alpha), "pagerankTolerance": .double(SparkEngine.tolerance),
                "pagerankMaxIterations": .int(SparkEngine.maxIterations), "pagerankWeighted": .bool(true),
                "danglingMass": .string("spread uniformly"), "components": .string("min-label propagation"),
                "top": .int(wholeGraph.count), "rankedBy": .string(rankedBy),
            ]),
            "measuresFromSpark": .strings(Self.measuresFromSpark),
        ])
    }

    /// The version `make spark-deps` installs (kept in step with the Makefile's PYSPARK_VERSION).
    public static let pysparkVersion = "4.0.1"

    /// `spark-nodes.csv`: the nodes brought back with their whole-graph values (author names escaped).
    public func nodesCSV(labels: [String]) -> String {
        var text = CSVField.row([
            "author", "papers", "degree_whole_graph", "strength_whole_graph", "pagerank_whole_graph",
            "component_whole_graph", "in_largest_component",
        ])
        for (node, entry) in wholeGraph.enumerated() {
            text += CSVField.row([
                labels[node], String(entry.papers), String(entry.degree), JSONValue.format(entry.strength),
                JSONValue.format(entry.pagerank), String(entry.component), entry.inLargest ? "1" : "0",
            ])
        }
        return text
    }
}

extension JSONValue {
    /// A value from `JSONSerialization` (integers stay integers).
    static func from(_ any: Any) -> JSONValue {
        switch any {
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 1e15, !"\(n)".contains(".") { return .int(n.intValue) }
            return .double(d)
        case let s as String: return .string(s)
        case let a as [Any]: return .array(a.map(from))
        case let o as [String: Any]: return .object(o.mapValues(from))
        default: return .null
        }
    }
}
