import ArgumentParser
import Bibliography
import CiteGraph
import Foundation

/// Options every command that reads records shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files or folders (folders are read recursively in sorted order). Default: seeds/")
    var inputs: [String] = []

    @Option(name: .setting(.inputFormat), help: .setting(.inputFormat))
    var inputFormat: InputFormat?

    @Option(
        help:
            "Plain tables (CSV/TSV with a header): which column holds which field, for header names other than the usual ones, e.g. authors=Writers,title=Name,year=PubYear. Fields: \(TableColumns.Field.list)."
    )
    var columns: String?

    @Flag(help: "Fail (exit 2) when the input has any warning or error, after reporting everything.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Do not print issues on standard error.")
    var quiet = false

    func validate() throws {
        _ = try tableColumns()
    }

    /// The parsed `--columns` (empty when not given).
    func tableColumns() throws -> TableColumns {
        guard let columns else { return TableColumns() }
        do {
            return try TableColumns(parsing: columns)
        } catch {
            throw ValidationError(error.description)
        }
    }

    var resolvedInputs: [String] { inputs.isEmpty ? ["seeds"] : inputs }

    /// Reads the inputs; the folders in `excluding` (an output folder) are not read.
    func read(excluding: [String] = []) -> InputReader.Batch {
        InputReader.read(
            resolvedInputs, format: inputFormat, columns: (try? tableColumns()) ?? TableColumns(), excluding: excluding)
    }

    /// The inputs, `--input-format` and `--columns` as `analyze` settings overrides.
    var settingFlags: [(SettingKey, SettingValue)] {
        var given = SettingFlags()
        given.add(.inputs, inputs.isEmpty ? nil : inputs)
        given.add(.inputFormat, inputFormat)
        given.add(.columns, columns)
        return given.values
    }
}

/// Options that shape the corpus (deduplication and name resolution).
struct CorpusFlags: ParsableArguments {
    @Option(help: .setting(.thesaurus))
    var thesaurus: String?

    @Flag(
        name: .customLong("no-merge-initials"),
        help: "Do not merge initial-compatible names (\"Andrew K. Lampinen\" / \"Andrew Lampinen\").")
    var noMergeInitials = false

    @Flag(
        name: .customLong("no-infer-owner"),
        help: "Do not add a profile's owner as an inferred author of the profile's papers.")
    var noInferOwner = false

    func options() throws -> CorpusOptions {
        var thesaurusValue = Thesaurus()
        if let path = thesaurus {
            do {
                thesaurusValue = Thesaurus.parse(try TextFile.read(path: path))
            } catch {
                throw CLIError("\(error)")
            }
        }
        return CorpusOptions(
            inferProfileOwner: !noInferOwner, mergeInitials: !noMergeInitials, thesaurus: thesaurusValue)
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints unreadable inputs and issues on stderr; returns the exit code the run deserves.
    static func finish(batch: InputReader.Batch, issues: [ParseIssue], options: InputOptions) -> ExitCode {
        for error in batch.errors { Console.error("citegraph: error: \(error)") }
        if !options.quiet {
            for issue in issues { Console.error(issue.description) }
        }
        if !batch.errors.isEmpty { return ExitCode(1) }
        let serious = issues.filter { $0.severity >= .warning }.count
        if options.strict, serious > 0 {
            Console.error("citegraph: --strict: \(serious) warning(s) or error(s) in the input")
            return ExitCode(2)
        }
        return .success
    }
}
