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
    /// What the Spark engine did (`--engine spark`), nil for the in-process engine.
    public var spark: SparkRun? = nil
    /// The corpus over time and its bursts.
    public let time: TimeAnalysis
    /// The networks per period and their comparison (`--periods`, `--slice-years`).
    public let periods: PeriodAnalysis?

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs every computing step, reporting each to `timer`. The output folder and earlier outputs are never
    /// read (`InputCollector`).
    /// - Throws: `NoUsableRecords` when no input gave a usable record (nothing is worth writing then);
    ///   `Failure` when the thesaurus cannot be read.
    public static func run(_ settings: AnalysisSettings, timer: StepTimer) throws -> Analysis {
        if settings.engine == .inprocess {
            let estimate = MemoryEstimate(inputs: settings.inputs, memoryLimitMiB: settings.memoryLimit)
            guard estimate.fits else { throw Failure(description: estimate.refusal) }
        }
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
        let (projection, spark) = try coauthorshipNetwork(corpus, settings: settings, timer: timer)
        let steps = buildNetworks(settings, corpus: corpus, timer: timer, coauthorship: projection)
        let coauthorship = steps.coauthorship!
        let terms = steps.terms.terms
        let time = timer.run("time: years and bursts") { TimeAnalysis.run(corpus, terms: terms, settings: settings) }
        let periods = Period.of(settings, first: time.years.firstYear, last: time.years.lastYear)
        let periodAnalysis: PeriodAnalysis? =
            AnalyzePlan.hasPeriods(settings)
            ? timer.run("periods: \(periods.count) × \(settings.networkKinds.count) networks") {
                PeriodAnalysis.run(corpus, periods: periods, settings: settings)
            } : nil
        var notes: [String] = []
        if coauthorship.cappedPapers > 0 {
            notes.append(
                "\(coauthorship.cappedPapers) papers have more than \(settings.maxAuthorsPerPaper) authors: they count for their authors but make no co-authorship edges"
            )
        }
        var analysis = Analysis(
            settings: settings, batch: batch, corpus: corpus, networks: steps.withAverageCitations(),
            skippedNetworks: steps.skipped, notes: notes, time: time, periods: periodAnalysis)
        analysis.spark = spark
        return analysis
    }

    /// The co-authorship projection (every author network's nodes), then each network family of `settings`:
    /// built, measured, communities summarized. Used for the whole corpus (with the projection `coauthorshipNetwork`
    /// made, maybe on Spark) and for each period (projected here, in this process).
    static func buildNetworks(
        _ settings: AnalysisSettings, corpus: Corpus, timer: StepTimer,
        coauthorship projection: CoauthorshipNetwork.Result? = nil
    ) -> AnalysisSteps {
        var steps = AnalysisSteps(settings: settings, corpus: corpus, timer: timer)
        let coauthorship =
            projection
            ?? timer.run("co-authorship network") {
                CoauthorshipNetwork.build(corpus, options: settings.coauthorshipOptions)
            }
        steps.coauthorship = coauthorship
        for family in settings.networks {
            switch family {
            case .coauthorship: steps.addCoauthorship(coauthorship)
            case .topics: steps.addTopics(coauthorship)
            case .citations: steps.addCitations()
            }
        }
        return steps
    }

    /// The co-authorship projection: in this process, or on Spark (whole graph there, its top brought back).
    static func coauthorshipNetwork(_ corpus: Corpus, settings: AnalysisSettings, timer: StepTimer) throws -> (
        CoauthorshipNetwork.Result, SparkRun?
    ) {
        switch settings.engine {
        case .inprocess:
            let result = timer.run("co-authorship network") {
                CoauthorshipNetwork.build(corpus, options: settings.coauthorshipOptions)
            }
            return (result, nil)
        case .spark:
            do {
                let (result, run) = try timer.run("co-authorship network on Spark (\(settings.sparkMaster))") {
                    try SparkEngine.coauthorship(corpus, settings: settings)
                }
                return (result, run)
            } catch {
                throw Failure(description: "\(error)")
            }
        }
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
