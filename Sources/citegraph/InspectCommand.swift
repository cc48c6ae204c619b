import ArgumentParser
import Bibliography
import CiteGraph
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract:
            "Account for every input: records read, skipped and why, duplicates, name merges, profiles, data quality."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var corpusFlags: CorpusFlags

    @Flag(help: "Print the report as JSON (sorted keys).")
    var json = false

    @Option(
        help:
            "Also write inspection.json, inspection.txt, records.jsonl and manifest.json into this folder (all together or not at all)."
    )
    var out: String?

    func run() throws {
        let options = try corpusFlags.options()
        if let out {
            do {
                try OutputFolder.check(out, command: "inspect")
            } catch  where error.isUsageError {
                throw ValidationError("\(error)")
            } catch {
                Console.error("citegraph: error: cannot write to \(out): \(error)")
                throw ExitCode(1)
            }
        }
        let batch = input.read(excluding: out.map { [$0] } ?? [])
        let corpus = CorpusBuilder.build(batch, options: options)
        let report = InspectionReport(batch: batch, corpus: corpus, options: options)
        let jsonText = report.json.prettyRendered()
        let text = report.text
        Console.out(json ? jsonText : text)
        if let out {
            do {
                let files = [
                    OutputFolder.File(name: "inspection.json", make: { Data(jsonText.utf8) }),
                    OutputFolder.File(name: "inspection.txt", make: { Data(text.utf8) }),
                    OutputFolder.File(name: "records.jsonl", make: { Data(RecordJSON.lines(batch.records).utf8) }),
                ]
                try OutputFolder.write(files, to: out, command: "inspect", manifest: Self.manifest)
            } catch {
                Console.error("citegraph: error: cannot write to \(out): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            if !input.quiet {
                Console.error("wrote \(out)/inspection.json, inspection.txt, records.jsonl, manifest.json")
            }
        }
        // Issues are in the report already; stderr gets the unreadable files and warnings/errors only.
        var quietInput = input
        quietInput.quiet = true
        let code = Console.finish(batch: batch, issues: report.allIssues, options: quietInput)
        if code != .success { throw code }
    }

    /// The manifest of an `inspect` run: the command (so `analyze` never takes the folder for its own), the tool
    /// and every output with its SHA-256.
    static func manifest(_ outputs: [OutputFolder.Written]) -> JSONValue {
        .object([
            "command": .string("inspect"),
            "tool": .object(["name": .string("citegraph"), "version": .string(CiteGraphInfo.version)]),
            "outputs": .array(
                outputs.map {
                    .object(["file": .string($0.name), "bytes": .int($0.bytes), "sha256": .string($0.sha256)])
                }),
        ])
    }
}
