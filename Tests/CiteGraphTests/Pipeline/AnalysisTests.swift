import Foundation
import Testing

@testable import CiteGraph

var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}

/// The small end-to-end fixture: 12 papers, 8 authors, DOIs and references among them.
var smallFixture: String { repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/small.tsv").path }

func analyzeSmall(_ configure: (inout AnalysisSettings) -> Void = { _ in }) throws -> Analysis {
    var settings = AnalysisSettings()
    settings.inputs = [smallFixture]
    configure(&settings)
    return try Analysis.run(settings, timer: StepTimer(sink: nil, total: AnalyzePlan.stepCount(settings)))
}

/// Analyzes a table written inline (tab-separated, header row), from a temporary file removed afterwards.
func analyzeTable(_ table: String, _ configure: (inout AnalysisSettings) -> Void = { _ in }) throws -> Analysis {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("inline.tsv")
    try table.write(to: file, atomically: true, encoding: .utf8)
    return try analyzeSmall {
        $0.inputs = [file.path]
        configure(&$0)
    }
}

/// A renderer without graphviz: the "image" is the DOT text inside an SVG comment, so tests can see what was
/// rendered with which layout.
struct EchoRenderer: MapRenderer {
    var name: String { "echo" }
    var version: String { "1" }
    func render(dot: String, layout: MapLayout, format: ImageFormat) throws -> Data {
        Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- \(format.rawValue) \(layout.rawValue) --></svg>\n".utf8)
    }
}

@Suite("Analysis")
struct AnalysisTests {
    @Test("the small fixture gives all five networks with the expected sizes")
    func networks() throws {
        let a = try analyzeSmall()
        #expect(a.corpus.accounting.recordsRead == 12)
        #expect(a.networks.map(\.name) == ["coauthorship", "topics", "citations", "cocitation", "coupling"])
        let co = try #require(a.networks.first { $0.name == "coauthorship" })
        #expect(co.graph.nodeCount == 8)
        // Pairs from the fixture's author lists (counted by hand): 11 distinct co-author pairs.
        #expect(co.graph.edgeCount == 11)
        let citations = try #require(a.networks.first { $0.name == "citations" })
        #expect(citations.graph.isDirected)
        #expect(citations.graph.edgeCount == 19)
        // P01 is cited by P02, P03, P04 and P11.
        #expect(citations.localCitations?[0] == 4)
        #expect(!citations.measures.eigenvectorConverged, "an acyclic citation graph has no Perron vector")
        #expect(a.skippedNetworks.isEmpty)
    }

    @Test("networks the inputs cannot support are skipped with their numbers")
    func skipped() throws {
        var settings = AnalysisSettings()
        settings.inputs = [repositoryRoot.appendingPathComponent("seeds").path]
        settings.networks = [.coauthorship, .citations]
        let a = try Analysis.run(settings, timer: StepTimer(sink: nil, total: AnalyzePlan.stepCount(settings)))
        #expect(a.networks.map(\.name) == ["coauthorship"])
        #expect(
            a.skippedNetworks.map(\.reason) == [
                "citations: 0 of 101 records carry references, 0 matched inside the corpus; citation network skipped"
            ])
    }

    @Test("community summaries: members ranked, terms from the members' papers, key papers")
    func communities() throws {
        let a = try analyzeSmall()
        let co = try #require(a.networks.first { $0.name == "coauthorship" })
        #expect(co.communities.reduce(0) { $0 + $1.size } == co.graph.nodeCount)
        for c in co.communities {
            #expect(c.members.count == c.size)
            #expect(!c.keyPapers.isEmpty)
            let values = c.members.map { co.measures.pagerank[$0] }
            #expect(values == values.sorted(by: >))
        }
        // The Lovelace–Babbage–Somerville group writes the LG "engines" papers.
        let lovelace = try #require(co.labels.firstIndex(of: "Ada Lovelace"))
        let group = co.communities[co.measures.community[lovelace]]
        #expect(group.topTerms.contains("engines") || group.topTerms.contains("LG"), "\(group.topTerms)")
    }

    @Test("large networks are drawn as their top nodes, with a notice; exports keep the whole graph")
    func drawingLimit() throws {
        let a = try analyzeSmall {
            $0.maxDrawnNodes = 3
            $0.networks = [.coauthorship]
        }
        let co = a.networks[0]
        let drawing = try MapDrawing.draw(co, settings: a.settings, corpusSummary: "x", renderer: EchoRenderer())
        #expect(drawing.drawnNodes == 3)
        #expect(drawing.nodeIDs == co.ranking(by: .pagerank).prefix(3).sorted())
        #expect(drawing.notice?.contains("top 3 of 8 nodes") == true)
        let files = OutputFolder.files(a, drawings: [])
        let graphml = String(
            decoding: try #require(files.first { $0.name == "coauthorship.graphml" }).make(), as: UTF8.self)
        #expect(graphml.components(separatedBy: "<node ").count - 1 == 8)
    }
}
