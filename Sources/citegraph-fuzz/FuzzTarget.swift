import Bibliography
import CiteGraph
import Foundation
import GraphAlgorithms

/// One fuzzing target: a reader fed the fuzzer's bytes as the content of a file, followed by what a run does next
/// with what it read (the corpus build for records: duplicates and name resolution; every measure for graphs), so
/// hostile input reaches the code it would reach in `analyze` or `metrics`.
///
/// A target must never crash, trap, hang or allocate out of proportion to its input; `make fuzz` runs each under
/// libFuzzer with time and memory limits (scripts/fuzz/run.sh).
enum FuzzTarget: String, CaseIterable {
    case bibtex, ris, wos, scopus, medline, openalex, dblp, table, profile
    /// Format detection, then the detected reader: what `analyze` does with a file of unknown format.
    case detect
    case thesaurus, config
    case edgelist, gml, graphml, pajek
    /// Graph format detection (content and extension), then the detected reader.
    case graph

    /// The record format this target reads (nil for `detect` and the non-record targets).
    var inputFormat: InputFormat? {
        switch self {
        case .bibtex: .bibtex
        case .ris: .ris
        case .wos: .wos
        case .scopus: .scopus
        case .medline: .medline
        case .openalex: .openalex
        case .dblp: .dblp
        case .table: .table
        case .profile: .profile
        default: nil
        }
    }

    /// The graph format this target reads (nil for the record targets and `graph`).
    var graphFormat: GraphFileFormat? {
        switch self {
        case .edgelist: .edgelist
        case .gml: .gml
        case .graphml: .graphml
        case .pajek: .pajek
        default: nil
        }
    }

    /// Runs the target on one input.
    func run(_ data: Data) {
        switch self {
        case .thesaurus:
            let thesaurus = Thesaurus.parse(TextFile.decode(data, path: "fuzz-thesaurus.txt"))
            _ = thesaurus.replacement(for: "Lee, Ann")
        case .config:
            _ = try? ConfigFile(path: "citegraph.toml", text: String(decoding: data, as: UTF8.self))
            _ = try? ConfigFile(path: "manifest.json", manifestJSON: data)
        case .edgelist, .gml, .graphml, .pajek, .graph:
            Self.measureGraph(data, format: graphFormat)
        default:
            let batch = InputReader.read(data: data, path: "fuzz-input", format: inputFormat)
            _ = CorpusBuilder.build(batch)
        }
    }

    /// Reads a graph file and measures it as `metrics` does (every measure, communities, the text report).
    static func measureGraph(_ data: Data, format: GraphFileFormat?) {
        guard let file = try? GraphFileReader.parse(data: data, path: "fuzz-graph", format: format) else { return }
        var options = MeasureOptions(threads: 1)
        // `analyze`'s cap: `metrics` iterates up to 100,000 times, a bounded but slow case (about a second on a
        // few hundred nodes whose two largest eigenvalues are close) that would starve the fuzzer.
        options.eigenvectorMaxIterations = 1000
        let measures = NetworkMeasures(file.graph, options: options)
        _ = MetricsReport(file: file, measures: measures, options: options).text(limit: 10)
    }
}
