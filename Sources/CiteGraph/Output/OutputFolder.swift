import Bibliography
import Foundation

/// Writes every file of a run into the output folder. Each file is written atomically (temporary file, then
/// rename), so a reader never sees a half-written file; files a previous run listed in its manifest that this run
/// does not produce (a network no longer built) are removed, so the folder always matches its manifest.
public enum OutputFolder {
    /// One output file: its name and how to make its bytes. Files are made one at a time while writing, so a run
    /// on a million papers never holds every export in memory at once.
    public struct File {
        public let name: String
        public let make: () -> Data
    }

    /// What was written: name, size and SHA-256 of each file (for the manifest).
    public struct Written: Sendable {
        public let name: String
        public let bytes: Int
        public let sha256: String
    }

    /// The files of a run, in the order they are written (manifest last, by `write`).
    public static func files(_ analysis: Analysis, drawings: [MapDrawing]) -> [File] {
        let width = Report.paperIDWidth(analysis.corpus.papers.count)
        let paperIDs = analysis.corpus.papers.indices.map { Report.paperID($0, width: width) }
        var files: [File] = []
        func add(_ name: String, _ text: @escaping () -> String) {
            files.append(File(name: name, make: { Data(text().utf8) }))
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
            add("\(net.name).graphml") { GraphFileWriters.graphML(net, paperIDs: paperIDs) }
            add("\(net.name).gexf") {
                GraphFileWriters.gexf(net, sizeBy: analysis.settings.sizeBy, positions: positions)
            }
            add("\(net.name).net") { GraphFileWriters.pajek(net) }
            let vos = VOSviewerExport(net, years: analysis.corpus.papers.map(\.year), positions: positions)
            if vos.skipReason == nil {
                add("\(net.name).vosviewer-map.txt") { vos.mapFile }
                add("\(net.name).vosviewer-network.txt") { vos.networkFile }
                add("\(net.name).vosviewer.json") {
                    let colors = Dictionary(
                        uniqueKeysWithValues: net.communities.prefix(VOSviewerExport.maxClusters - 1).map {
                            ($0.id + 1, net.color(community: $0.id))
                        })
                    return vos.json(title: net.kind.mapTitle, description: net.description, colors: colors)
                        .prettyRendered()
                }
            }
        }
        add("authors.csv") {
            TableExports.authors(analysis.corpus, networks: analysis.networks, sizeBy: analysis.settings.sizeBy)
        }
        if let co = analysis.network(.coauthorship) {
            add("coauthorship-edges.csv") { TableExports.coauthorshipEdges(co, paperIDs: paperIDs) }
        }
        add("communities.csv") { TableExports.communities(analysis.networks, paperIDs: paperIDs) }
        add("papers.csv") { TableExports.papers(analysis.corpus, networks: analysis.networks, paperIDs: paperIDs) }
        let content = ReportContent(analysis: analysis, drawings: drawings, paperIDs: paperIDs)
        add("report.json") { ReportJSON.value(analysis, drawings: drawings, paperIDs: paperIDs).prettyRendered() }
        add("report.md") { MarkdownReport.render(content) }
        add("report.html") { HTMLReport.render(content) }
        return files
    }

    /// Makes and writes `files`, then the manifest, into `directory`; returns what was written (manifest last).
    @discardableResult
    public static func write(_ files: [File], to directory: String, manifest: ([Written]) -> JSONValue) throws
        -> [Written]
    {
        let previous = previousFiles(in: directory)
        var written: [Written] = []
        for file in files {
            let data = file.make()
            try AtomicWriter.write(data, to: directory + "/" + file.name)
            written.append(Written(name: file.name, bytes: data.count, sha256: SHA256.hex(data)))
        }
        let manifestData = Data(manifest(written).prettyRendered().utf8)
        try AtomicWriter.write(manifestData, to: directory + "/manifest.json")
        let names = Set(written.map(\.name) + ["manifest.json"])
        for stale in previous.subtracting(names) where isSafeName(stale) {
            try? FileManager.default.removeItem(atPath: directory + "/" + stale)
        }
        return written + [Written(name: "manifest.json", bytes: manifestData.count, sha256: SHA256.hex(manifestData))]
    }

    /// Names the previous manifest in `directory` lists (empty when there is none).
    static func previousFiles(in directory: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: directory + "/manifest.json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let outputs = object["outputs"] as? [[String: Any]]
        else { return [] }
        return Set(outputs.compactMap { $0["file"] as? String })
    }

    /// A plain file name (no path separators, not hidden): never delete anything outside the folder.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name != ".."
    }
}
