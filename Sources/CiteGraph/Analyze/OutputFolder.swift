import Bibliography
import Foundation
import GraphvizRender

/// Writes every file of a run into the output folder. Each file is written atomically (temporary file, then
/// rename), so a reader never sees a half-written file; files a previous run listed in its manifest that this run
/// does not produce (a network no longer built) are removed, so the folder always matches its manifest.
public enum OutputFolder {
    /// The files of a run, by name, in the order they are written (manifest last).
    public static func files(_ analysis: Analysis, drawings: [MapDrawing]) -> [(name: String, data: Data)] {
        let width = Report.paperIDWidth(analysis.corpus.papers.count)
        let paperIDs = analysis.corpus.papers.indices.map { Report.paperID($0, width: width) }
        var files: [(String, Data)] = []
        func add(_ name: String, _ text: String) { files.append((name, Data(text.utf8))) }
        for net in analysis.networks {
            if let drawing = drawings.first(where: { $0.network == net.name }) {
                add("\(net.name).dot", drawing.dot)
                for format in AnalysisSettings.imageFormatNames {
                    if let data = drawing.images[format] { files.append(("\(net.name).\(format)", data)) }
                }
            }
            add("\(net.name).graphml", GraphFileWriters.graphML(net, paperIDs: paperIDs))
            add("\(net.name).gexf", GraphFileWriters.gexf(net))
            add("\(net.name).net", GraphFileWriters.pajek(net))
        }
        add("authors.csv", TableExports.authors(analysis))
        if let co = analysis.networks.first(where: { $0.name == "coauthorship" }) {
            add("coauthorship-edges.csv", TableExports.coauthorshipEdges(co, paperIDs: paperIDs))
        }
        add("communities.csv", TableExports.communities(analysis, paperIDs: paperIDs))
        add("papers.csv", TableExports.papers(analysis, paperIDs: paperIDs))
        let content = ReportContent(analysis: analysis, drawings: drawings, paperIDs: paperIDs)
        add("report.json", ReportJSON.value(analysis, drawings: drawings, paperIDs: paperIDs).prettyRendered())
        add("report.md", MarkdownReport.render(content))
        add("report.html", HTMLReport.render(content))
        return files
    }

    /// Writes `files` and the manifest into `directory`; returns the names written.
    @discardableResult
    public static func write(_ files: [(name: String, data: Data)], manifest: (([(name: String, data: Data)]) -> JSONValue),
                             to directory: String) throws -> [String] {
        let previous = previousFiles(in: directory)
        for file in files { try AtomicWriter.write(file.data, to: directory + "/" + file.name) }
        try AtomicWriter.write(manifest(files).prettyRendered(), to: directory + "/manifest.json")
        let written = Set(files.map(\.name) + ["manifest.json"])
        for stale in previous.subtracting(written) where isSafeName(stale) {
            try? FileManager.default.removeItem(atPath: directory + "/" + stale)
        }
        return files.map(\.name) + ["manifest.json"]
    }

    /// Names the previous manifest in `directory` lists (empty when there is none).
    static func previousFiles(in directory: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: directory + "/manifest.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let outputs = object["outputs"] as? [[String: Any]] else { return [] }
        return Set(outputs.compactMap { $0["file"] as? String })
    }

    /// A plain file name (no path separators, not hidden): never delete anything outside the folder.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name != ".."
    }
}

/// `manifest.json`: tool and graphviz versions, inputs with SHA-256 and size, every resolved setting, the seed,
/// each step's wall time, and every output file with its SHA-256.
public enum Manifest {
    public static func value(settings: AnalysisSettings, batch: InputReader.Batch, timings: [(step: String, seconds: Double)],
                             outputs: [(name: String, data: Data)]) -> JSONValue {
        var inputs: [JSONValue] = []
        for result in batch.results {
            let data = FileManager.default.contents(atPath: result.file) ?? Data()
            inputs.append(.object(["path": .string(result.file), "bytes": .int(data.count), "sha256": .string(SHA256.hex(data)),
                                   "format": .string(result.format.rawValue), "records": .int(result.recordsRead)]))
        }
        for error in batch.errors { inputs.append(.object(["error": .string(error.description)])) }
        let total = timings.reduce(0) { $0 + $1.seconds }
        return .object([
            "tool": .object(["name": .string("citegraph"), "version": .string(CiteGraphInfo.version),
                             "graphviz": .string(GraphvizRenderer.version)]),
            "inputs": .array(inputs),
            "settings": settings.json,
            "seed": .int(Int(truncatingIfNeeded: settings.seed)),
            "steps": .array(timings.map { .object(["step": .string($0.step), "seconds": .double(($0.seconds * 1e4).rounded() / 1e4)]) }),
            "totalSeconds": .double((total * 1e4).rounded() / 1e4),
            "outputs": .array(outputs.map { .object(["file": .string($0.name), "bytes": .int($0.data.count), "sha256": .string(SHA256.hex($0.data))]) }),
        ])
    }
}
