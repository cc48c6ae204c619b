import ArgumentParser
import CiteGraph

@main
struct CiteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Co-authorship, shared-topic and citation network analysis of bibliographic records.",
        discussion: """
            Inputs are files or folders (read recursively in sorted order); with no input, `seeds/` is read.
            Exit status: 0 success; 1 an input could not be read; 2 `--strict` and the input had warnings or errors.
            """,
        version: CiteGraphVersion.string,
        subcommands: [AnalyzeCommand.self, RecordsCommand.self, InspectCommand.self, MetricsCommand.self]
    )
}

enum CiteGraphVersion {
    static let string = CiteGraphInfo.version
}
