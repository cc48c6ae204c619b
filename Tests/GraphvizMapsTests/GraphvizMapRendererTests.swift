import Foundation
import GraphvizMaps
import Testing

@testable import CiteGraph

/// The renderer the CLI injects, on real maps of the small fixture.
@Suite("GraphvizMapRenderer")
struct GraphvizMapRendererTests {
    static var fixture: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/CLITests/Fixtures/small.tsv").path
    }

    static func analysis(_ configure: (inout AnalysisSettings) -> Void = { _ in }) throws -> Analysis {
        var settings = AnalysisSettings()
        settings.inputs = [fixture]
        configure(&settings)
        return try Analysis.run(settings, timer: StepTimer(sink: nil, total: AnalyzePlan.stepCount(settings)))
    }

    @Test("every map's DOT is accepted by graphviz; the top N nodes are labeled, and one per unnamed colored community")
    func everyMap() throws {
        let a = try Self.analysis { $0.labels = 2 }
        #expect(a.networks.count == 5)
        for net in a.networks {
            let plan = MapPlan(net, settings: a.settings, corpusSummary: "12 papers")
            let top = net.ranking(by: a.settings.sizeBy).prefix(2)
            let colored = Set(plan.writer.nodes.filter { $0.color != Palette.other }.map(\.community))
            let unnamed = colored.subtracting(top.map { net.measures.community[$0] })
            #expect(plan.writer.nodes.filter(\.showLabel).count == 2 + unnamed.count, "\(net.name)")
            let svg = try GraphvizMapRenderer().render(dot: plan.writer.text, layout: .sfdp, format: .svg)
            let text = String(decoding: svg, as: UTF8.self)
            #expect(text.contains("<svg"), "\(net.name)")
            #expect(text.components(separatedBy: "class=\"node\"").count - 1 == net.graph.nodeCount, "\(net.name)")
        }
    }

    @Test("every layout and image format renders", arguments: MapLayout.allCases)
    func layouts(_ layout: MapLayout) throws {
        let a = try Self.analysis { $0.networks = [.coauthorship] }
        let dot = MapPlan(a.networks[0], settings: a.settings, corpusSummary: "x").writer.text
        let renderer = GraphvizMapRenderer()
        let svg = try renderer.render(dot: dot, layout: layout, format: .svg)
        #expect(String(decoding: svg.prefix(200), as: UTF8.self).contains("<?xml"))
        let png = try renderer.render(dot: dot, layout: layout, format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try renderer.render(dot: dot, layout: layout, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test("the manifest names graphviz and its version")
    func version() {
        let renderer = GraphvizMapRenderer()
        #expect(renderer.name == "graphviz")
        #expect(renderer.version.split(separator: ".").count >= 2, "\(renderer.version)")
    }
}
