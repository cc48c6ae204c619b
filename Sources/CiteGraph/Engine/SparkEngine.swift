import Bibliography
import Foundation
import GraphAlgorithms

/// `--engine spark`: the corpus goes to Spark as the columnar contract (`SparkContract`), the PySpark job projects
/// the whole co-authorship network and computes degree, strength, PageRank and components over it, and the top
/// `max-drawn-nodes` authors by the size measure come back as the co-authorship network that the in-process
/// steps (communities, exact measures, maps, reports) work on.
public enum SparkEngine {
    /// PageRank as `GraphAlgorithms.PageRank`: damping 0.85, weighted, dangling mass spread uniformly; the job
    /// stops when the L1 change is below n·tolerance (a looser bound than the in-process 1e-15: each round is a
    /// distributed join; 1e-10 keeps every score within 1e-6 of the exact one).
    public static let alpha = 0.85
    public static let tolerance = 1e-10
    public static let maxIterations = 1_000

    /// The measures the size ranking can use from Spark; others rank by PageRank there.
    static let sparkRankings: Set<NodeMeasure> = [.pagerank, .degree, .strength, .papers]

    /// One job of the parameters file (`spark/citegraph_job.py`).
    public static func job(contract: URL, out: URL, settings: AnalysisSettings, singleNodeFile: Bool = false)
        -> JSONValue
    {
        .object([
            "contract": .string(contract.path), "out": .string(out.path),
            "counting": .string(settings.counting.rawValue), "min_papers": .int(settings.minPapers),
            "max_authors": .int(settings.maxAuthorsPerPaper), "include_groups": .bool(settings.includeGroups),
            "top": .int(settings.maxDrawnNodes), "size_by": .string(settings.sizeBy.rawValue),
            "alpha": .double(alpha), "tolerance": .double(tolerance), "max_iterations": .int(maxIterations),
            "checkpoint_every": .int(10), "single_node_file": .bool(singleNodeFile),
        ])
    }

    /// Writes the parameters file for `jobs` into `work` and runs them in one Spark session.
    public static func runJobs(_ jobs: [JSONValue], submit: SparkSubmit, work: URL, timeout: Double) throws {
        let parameters = work.appendingPathComponent("params.json")
        let value = JSONValue.object([
            "jobs": .array(jobs), "checkpoint_dir": .string(work.appendingPathComponent("checkpoints").path),
        ])
        try Data(value.prettyRendered().utf8).write(to: parameters)
        try submit.run(parameters: parameters, log: work.appendingPathComponent("spark.log"), timeout: timeout)
    }

    /// The whole `--engine spark` co-authorship step. The work folder (contract, results, Spark's log) is removed
    /// after a success and kept after a failure, whose message names the log.
    static func coauthorship(_ corpus: Corpus, settings: AnalysisSettings) throws -> (
        CoauthorshipNetwork.Result, SparkRun
    ) {
        let submit = try SparkSubmit(master: settings.sparkMaster, conf: settings.sparkConf)
        let environment = ProcessInfo.processInfo.environment
        let base = environment["CITEGRAPH_SPARK_WORKDIR"] ?? NSTemporaryDirectory()
        let work = URL(fileURLWithPath: base).appendingPathComponent("citegraph-spark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let contract = work.appendingPathComponent("contract"), out = work.appendingPathComponent("results")
        let written = try SparkContract.write(corpus, to: contract)
        let timeout = environment["CITEGRAPH_SPARK_TIMEOUT"].flatMap(Double.init) ?? 86_400
        let started = ContinuousClock.now
        try runJobs(
            [job(contract: contract, out: out, settings: settings)], submit: submit, work: work, timeout: timeout)
        let results = try SparkResults.read(out)
        let seconds = StepTimer.seconds(ContinuousClock.now - started)
        if environment["CITEGRAPH_SPARK_KEEP"] == nil { try? FileManager.default.removeItem(at: work) }
        let network = subnetwork(corpus, results: results, settings: settings)
        let run = SparkRun(
            master: submit.master, conf: submit.conf, contract: written, summary: results.summary,
            wholeGraph: results.top.sorted { $0.author < $1.author }, seconds: seconds, sizeBy: settings.sizeBy)
        return (network, run)
    }

    /// The top nodes (author-id order, that is name order) and the edges among them, with the papers behind each
    /// edge found again in the corpus (works within the author cap, as the projection).
    static func subnetwork(_ corpus: Corpus, results: SparkResults, settings: AnalysisSettings)
        -> CoauthorshipNetwork.Result
    {
        let top = results.top.sorted { $0.author < $1.author }
        var local = [Int32](repeating: -1, count: corpus.authors.count)
        for (node, entry) in top.enumerated() { local[entry.author] = Int32(node) }
        var builder = GraphBuilder(nodeCount: top.count, directed: false)
        for edge in results.topEdges {
            builder.addEdge(Int(local[edge.u]), Int(local[edge.v]), weight: edge.weight)
        }
        var index = NameIndex(corpus.authors.map(\.name))
        var pairs: [(key: EdgeKey, paper: Int32)] = []
        var ids: [Int] = []
        for (paper, work) in corpus.papers.enumerated() where work.authors.count <= settings.maxAuthorsPerPaper {
            ids.removeAll(keepingCapacity: true)
            for slot in work.authors {
                if let a = index.index(of: slot.resolved), local[a] >= 0 { ids.append(Int(local[a])) }
            }
            for i in ids.indices {
                for j in ids.indices where j > i && ids[i] != ids[j] {
                    pairs.append((EdgeKey(ids[i], ids[j]), Int32(paper)))
                }
            }
        }
        var capped = 0
        if case let .int(i) = results.summary["cappedWorks"] { capped = i }
        let options = settings.coauthorshipOptions
        let groups = corpus.authors.filter {
            $0.kind == .group && !options.includeGroups && $0.papers >= options.minPapers
        }
        .count
        let below = corpus.authors.filter {
            $0.papers < options.minPapers && (options.includeGroups || $0.kind != .group)
        }
        .count
        var notes = ["counting: \(options.counting.rawValue)"]
        if capped > 0 {
            notes.append("\(capped) papers with more than \(options.maxAuthorsPerPaper) authors make no edges")
        }
        notes.append(SparkRun.note(results.summary, shown: top.count, sizeBy: settings.sizeBy))
        let network = Network(
            kind: .coauthorship, graph: builder.build(), labels: top.map { corpus.authors[$0.author].name },
            edgePapers: EdgePapers(pairs: pairs), notes: notes)
        return CoauthorshipNetwork.Result(
            network: network, papers: top.map(\.papers), cappedPapers: capped, groupsExcluded: groups,
            authorsBelowMinPapers: below)
    }
}
