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

    @Option(help: "Also write inspection.json, inspection.txt and records.jsonl into this folder (atomically).")
    var out: String?

    func run() throws {
        let options = try corpusFlags.options()
        let batch = input.read(excluding: out.map { [$0] } ?? [])
        let corpus = CorpusBuilder.build(batch, options: options)
        let report = InspectionReport(batch: batch, corpus: corpus, options: options)
        let jsonText = report.json.prettyRendered()
        let text = report.text
        Console.out(json ? jsonText : text)
        if let out {
            do {
                try AtomicWriter.write(jsonText, to: out + "/inspection.json")
                try AtomicWriter.write(text, to: out + "/inspection.txt")
                try AtomicWriter.write(RecordJSON.lines(batch.records), to: out + "/records.jsonl")
            } catch {
                Console.error("citegraph: error: cannot write to \(out): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            if !input.quiet { Console.error("wrote \(out)/inspection.json, inspection.txt, records.jsonl") }
        }
        // Issues are in the report already; stderr gets the unreadable files and warnings/errors only.
        var quietInput = input
        quietInput.quiet = true
        let code = Console.finish(batch: batch, issues: report.allIssues, options: quietInput)
        if code != .success { throw code }
    }
}
