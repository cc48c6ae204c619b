import ArgumentParser
import Bibliography
import CiteGraph
import Foundation
import GraphvizMaps

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract:
            "Read records, build the co-authorship, shared-topic and citation networks, compute every measure and community, draw the maps and write the reports.",
        discussion: """
            Settings come from defaults, then `citegraph.toml` in the working directory (or --config FILE), then flags;
            every flag is also a `citegraph.toml` key of the same name. Writes into --out (default output/): report.html,
            report.md, report.json, manifest.json; for each network NAME.dot, NAME.svg, NAME.graphml, NAME.gexf,
            NAME.net; authors.csv, coauthorship-edges.csv, communities.csv, papers.csv. The files appear all
            together or not at all (written beside --out, then switched in); other files there are kept; re-running rewrites them byte for byte (only the manifest's timings differ). The manifest's
            `settings` use the `citegraph.toml` names, so `--config manifest.json` reproduces a run.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var flags: AnalyzeFlags

    @Option(
        help:
            "Read settings from this TOML file (or an earlier run's manifest.json) instead of ./citegraph.toml."
    )
    var config: String?

    /// Defaults, then the config file, then the flags; every value checked by the settings table.
    func resolvedSettings() throws -> AnalysisSettings {
        var settings = AnalysisSettings()
        let path = config ?? (FileManager.default.fileExists(atPath: "citegraph.toml") ? "citegraph.toml" : nil)
        do {
            if let path { try AnalysisSettings.read(configAt: path, into: &settings) }
            try settings.apply(flags: input.settingFlags + flags.settingFlags)
        } catch {
            throw ValidationError("\(error)")
        }
        return settings
    }

    func run() throws {
        let settings = try resolvedSettings()
        do {
            try OutputFolder.check(settings.out, command: "analyze")
        } catch  where error.isUsageError {
            throw ValidationError("\(error)")
        } catch {
            Console.error("citegraph: error: cannot write to \(settings.out): \(error)")
            throw ExitCode(1)
        }
        if !input.quiet, settings.engine == .inprocess {
            let estimate = MemoryEstimate(inputs: settings.inputs, memoryLimitMiB: settings.memoryLimit)
            Console.error("citegraph: in-process engine: \(estimate.description)")
        }
        let outcome: AnalyzePipeline.Outcome
        do {
            outcome = try AnalyzePipeline.run(
                settings, renderer: GraphvizMapRenderer(), progress: input.quiet ? nil : ConsoleProgress())
        } catch {
            Console.error("citegraph: error: \(error)")
            throw ExitCode(1)
        }
        for failure in outcome.drawingFailures { Console.error("citegraph: error: \(failure)") }
        let analysis = outcome.analysis
        for skipped in analysis.skippedNetworks { Console.error("citegraph: \(skipped.reason)") }
        for drawing in outcome.drawings {
            if let notice = drawing.notice { Console.error("citegraph: notice: \(notice)") }
        }
        if !input.quiet { summarize(outcome, out: settings.out) }
        // Issues are listed in the reports; stderr gets the unreadable inputs, and warnings/errors under --strict.
        var quietInput = input
        quietInput.quiet = true
        let code = Console.finish(batch: analysis.batch, issues: analysis.issues, options: quietInput)
        if code == .success, !outcome.drawingFailures.isEmpty { throw ExitCode(1) }
        if code != .success { throw code }
    }

    /// The accounting, one line per network, and where the files are.
    private func summarize(_ outcome: AnalyzePipeline.Outcome, out: String) {
        let analysis = outcome.analysis
        let a = analysis.corpus.accounting
        Console.error(
            "citegraph: \(a.recordsRead) records read = \(a.papers) papers + \(a.duplicatesMerged) duplicates merged + \(a.skipped) skipped; \(analysis.corpus.authors.count) authors; \(analysis.corpus.merges.count) name merges"
        )
        for net in analysis.networks {
            let modularity = Report.format(net.measures.modularity, digits: 4)
            Console.error(
                "citegraph: \(net.name): \(net.graph.nodeCount) nodes, \(net.graph.edgeCount) edges, \(net.measures.communityCount) communities (modularity \(modularity))"
            )
        }
        Console.error("citegraph: wrote \(outcome.written.count) files to \(out)/ (open \(out)/report.html)")
        let serious = analysis.issues.filter { $0.severity >= .warning }
        if !serious.isEmpty {
            Console.error(
                "citegraph: \(serious.count) warning(s) or error(s) in the input; see the Data quality section of the report"
            )
        }
    }
}
