import Bibliography
import Foundation

/// Writes every file of a run into the output folder, all together or not at all: the run's files are written
/// into a staging folder beside the output folder, which is switched in at the end (`StagingFolder`). Files a
/// previous run listed in its manifest that this run does not produce (a network no longer built) are therefore
/// gone, so the folder always matches its manifest.
public enum OutputFolder {
    /// One output file: its name and how to write its bytes. Files are written one at a time, each streamed
    /// through a `ByteWriter` straight to disk, so a run on a million papers never holds an export in memory.
    public struct File {
        public let name: String
        public let write: (ByteWriter) -> Void

        /// A file streamed by `write`.
        public init(name: String, write: @escaping (ByteWriter) -> Void) {
            self.name = name
            self.write = write
        }

        /// A file made whole in memory (small files, images).
        public init(name: String, make: @escaping () -> Data) {
            self.init(name: name) { out in make().withUnsafeBytes { out.write($0) } }
        }

        /// The file's bytes made in memory (tests, small files).
        public func make() -> Data { Data(ByteWriter.bytes(write)) }
    }

    /// What was written: name, size and SHA-256 of each file (for the manifest).
    public struct Written: Sendable {
        public let name: String
        public let bytes: Int
        public let sha256: String
    }

    /// The files of a run, in the order they are written (manifest last, by `write`).
    public static func files(
        _ analysis: Analysis, drawings: [MapDrawing], periodDrawings: [String: [MapDrawing]] = [:]
    ) -> [File] {
        let width = Report.paperIDWidth(analysis.corpus.papers.count)
        let paperIDs = analysis.corpus.papers.indices.map { Report.paperID($0, width: width) }
        var files: [File] = []
        func add(_ name: String, _ text: @escaping () -> String) {
            files.append(File(name: name) { $0.write(text()) })
        }
        func stream(_ name: String, _ write: @escaping (ByteWriter) -> Void) {
            files.append(File(name: name, write: write))
        }
        for net in analysis.networks {
            let drawing = drawings.first { $0.kind == net.kind }
            let positions = drawing?.positions ?? [:]
            if let drawing {
                add("\(net.name).dot") { drawing.dot }
                for format in ImageFormat.allCases {
                    if let data = drawing.images[format] {
                        files.append(File(name: "\(net.name).\(format.rawValue)", make: { data }))
                    }
                }
            }
            stream("\(net.name).graphml") { GraphFileWriters.graphML(net, paperIDs: paperIDs, to: $0) }
            stream("\(net.name).gexf") {
                GraphFileWriters.gexf(net, sizeBy: analysis.settings.sizeBy, positions: positions, to: $0)
            }
            stream("\(net.name).net") { GraphFileWriters.pajek(net, to: $0) }
            // Made when its first file is written (not for every network up front), then shared by the three files.
            let vos = Lazy { VOSviewerExport(net, years: analysis.corpus.papers.map(\.year), positions: positions) }
            if net.graph.nodeCount >= VOSviewerExport.minItems {
                stream("\(net.name).vosviewer-map.txt") { vos.value.writeMap(to: $0) }
                stream("\(net.name).vosviewer-network.txt") { vos.value.writeNetwork(to: $0) }
                stream("\(net.name).vosviewer.json") { out in
                    let colors = Dictionary(
                        uniqueKeysWithValues: net.communities.prefix(VOSviewerExport.maxClusters - 1).map {
                            ($0.id + 1, net.color(community: $0.id))
                        })
                    vos.value.writeJSON(
                        title: net.kind.mapTitle, description: net.description, colors: colors, to: out)
                }
            }
        }
        stream("authors.csv") {
            TableExports.authors(
                analysis.corpus, networks: analysis.networks, sizeBy: analysis.settings.sizeBy, to: $0)
        }
        if let co = analysis.network(.coauthorship) {
            stream("coauthorship-edges.csv") { TableExports.coauthorshipEdges(co, paperIDs: paperIDs, to: $0) }
        }
        stream("communities.csv") { TableExports.communities(analysis.networks, paperIDs: paperIDs, to: $0) }
        stream("papers.csv") {
            TableExports.papers(analysis.corpus, networks: analysis.networks, paperIDs: paperIDs, to: $0)
        }
        if let spark = analysis.spark, let co = analysis.network(.coauthorship) {
            add("spark-nodes.csv") { spark.nodesCSV(labels: co.labels) }
        }
        add("bursts.csv") { TimeReport.csv(analysis.time.bursts) }
        if let periods = analysis.periods {
            files += periodFiles(periods, kinds: analysis.settings.networkKinds, drawings: periodDrawings)
        }
        let content = ReportContent(analysis: analysis, drawings: drawings, paperIDs: paperIDs)
        stream("report.json") {
            ReportJSON.value(analysis, drawings: drawings, paperIDs: paperIDs).write(to: $0, pretty: true)
        }
        add("report.md") { MarkdownReport.render(content) }
        add("report.html") { HTMLReport.render(content) }
        return files
    }

