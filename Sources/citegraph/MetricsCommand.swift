import ArgumentParser
import Bibliography
import CiteGraph
import Foundation
import GraphAlgorithms

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract:
            "Every centrality, the k-cores, clustering and communities of a graph file (GML, GraphML, Pajek, edge list).",
        discussion: """
            Conventions are networkx's: betweenness normalized with endpoints excluded; where a path length is needed an \
            edge's length is 1/weight (weights are tie strengths); closeness with the Wasserman-Faust correction; \
            eigenvector weighted, unit norm per connected component; PageRank weighted, damping 0.85.
            """
    )

    @Argument(help: "The graph file.")
    var graphFile: String

    @Option(name: .customLong("input-format"), help: "gml, graphml, pajek or edgelist (default: detected).")
    var inputFormat: String?

    @Flag(help: "Read an edge list (or a file that does not say) as directed.")
    var directed = false

    @Option(help: "Community detection: leiden or louvain.")
    var communities: String = "leiden"

    @Option(help: "Modularity resolution (higher gives more, smaller communities).")
    var resolution: Double = 1

    @Option(help: "Random seed for community detection and sampling.")
    var seed: UInt64 = 42

    @Option(name: .customLong("leiden-iterations"), help: "Leiden iterations (-1: until the partition is stable).")
    var leidenIterations: Int = MeasureOptions.defaultLeidenIterations

    @Flag(help: "Exact betweenness and closeness whatever the predicted time.")
    var exact = false

    @Option(
        name: .customLong("time-budget"),
        help: "Seconds the exact path measures may take, predicted from the graph's size; sampled above (default 20).")
    var timeBudget: Double = MeasureOptions.defaultTimeBudget

    @Option(help: "Rows in the ranked table.")
    var top: Int = 25

    @Flag(help: "Print every node and measure as JSON (sorted keys).")
    var json = false

    @Flag(help: "No progress on stderr.")
    var quiet = false

    func validate() throws {
        if let f = inputFormat, GraphFileFormat(rawValue: f) == nil {
            throw ValidationError("unknown --input-format '\(f)'; expected one of: gml, graphml, pajek, edgelist")
        }
        guard CommunityAlgorithm(rawValue: communities) != nil else {
            throw ValidationError("unknown --communities '\(communities)'; expected leiden or louvain")
        }
        guard resolution > 0 else { throw ValidationError("--resolution must be positive") }
        guard timeBudget >= 0, timeBudget.isFinite else {
            throw ValidationError("--time-budget must be a number of seconds, 0 or more")
        }
    }

    func run() throws {
        let file: GraphFile
        do {
            if inputFormat == nil, let records = Self.recordFormat(of: graphFile) {
                Console.error(
                    "citegraph: error: \(graphFile) is a \(records) file (bibliographic records), not a graph file (GML, GraphML, Pajek, edge list); `citegraph analyze \(graphFile)` builds its networks"
                )
                throw ExitCode(1)
            }
            file = try GraphFileReader.read(
                path: graphFile, format: inputFormat.flatMap(GraphFileFormat.init(rawValue:)),
                directed: directed ? true : nil)
        } catch let error as GraphFileError {
            Console.error("citegraph: error: \(graphFile): \(error)")
            throw ExitCode(1)
        }
        for issue in file.issues { Console.error("\(graphFile):\(issue.line): \(issue.message)") }
        var options = MeasureOptions(
            communities: CommunityAlgorithm(rawValue: communities)!, resolution: resolution,
            seed: seed, timeBudget: timeBudget, forceExact: exact, leidenIterations: leidenIterations)
        options.rankedTop = top
        let timer = StepTimer(
            sink: quiet ? nil : ConsoleProgress(), total: NetworkMeasures.stepCount(file.graph, options: options))
        let measures = NetworkMeasures(file.graph, options: options, progress: timer)
        let report = MetricsReport(file: file, measures: measures, options: options)
        Console.out(json ? report.json.prettyRendered() : report.text(limit: top))
    }

    /// The bibliographic format of a file that would otherwise be read as an edge list (the fallback), from its
    /// first 64 KiB; nil for a graph file. Formats with a clear signature only (not plain tables or profile pages).
    static func recordFormat(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 16), !head.isEmpty else { return nil }
        let text = String(decoding: head, as: UTF8.self)
        guard GraphFileReader.detect(path: path, text: text) == .edgelist else { return nil }
        let names: [InputFormat: String] = [
            .bibtex: "BibTeX", .ris: "RIS", .wos: "Web of Science", .scopus: "Scopus CSV", .medline: "MEDLINE",
            .openalex: "OpenAlex JSON", .dblp: "DBLP XML",
        ]
        return names[InputReader.detect(TextFile.decode(head, path: path))]
    }
}
