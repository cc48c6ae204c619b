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

    /// The reference values of `measure`, aligned with our node ids; nil when the reference lacks the measure.
    func values(_ measure: String) -> [Double]? {
        guard let measures = json["measures"] as? [String: Any], let byNode = measures[measure] as? [String: Any] else {
            return nil
        }
        return file.nodeIDs.map { (byNode[$0] as? NSNumber)?.doubleValue ?? .nan }
    }

    func number(_ key: String) -> Double? { (json[key] as? NSNumber)?.doubleValue }

    /// Largest absolute difference (NaN when a value is missing).
    static func maxError(_ ours: [Double], _ theirs: [Double]) -> Double {
        guard ours.count == theirs.count else { return .infinity }
        return zip(ours, theirs).map { abs($0 - $1) }.max() ?? 0
    }
}

/// The small reference graphs every measure is checked on.
let smallReferenceGraphs: [(name: String, file: String)] = [
    ("karate", "karate.txt"), ("lesmis", "lesmis.txt"), ("florentine", "florentine.txt"),
]
