import Foundation
import Testing

@testable import CiteGraph

/// A renderer without graphviz that still says where each node is: node `n<id>` at (10·id, 20·id).
private struct PositionRenderer: MapRenderer {
    var name: String { "positions" }
    var version: String { "1" }
    func render(dot: String, layout: MapLayout, format: ImageFormat) throws -> Data { Data("<svg/>".utf8) }
    func renderMap(dot: String, layout: MapLayout, formats: [ImageFormat]) throws -> RenderedMap {
        var positions: [String: MapPoint] = [:]
        let regex = try NSRegularExpression(pattern: #"^  n(\d+) \["#, options: .anchorsMatchLines)
        for match in regex.matches(in: dot, range: NSRange(dot.startIndex..., in: dot)) {
            let id = Int(dot[Range(match.range(at: 1), in: dot)!])!
            positions["n\(id)"] = MapPoint(x: Double(10 * id), y: Double(20 * id))
        }
        return RenderedMap(images: [.svg: Data("<svg/>".utf8)], positions: positions)
    }
}

/// The map viewer's data embedded in report.html: safe inside its script block whatever the names, complete
/// (positions, edges, papers), deterministic, and colored by `CommunityColors`.
@Suite("ViewerData")
struct ViewerDataTests {
    static let hostile = "</script><img src=x onerror=alert(1)>"

    static func page(_ table: String, renderer: any MapRenderer = PositionRenderer()) throws -> (String, Analysis) {
        let a = try analyzeTable(table) { $0.networks = [.coauthorship] }
        let drawings = try a.networks.map {
            try MapDrawing.draw($0, settings: a.settings, corpusSummary: "test", renderer: renderer)
        }
        let ids = a.corpus.papers.indices.map { Report.paperID($0, width: 3) }
        return (HTMLReport.render(ReportContent(analysis: a, drawings: drawings, paperIDs: ids)), a)
    }

    /// The JSON of the viewer block `map-NAME`, parsed.
    static func block(_ page: String, _ name: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"map-\(name)\">"
        let start = try #require(page.range(of: open))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let text = String(page[start.upperBound..<end.lowerBound])
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static let table = """
        title\tauthors\tyear
        First\tAnn Lee; \(hostile); Bo Chen\t2001
        Second\tAnn Lee; Bo Chen\t2002
        Third\tCarl Dunn; Dee Eve\t2003
        Line\tAnn Lee; Line Sep\t2004

        """

    @Test("a hostile name cannot end the script block, and reads back exactly from the JSON")
    func hostileName() throws {
        let (page, _) = try Self.page(Self.table)
        #expect(!page.contains(Self.hostile))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("\u{2028}"))
        let data = try Self.block(page, "coauthorship")
        let nodes = try #require(data["nodes"] as? [String: Any])
        let labels = try #require(nodes["label"] as? [String])
        #expect(labels.contains(Self.hostile))
        // Nothing else in the page holds a script end tag but the page's own blocks.
        let blocks = page.components(separatedBy: "<script").count - 1
        #expect(page.components(separatedBy: "</script>").count - 1 == blocks)
    }

    @Test("U+2028 and U+2029 (line ends to old JavaScript parsers) and every '<' are escaped")
    func separators() {
        let safe = ViewerData.scriptSafe("\"a\u{2028}b\u{2029}c</script><!--&\"")
        #expect(safe == #""a\u2028b\u2029c\u003c/script\u003e\u003c!--\u0026""#)
    }

    @Test("positions, edges, scores and each author's papers are embedded")
    func complete() throws {
        let (page, a) = try Self.page(Self.table)
        let net = try #require(a.network(.coauthorship))
        let data = try Self.block(page, "coauthorship")
        let nodes = try #require(data["nodes"] as? [String: Any])
        let labels = try #require(nodes["label"] as? [String])
        let x = try #require(nodes["x"] as? [Double])
        let y = try #require(nodes["y"] as? [Double])
        #expect(labels.count == net.graph.nodeCount && x.count == labels.count && y.count == labels.count)
        let ann = try #require(labels.firstIndex(of: "Ann Lee"))
        let annID = try #require(net.labels.firstIndex(of: "Ann Lee"))
        #expect(x[ann] == Double(10 * annID) && y[ann] == Double(20 * annID))
        let edges = try #require(data["edges"] as? [Double])
        #expect(edges.count == 3 * net.graph.edgeCount)
        let scores = try #require(data["scores"] as? [String: Any])
        // The overlay score first (issue 11's average year), then papers and degree.
        #expect((scores["order"] as? [String])?.starts(with: ["avgYear", "papers", "degree"]) == true)
        let papers = try #require(nodes["papers"] as? [[Int]])
        let list = try #require(data["paperList"] as? [String])
        #expect(papers[ann].count == 3)
        #expect(list[papers[ann][0]].hasPrefix("Line (2004)"))  // newest first
    }

    @Test("the same input gives the same page, byte for byte")
    func deterministic() throws {
        // Each call reads the table from its own temporary file, whose path the Time section's year coverage names.
        let temporary = try NSRegularExpression(pattern: "/[^<>\"]*/inline\\.tsv")
        func page() throws -> String {
            let (text, _) = try Self.page(Self.table)
            return temporary.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "INPUT")
        }
        let first = try page()
        #expect(first.contains("INPUT"))
        #expect(first == (try page()))
    }

    @Test("without positions from the renderer the viewer gets empty coordinates (it lays the nodes on a circle)")
    func noPositions() throws {
        let (page, _) = try Self.page(Self.table, renderer: EchoRenderer())
        let nodes = try #require(try Self.block(page, "coauthorship")["nodes"] as? [String: Any])
        #expect((nodes["x"] as? [Double])?.isEmpty == true)
    }
}