    /// The period files: periods.csv, an evolution diagram per network, and each period's networks as GraphML
    /// (`period-2000-2009.coauthorship.graphml`; paper ids are the period corpus's own) with their maps (`.svg`,
    /// and the other image formats asked for).
    static func periodFiles(_ periods: PeriodAnalysis, kinds: [NetworkKind], drawings: [String: [MapDrawing]] = [:])
        -> [File]
    {
        var files = [File(name: "periods.csv", make: { Data(PeriodReport.csv(periods).utf8) })]
        for kind in kinds {
            guard let svg = EvolutionDiagram.of(periods, kind: kind) else { continue }
            files.append(File(name: "evolution-\(kind.name).svg", make: { Data(svg.utf8) }))
        }
        for slice in periods.slices {
            let width = Report.paperIDWidth(slice.papers)
            let ids = (0..<slice.papers).map { Report.paperID($0, width: width) }
            for net in slice.networks {
                let prefix = "period-\(slice.period.label).\(net.name)"
                if let drawing = drawings[slice.period.label]?.first(where: { $0.kind == net.kind }) {
                    for format in ImageFormat.allCases {
                        guard let data = drawing.images[format] else { continue }
                        files.append(File(name: "\(prefix).\(format.rawValue)", make: { data }))
                    }
                }
                files.append(
                    File(
                        name: "period-\(slice.period.label).\(net.name).graphml",
                        make: { Data(GraphFileWriters.graphML(net, paperIDs: ids).utf8) }))
            }
        }
        return files
    }

    /// Makes and writes `files`, then the manifest, into a staging folder beside `directory`, and switches it in
    /// as `directory` at the end (see `StagingFolder`): the folder holds either its previous complete output or
    /// this run's, never a mix. Files of the previous output that the previous manifest does not list (a README,
    /// notes) are carried over; a folder holding subfolders of its own is refused. Leftovers of killed runs beside
    /// the folder are cleaned first. Returns what was written (manifest last).
    ///
    /// - Throws: `OutputFolderError`, in words.
    @discardableResult
    public static func write(
        _ files: [File], to directory: String, command: String = "analyze", manifest: ([Written]) -> JSONValue
    ) throws -> [Written] {
        let location = try OutputLocation(directory)
        OutputLeftovers.clean(location)
        let existing = ExistingOutput(at: location, writing: Set(files.map(\.name)))
        try existing.check(location, command: command)
        let staging = try StagingFolder(for: location)
        do {
            var written: [Written] = []
            for file in files {
                guard isSafeName(file.name), file.name != "manifest.json" else {
                    preconditionFailure("output file name \(file.name)")
                }
                let (count, sha256) = try staging.stream(name: file.name, file.write)
                written.append(Written(name: file.name, bytes: count, sha256: sha256))
                testStop("file-\(written.count)")
            }
            try staging.carryOver(existing.carried)
            let manifestData = Data(manifest(written).prettyRendered().utf8)
            try staging.write(manifestData, name: "manifest.json")
            testStop("before-switch")
            try staging.switchIn(stop: testStop)
            let entry = Written(name: "manifest.json", bytes: manifestData.count, sha256: SHA256.hex(manifestData))
            return written + [entry]
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Checks, before a run starts, that `directory` can take its outputs (see `write`).
    ///
    /// - Throws: `OutputFolderError`, in words.
    public static func check(_ directory: String, command: String) throws(OutputFolderError) {
        let location = try OutputLocation(directory)
        var info = stat()
        guard lstat(location.path, &info) == 0 else { return }
        try ExistingOutput(at: location, writing: []).check(location, command: command)
    }

    /// Testing only: `CITEGRAPH_TEST_KILL_AT=POINT` kills the process with SIGKILL at that point of `write`
    /// (`file-N` after the N-th file, `before-switch`, `mid-switch`, `after-switch`), as a user's `kill -9` would.
    static func testStop(_ point: String) {
        if ProcessInfo.processInfo.environment["CITEGRAPH_TEST_KILL_AT"] == point { kill(getpid(), SIGKILL) }
    }

    /// A plain file name (no path separators, not hidden).
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name != ".."
    }
}

/// A value made on first use and kept (the files of one export share it; none is made for a file never written).
final class Lazy<T> {
    private let make: () -> T
    private var made: T?

    init(_ make: @escaping () -> T) { self.make = make }

    var value: T {
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
