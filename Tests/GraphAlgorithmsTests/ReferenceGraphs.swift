import Foundation
import Testing

@testable import GraphAlgorithms

/// The reference graphs of Fixtures/graphs and their networkx/igraph values (Fixtures/reference, computed once by
/// scripts/reference/compute_reference.py).
struct ReferenceGraph {
    let name: String
    let file: GraphFile
    let json: [String: Any]

    static func load(_ name: String, graphFile: String, unweighted: Bool = false) throws -> ReferenceGraph {
        let graphURL = try #require(
            Bundle.module.url(forResource: "graphs/" + graphFile, withExtension: nil, subdirectory: "Fixtures"))
        var file = try GraphFileReader.read(path: graphURL.path)
        if unweighted { file.graph = file.graph.unweighted() }
        let refURL = try #require(
            Bundle.module.url(forResource: "reference/" + name, withExtension: "json", subdirectory: "Fixtures"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: refURL)) as? [String: Any])
        return ReferenceGraph(name: name, file: file, json: json)
    }

    /// The reference values of `measure` for our nodes `nodes` (default: all, in id order). Throws when the
    /// reference lacks the measure or one of those nodes, lists any other node, or holds something other than a
    /// number.
    func values(_ measure: String, nodes: [Int]? = nil) throws -> [Double] {
        guard let measures = json["measures"] as? [String: Any], let byNode = measures[measure] as? [String: Any] else {
            throw ReferenceError.missingMeasure(name, measure)
        }
        let ids = nodes.map { $0.map { file.nodeIDs[$0] } } ?? Array(file.nodeIDs)
        let values = try ids.map { id in
            guard let number = byNode[id] as? NSNumber else { throw ReferenceError.missingNode(name, measure, id) }
            return number.doubleValue
        }
        // The ids are distinct and all found, so equal counts mean equal node sets.
        guard byNode.count == values.count else {
            throw ReferenceError.extraNodes(name, measure, byNode.count - values.count)
        }
        return values
    }

    func number(_ key: String) -> Double? { (json[key] as? NSNumber)?.doubleValue }

    /// `ours` against the reference values of `measure` within `tolerance`; with `nodes`, the reference must list
    /// exactly those nodes (e.g. the largest component) and only they are compared. A missing measure or node, an
    /// extra node, a NaN or a length mismatch fails.
    func close(_ ours: [Double], _ measure: String, within tolerance: Double, nodes: [Int]? = nil) throws -> Bool {
        let theirs = try values(measure, nodes: nodes)
        guard let nodes else { return ValueComparison.close(ours, theirs, within: tolerance) }
        return ValueComparison.close(nodes.map { ours[$0] }, theirs, within: tolerance)
    }

    enum ReferenceError: Error {
        case missingMeasure(String, String)
        case missingNode(String, String, String)
        case extraNodes(String, String, Int)
    }
}

/// The small reference graphs every measure is checked on.
let smallReferenceGraphs: [(name: String, file: String)] = [
    ("karate", "karate.txt"), ("lesmis", "lesmis.txt"), ("florentine", "florentine.txt"),
]
