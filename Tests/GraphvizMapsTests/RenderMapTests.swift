import Foundation
import Testing

@testable import CiteGraph
@testable import GraphvizMaps

/// One layout for every format, and the node positions read from graphviz's plain output.
@Suite("renderMap and PlainLayout")
struct RenderMapTests {
    @Test("renderMap draws every format from one layout, and gives every drawn node a position inside the drawing")
    func sameLayout() throws {
        let a = try GraphvizMapRendererTests.analysis { $0.networks = [.coauthorship] }
        let net = a.networks[0]
        let dot = MapPlan(net, settings: a.settings, corpusSummary: "x").writer.text
        let renderer = GraphvizMapRenderer()
        let map = try renderer.renderMap(dot: dot, layout: .sfdp, formats: [.svg, .png])
        let png = Array(map.images[.png] ?? Data())
        #expect(png.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
        let nodes = map.positions.filter { $0.key.hasPrefix("n") && Int($0.key.dropFirst()) != nil }
        #expect(nodes.count == net.graph.nodeCount)
        // The SVG's viewBox bounds every node centre (plain and SVG share graphviz's coordinates, in points).
        let svg = String(decoding: map.images[.svg]!, as: UTF8.self)
        let width = try #require(Double(svg.firstMatch(of: /width="([0-9.]+)pt"/)?.1 ?? ""))
        let height = try #require(Double(svg.firstMatch(of: /height="([0-9.]+)pt"/)?.1 ?? ""))
        for (name, p) in nodes {
            #expect(p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height, "\(name) at \(p)")
        }
        #expect(Set(nodes.values.map { "\($0.x),\($0.y)" }).count == nodes.count, "nodes at distinct places")
        // One layout for both formats: the PNG (96 dpi) has the SVG's size in points (72 per inch).
        let pngWidth = png[16..<20].reduce(0) { $0 << 8 | Int($1) },
            pngHeight = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(abs(Double(pngWidth) - width * 96 / 72) <= 2 && abs(Double(pngHeight) - height * 96 / 72) <= 2)
    }

    @Test("plain output lines: inches to points, quoted names unquoted, other lines ignored")
    func plain() {
        let text = """
            graph 1 10 5
            node n0 1.5 2 0.5 0.5 "Ada" solid ellipse black lightgrey
            node "legend item" 0.25 0.5 1 0.3 "x" solid box black white
            node "say \\"hi\\"" 1 1 1 1 x solid box black white
            edge n0 n1 4 1 1 2 2 3 3 4 4 solid black
            stop
            """
        let positions = PlainLayout.positions(text)
        #expect(positions["n0"] == MapPoint(x: 108, y: 144))
        #expect(positions["legend item"] == MapPoint(x: 18, y: 36))
        #expect(positions["say \"hi\""] == MapPoint(x: 72, y: 72))
        #expect(positions.count == 3)
    }
}
