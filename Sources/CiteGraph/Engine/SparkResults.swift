import Foundation

/// What the Spark job wrote for one contract: the whole-graph summary, the top nodes by the size measure with their
/// whole-graph measures, and the edges among them (`spark/citegraph_job.py`, docs/spark-contract.md).
public struct SparkResults: Sendable {
    /// One node's whole-graph values, as Spark computed them.
    public struct Node: Sendable, Equatable {
        public let author: Int
        public let papers: Int
        public let degree: Int
        public let strength: Double
        public let pagerank: Double
        /// The least author id of the node's component.
        public let component: Int
        public let inLargest: Bool
    }

    public struct Edge: Sendable, Equatable {
        public let u: Int
        public let v: Int
        public let weight: Double
        public let joint: Int
    }

    public let summary: [String: JSONValue]
    public let top: [Node]
    public let topEdges: [Edge]

    /// Reads `summary.json`, `top_nodes/` and `top_edges/` from `folder`.
    public static func read(_ folder: URL) throws -> SparkResults {
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        guard case let .object(summary) = JSONValue.from(try JSONSerialization.jsonObject(with: data)) else {
            throw SparkSubmit.Failure(message: "\(folder.path)/summary.json is not a JSON object")
        }
        let top = try rows(folder.appendingPathComponent("top_nodes")).map(node)
        let edges = try rows(folder.appendingPathComponent("top_edges")).map(edge)
        return SparkResults(summary: summary, top: top, topEdges: edges)
    }

    /// Every node of the whole graph (`nodes/`), ordered by author id: for the equality tests and small runs.
    public static func allNodes(_ folder: URL) throws -> [Node] {
        try rows(folder.appendingPathComponent("nodes")).map(node).sorted { $0.author < $1.author }
    }

    /// The data rows of a Spark CSV output folder (every `part-*.csv`, in name order; headers dropped). The job
    /// writes numbers only, so a row is its comma-separated fields.
    static func rows(_ folder: URL) throws -> [[Substring]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("part-") && $0.hasSuffix(".csv") }.sorted()
        var rows: [[Substring]] = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                rows.append(line.split(separator: ",", omittingEmptySubsequences: false))
            }
        }
        return rows
    }

    static func node(_ f: [Substring]) throws -> Node {
        guard f.count >= 7, let author = Int(f[0]), let papers = Int(f[1]), let degree = Int(f[2]),
            let strength = Double(f[3]), let pagerank = Double(f[4]), let component = Int(f[5])
        else { throw SparkSubmit.Failure(message: "unexpected node row from Spark: \(f.joined(separator: ","))") }
        return Node(
            author: author, papers: papers, degree: degree, strength: strength, pagerank: pagerank,
            component: component, inLargest: f[6] == "1")
    }

    static func edge(_ f: [Substring]) throws -> Edge {
        guard f.count >= 4, let u = Int(f[0]), let v = Int(f[1]), let weight = Double(f[2]), let joint = Int(f[3])
        else { throw SparkSubmit.Failure(message: "unexpected edge row from Spark: \(f.joined(separator: ","))") }
        return Edge(u: u, v: v, weight: weight, joint: joint)
    }
}
