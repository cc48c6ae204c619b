import Bibliography
import Foundation
import GraphAlgorithms

/// The computing half of `analyze`: inputs → corpus → networks → measures → community summaries. Drawing and
/// writing follow in `AnalyzePipeline`; nothing here does I/O besides reading the inputs and the thesaurus.
public struct Analysis: Sendable {
    public let settings: AnalysisSettings
    public let batch: InputReader.Batch
    public let corpus: Corpus
    public let networks: [AnalyzedNetwork]
    /// Networks asked for that the inputs cannot support, with the reason and its numbers.
    public let skippedNetworks: [(kind: NetworkKind, reason: String)]
    /// Notes about the whole run (e.g. papers over the author cap).
    public let notes: [String]
    /// The corpus over time and its bursts.
    public let time: TimeAnalysis

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs every computing step, reporting each to `timer`. The output folder and earlier outputs are never
    /// read (`InputCollector`).
    /// - Throws: `NoUsableRecords` when no input gave a usable record (nothing is worth writing then);
    ///   `Failure` when the thesaurus cannot be read.
    public static func run(_ settings: AnalysisSettings, timer: StepTimer) throws -> Analysis {
        let batch = timer.run("read inputs") {
            InputReader.read(
                settings.inputs, format: settings.inputFormat, columns: settings.tableColumns, excluding: [settings.out]
            )
        }
        let options = try corpusOptions(settings)
        let corpus = timer.run("build corpus (\(batch.records.count) records)") {
            CorpusBuilder.build(batch, options: options)
        }
        guard !corpus.papers.isEmpty else { throw NoUsableRecords(batch, inputs: settings.inputs) }
        var steps = AnalysisSteps(settings: settings, corpus: corpus, timer: timer)
        let coauthorship = timer.run("co-authorship network") {
            CoauthorshipNetwork.build(corpus, options: settings.coauthorshipOptions)
        }
        for family in settings.networks {
            switch family {
            case .coauthorship: steps.addCoauthorship(coauthorship)
            case .topics: steps.addTopics(coauthorship)
            case .citations: steps.addCitations()
            }
        }
        let terms = steps.terms.terms
        let time = timer.run("time: years and bursts") { TimeAnalysis.run(corpus, terms: terms, settings: settings) }
        var notes: [String] = []
        if coauthorship.cappedPapers > 0 {
            notes.append(
                "\(coauthorship.cappedPapers) papers have more than \(settings.maxAuthorsPerPaper) authors: they count for their authors but make no co-authorship edges"
            )
        }
        return Analysis(
            settings: settings, batch: batch, corpus: corpus, networks: steps.withAverageCitations(),
            skippedNetworks: steps.skipped, notes: notes, time: time)
    }

    static func corpusOptions(_ settings: AnalysisSettings) throws -> CorpusOptions {
        var options = CorpusOptions(inferProfileOwner: settings.inferOwner, mergeInitials: settings.mergeInitials)
        if let path = settings.thesaurus {
            do {
                options.thesaurus = Thesaurus.parse(try TextFile.read(path: path))
            } catch {
                throw Failure(description: "cannot read the thesaurus: \(error)")
            }
        }
        return options
    }

    /// Every issue: the files', then the corpus's.
    public var issues: [ParseIssue] { batch.issues + corpus.issues }

    /// The network of `kind`, if it was built.
    public func network(_ kind: NetworkKind) -> AnalyzedNetwork? { networks.first { $0.kind == kind } }
}
