import Bibliography
import Foundation

/// The whole `analyze` run in one call: read → corpus → networks → measures → maps → files. The command line
/// maps options to `AnalysisSettings`, hands in a renderer and a progress sink, and turns the outcome into
/// messages and an exit code.
public enum AnalyzePipeline {
    /// What a run did.
    public struct Outcome: Sendable {
        public let analysis: Analysis
        public let drawings: [MapDrawing]
        /// Maps that could not be drawn, one message each (the other outputs are still written).
        public let drawingFailures: [String]
        /// Every file written, the manifest last.
        public let written: [OutputFolder.Written]
    }

    /// Why a run stopped before writing everything.
    public enum Failure: Error, CustomStringConvertible {
        /// The analysis could not start (e.g. an unreadable thesaurus).
        case analysis(String)
        /// No input gave a usable record: nothing was written, an earlier output is left as it was.
        case noUsableRecords(NoUsableRecords)
        /// The output folder could not be written.
        case write(directory: String, reason: String)

        public var description: String {
            switch self {
            case let .analysis(message): return message
            case let .noUsableRecords(reason): return reason.description
            case let .write(directory, reason): return "cannot write to \(directory): \(reason)"
            }
        }
    }

    /// Reads, analyzes, draws and writes. When no input gives a usable record it stops before drawing and writes
    /// nothing (`Failure.noUsableRecords`), so an earlier run's output stays as it was.
    public static func run(
        _ settings: AnalysisSettings, renderer: any MapRenderer, progress: (any ProgressSink)?
    ) throws(Failure) -> Outcome {
        let timer = StepTimer(sink: progress, total: AnalyzePlan.stepCount(settings))
        let analysis: Analysis
        do {
            analysis = try Analysis.run(settings, timer: timer)
        } catch let error as NoUsableRecords {
            throw .noUsableRecords(error)
        } catch {
            throw .analysis("\(error)")
        }
        var (drawings, failures) = draw(analysis, renderer: renderer, timer: timer)
        var periodDrawings: [String: [MapDrawing]] = [:]
        if let periods = analysis.periods {
            timer.run("draw periods (\(periods.slices.count))") {
                (periodDrawings, failures) = drawPeriods(periods, settings: settings, renderer: renderer, failures)
            }
        }
        do {
            let written = try timer.run("write reports") { () throws -> [OutputFolder.Written] in
                let files = OutputFolder.files(analysis, drawings: drawings, periodDrawings: periodDrawings)
                return try OutputFolder.write(files, to: settings.out) { outputs in
                    Manifest.value(
                        settings: settings, batch: analysis.batch, renderer: renderer, timings: timer.timings,
                        outputs: outputs, pathMeasures: Manifest.pathMeasures(analysis),
                        engine: analysis.spark?.json ?? .null)
                }
            }
            return Outcome(analysis: analysis, drawings: drawings, drawingFailures: failures, written: written)
        } catch {
            throw .write(directory: settings.out, reason: error.localizedDescription)
        }
    }

    /// Each period's maps (by period label), with the run's settings (`--color-by` too); failures added to `failures`.
    static func drawPeriods(
        _ periods: PeriodAnalysis, settings: AnalysisSettings, renderer: any MapRenderer, _ failures: [String]
    ) -> ([String: [MapDrawing]], [String]) {
        var failures = failures
        var out: [String: [MapDrawing]] = [:]
        for slice in periods.slices {
            let summary = "\(slice.period.label): \(Report.count(slice.papers)) papers"
            for net in slice.networks {
                do {
                    out[slice.period.label, default: []].append(
                        try MapDrawing.draw(net, settings: settings, corpusSummary: summary, renderer: renderer))
                } catch {
                    failures.append("cannot draw the \(net.name) map of \(slice.period.label): \(error)")
                }
            }
        }
        return (out, failures)
    }

    /// One map per network built, in the planned order; the drawing steps of networks not built are skipped.
    static func draw(_ analysis: Analysis, renderer: any MapRenderer, timer: StepTimer) -> ([MapDrawing], [String]) {
        let settings = analysis.settings
        let summary =
            "\(Report.count(analysis.corpus.papers.count)) papers, \(Report.count(analysis.corpus.authors.count)) authors"
        var drawings: [MapDrawing] = []
        var failures: [String] = []
        for kind in settings.networkKinds {
            guard let net = analysis.network(kind) else {
                timer.skip("draw \(kind.name)")
                continue
            }
            let shown = min(net.graph.nodeCount, settings.maxDrawnNodes)
            do {
                drawings.append(
                    try timer.run("draw \(kind.name) (\(shown) nodes, \(settings.layout.rawValue))") {
                        try MapDrawing.draw(net, settings: settings, corpusSummary: summary, renderer: renderer)
                    })
            } catch {
                failures.append("cannot draw the \(kind.name) map: \(error)")
            }
        }
        return (drawings, failures)
    }
}
