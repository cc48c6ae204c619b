import ArgumentParser
import Bibliography
import CiteGraph
import Foundation
import GraphAlgorithms

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract:
            "Read records, build the co-authorship, shared-topic and citation networks, compute every measure and community, draw the maps and write the reports.",
        discussion: """
            Settings come from defaults, then `citegraph.toml` in the working directory (or --config FILE), then flags.
            Writes into --out (default output/): report.html, report.md, report.json, manifest.json; for each network
            NAME.dot, NAME.svg, NAME.graphml, NAME.gexf, NAME.net; authors.csv, coauthorship-edges.csv,
            communities.csv, papers.csv. Every file is written atomically; re-running rewrites them byte for byte
            (only the manifest's timings differ).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var corpusFlags: CorpusFlags

    @Option(help: "Output folder (default: output).")
    var out: String?

    @Option(help: "Read settings from this TOML file instead of ./citegraph.toml.")
    var config: String?

    @Option(help: "Edge weights: full (joint papers) or fractional (1/(n-1) per paper).")
    var counting: String?

    @Option(name: .customLong("min-papers"), help: "Leave out authors with fewer papers (default 1).")
    var minPapers: Int?

    @Option(
        name: .customLong("max-authors-per-paper"),
        help: "Papers with more authors make no co-authorship edges (default 50).")
    var maxAuthorsPerPaper: Int?

    @Flag(help: "Include group authors (\"Gemini Team\") as nodes.")
    var groups = false

    @Option(help: "Community detection: leiden (default) or louvain.")
    var communities: String?

    @Option(help: "Modularity resolution (default 1).")
    var resolution: Double?

    @Option(help: "Random seed for communities and sampling (default 42).")
    var seed: UInt64?

    @Option(name: .customLong("leiden-iterations"), help: "Leiden iterations (default 3; -1 until stable).")
    var leidenIterations: Int?

    @Option(help: "Graphviz layout: sfdp (default), neato, fdp, dot, circo.")
    var layout: String?

    @Option(help: "Label the N most central nodes of each map (default 30).")
    var labels: Int?

    @Option(
        name: .customLong("size-by"),
        help: "Node size measure: \(NodeMeasure.allCases.map(\.rawValue).joined(separator: ", ")) (default pagerank).")
    var sizeBy: String?

    @Option(help: "Networks to build, comma-separated: coauthorship,topics,citations (default all).")
    var networks: String?

    @Option(name: .customLong("image-formats"), help: "Images to render, comma-separated: svg,png,pdf (svg always).")
    var imageFormats: String?

    @Option(
        name: .customLong("max-drawn-nodes"), help: "Maps of larger networks show their top N nodes (default 2000).")
    var maxDrawnNodes: Int?

    @Flag(help: "Exact betweenness and closeness whatever the size (default: exact up to 20,000 nodes, sampled above).")
    var exact = false

    func resolvedSettings() throws -> AnalysisSettings {
        var s = AnalysisSettings()
        let configPath = config ?? (FileManager.default.fileExists(atPath: "citegraph.toml") ? "citegraph.toml" : nil)
        if let configPath {
            guard let data = FileManager.default.contents(atPath: configPath) else {
                throw CLIError("cannot read the config file \(configPath)")
            }
            do {
                try s.apply(try ConfigFile(path: configPath, text: String(decoding: data, as: UTF8.self)))
            } catch {
                throw CLIError("\(error)")
            }
        }
        func choice<T: RawRepresentable>(_ value: String?, _ flag: String, _ all: [String]) throws -> T?
        where T.RawValue == String {
            guard let value else { return nil }
            guard let v = T(rawValue: value) else {
                throw ValidationError("unknown --\(flag) '\(value)'; expected one of: \(all.joined(separator: ", "))")
            }
            return v
        }
        if !input.inputs.isEmpty { s.inputs = input.inputs }
        if let f = input.inputFormat { s.inputFormat = InputFormat(rawValue: f) }
        if let c = input.columns { s.columns = c }
        if let out { s.out = out }
        if let v: Counting = try choice(counting, "counting", Counting.allCases.map(\.rawValue)) { s.counting = v }
        if let minPapers { s.minPapers = minPapers }
        if let maxAuthorsPerPaper { s.maxAuthorsPerPaper = maxAuthorsPerPaper }
        if groups { s.includeGroups = true }
        if let v: CommunityAlgorithm = try choice(
            communities, "communities", CommunityAlgorithm.allCases.map(\.rawValue))
        {
            s.communities = v
        }
        if let resolution { s.resolution = resolution }
        if let seed { s.seed = seed }
        if let leidenIterations { s.leidenIterations = leidenIterations }
        if let layout { s.layout = layout }
        if let labels { s.labels = labels }
        if let v: NodeMeasure = try choice(sizeBy, "size-by", NodeMeasure.allCases.map(\.rawValue)) { s.sizeBy = v }
        if let t = corpusFlags.thesaurus { s.thesaurus = t }
        if corpusFlags.noMergeInitials { s.mergeInitials = false }
        if corpusFlags.noInferOwner { s.inferOwner = false }
        do {
            if let networks { s.networks = try AnalysisSettings.networkList(AnalysisSettings.list(networks)) }
            if let imageFormats {
                s.imageFormats = try AnalysisSettings.formatList(AnalysisSettings.list(imageFormats))
            }
        } catch {
            throw ValidationError("\(error)")
        }
        if let maxDrawnNodes { s.maxDrawnNodes = maxDrawnNodes }
        if exact { s.exact = true }
        do { try s.validate() } catch { throw ValidationError("\(error)") }
        return s
    }

    func run() throws {
        let settings = try resolvedSettings()
        let sink: (any ProgressSink)? = input.quiet ? nil : ConsoleProgress()
        let drawable = settings.networks.count + (settings.networks.contains(.citations) ? 2 : 0)
        let timer = StepTimer(sink: sink, total: 4 + 3 * settings.networks.count + drawable)
        let analysis: Analysis
        do {
            analysis = try Analysis.run(settings, timer: timer)
        } catch {
            Console.error("citegraph: error: \(error)")
            throw ExitCode(1)
        }
        // Now the remaining steps are known exactly: one drawing per network, then the writing.
        timer.total = timer.timings.count + analysis.networks.count + 1
        let summary =
            "\(Report.count(analysis.corpus.papers.count)) papers, \(Report.count(analysis.corpus.authors.count)) authors"
        var drawings: [MapDrawing] = []
        var drawIssues: [String] = []
        for net in analysis.networks {
            let shown = min(net.graph.nodeCount, settings.maxDrawnNodes)
            do {
                drawings.append(
                    try timer.run("draw \(net.name) (\(shown) nodes, \(settings.layout))") {
                        try MapDrawing.draw(net, settings: settings, corpusSummary: summary)
                    })
            } catch {
                drawIssues.append("citegraph: error: cannot draw the \(net.name) map: \(error)")
            }
        }
        let written: [OutputFolder.Written]
        do {
            written = try timer.run("write reports") { () throws -> [OutputFolder.Written] in
                let files = OutputFolder.files(analysis, drawings: drawings)
                return try OutputFolder.write(
                    files,
                    manifest: { outputs in
                        Manifest.value(
                            settings: settings, batch: analysis.batch, timings: timer.timings, outputs: outputs)
                    }, to: settings.out)
            }
        } catch {
            Console.error("citegraph: error: cannot write to \(settings.out): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        for line in drawIssues { Console.error(line) }
        for skipped in analysis.skippedNetworks { Console.error("citegraph: \(skipped.reason)") }
        for drawing in drawings { if let notice = drawing.notice { Console.error("citegraph: notice: \(notice)") } }
        if !input.quiet {
            let a = analysis.corpus.accounting
            Console.error(
                "citegraph: \(a.recordsRead) records read = \(a.papers) papers + \(a.duplicatesMerged) duplicates merged + \(a.skipped) skipped; \(analysis.corpus.authors.count) authors; \(analysis.corpus.merges.count) name merges"
            )
            for net in analysis.networks {
                Console.error(
                    "citegraph: \(net.name): \(net.graph.nodeCount) nodes, \(net.graph.edgeCount) edges, \(net.measures.communityCount) communities (modularity \(Report.format(net.measures.modularity, digits: 4)))"
                )
            }
            Console.error(
                "citegraph: wrote \(written.count) files to \(settings.out)/ (open \(settings.out)/report.html)")
        }
        // Issues are listed in the reports; stderr gets the unreadable inputs, and warnings/errors under --strict.
        var quietInput = input
        quietInput.quiet = true
        let serious = analysis.issues.filter { $0.severity >= .warning }
        if !input.quiet, !serious.isEmpty {
            Console.error(
                "citegraph: \(serious.count) warning(s) or error(s) in the input; see the Data quality section of the report"
            )
        }
        let code = Console.finish(batch: analysis.batch, issues: analysis.issues, options: quietInput)
        if code == .success, !drawIssues.isEmpty { throw ExitCode(1) }
        if code != .success { throw code }
    }
}

/// Progress on stderr: a redrawn bar with counts and an estimate of the time left on a terminal, plain lines
/// otherwise (logs, CI).
final class ConsoleProgress: ProgressSink, @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let start = ContinuousClock.now
    private var index = 0
    private var total = 1

    func started(_ step: String, index: Int, total: Int) {
        self.index = index
        self.total = total
        if isTerminal {
            let done = index - 1
            let width = 24
            let filled = width * done / max(total, 1)
            let elapsed = seconds(ContinuousClock.now - start)
            let eta = done > 0 ? " ETA ~\(Int((elapsed / Double(done) * Double(total - done)).rounded()))s" : ""
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = "\r\u{1B}[2K[\(bar)] \(done)/\(total) \(step)…\(eta)"
            FileHandle.standardError.write(Data(line.utf8))
        } else {
            Console.error("citegraph: [\(index)/\(total)] \(step)…")
        }
    }

    func finished(_ step: String, seconds: Double) {
        if isTerminal {
            if index >= total { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        } else if seconds >= 0.5 {
            Console.error("citegraph: [\(index)/\(total)] \(step): \(String(format: "%.1f", seconds)) s")
        }
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
