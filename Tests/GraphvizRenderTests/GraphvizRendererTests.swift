import Foundation
import Testing

@testable import GraphvizRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A tiny undirected graph whose last node name needs XML escaping.
private let tinyGraph = #"graph G { a -- b; b -- c; "x \"quoted\" & <tag>" -- a }"#
private let trickyLabel = #"x "quoted" & <tag>"#

/// The text content of every SVG `<text>` element, after XML parsing.
/// Throws if `svg` is not well-formed XML.
private func svgTextContents(_ svg: Data) throws -> [String] {
    let document = try XMLDocument(data: svg, options: [])
    #expect(document.rootElement()?.localName == "svg")
    return try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
}

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    @Test("renders the tiny graph to well-formed, escaped SVG", arguments: [LayoutEngine.dot, .sfdp])
    func rendersSVG(engine: LayoutEngine) throws {
        let data = try GraphvizRenderer.render(dot: tinyGraph, engine: engine, format: .svg)
        let svg = try #require(String(data: data, encoding: .utf8))

        #expect(svg.contains("<svg"))
        #expect(svg.contains("</svg>"))
        // graphviz escapes the label itself; the raw characters must not leak into the markup.
        #expect(svg.contains("&amp;"))
        #expect(svg.contains("&lt;tag&gt;"))
        #expect(!svg.contains("<tag>"))

        let texts = try svgTextContents(data)
        for label in ["a", "b", "c", trickyLabel] {
            #expect(texts.contains(label), "missing node label \(label) in \(texts)")
        }
        #expect(texts.count == 4)
    }

    @Test(
        "every engine lays out the graph and every format has its signature",
        arguments: LayoutEngine.allCases)
    func everyEngineAndFormat(engine: LayoutEngine) throws {
        let svg = try GraphvizRenderer.render(dot: tinyGraph, engine: engine, format: .svg)
        #expect(String(decoding: svg.prefix(1024), as: UTF8.self).contains("<svg"))

        let png = try GraphvizRenderer.render(dot: tinyGraph, engine: engine, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        let pdf = try GraphvizRenderer.render(dot: tinyGraph, engine: engine, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")

        let laidOut = try GraphvizRenderer.render(dot: tinyGraph, engine: engine, format: .dot)
        let laidOutText = String(decoding: laidOut, as: UTF8.self)
        #expect(laidOutText.hasPrefix("graph G {"))
        #expect(laidOutText.contains("pos="))
        #expect(laidOutText.contains("bb="))
    }

    @Test("invalid DOT throws a parse error carrying graphviz's message")
    func invalidDOTThrows() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "graph { a -- }", engine: .dot, format: .svg)
        }
        #expect(error.kind == .parse)
        #expect(error.message.contains("syntax error"), "message was: \(error.message)")
        #expect(error.description.contains(error.message))

        // The parser must recover: a valid graph right after the failure still renders.
        let data = try GraphvizRenderer.render(dot: tinyGraph, engine: .dot, format: .svg)
        #expect(try svgTextContents(data).contains("a"))
    }

    @Test("text without a graph throws a parse error with a message")
    func emptyInputThrows() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "   ", engine: .dot, format: .svg)
        }
        #expect(error.kind == .parse)
        #expect(!error.message.isEmpty)
    }

    @Test(
        "rendering twice gives identical bytes",
        arguments: [LayoutEngine.dot, .sfdp], [RenderFormat.svg, .png, .dot])
    func deterministic(engine: LayoutEngine, format: RenderFormat) throws {
        let first = try GraphvizRenderer.render(dot: tinyGraph, engine: engine, format: format)
        let second = try GraphvizRenderer.render(dot: tinyGraph, engine: engine, format: format)
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test("concurrent renders from several tasks all succeed with the serial result")
    func concurrentRenders() async throws {
        let engines: [LayoutEngine] = [.dot, .sfdp, .neato, .fdp]
        var expected: [LayoutEngine: Data] = [:]
        for engine in engines {
            expected[engine] = try GraphvizRenderer.render(dot: tinyGraph, engine: engine)
        }

        let results = try await withThrowingTaskGroup(of: (LayoutEngine, Data).self) { group in
            for index in 0..<24 {
                let engine = engines[index % engines.count]
                group.addTask {
                    (engine, try GraphvizRenderer.render(dot: tinyGraph, engine: engine))
                }
            }
            var collected: [(LayoutEngine, Data)] = []
            for try await result in group { collected.append(result) }
            return collected
        }

        #expect(results.count == 24)
        for (engine, data) in results {
            #expect(data == expected[engine], "concurrent \(engine) render differs from serial one")
        }
    }

    @Test("reports the linked graphviz version")
    func version() {
        let version = GraphvizRenderer.version
        #expect(
            version.range(of: #"^\d+\.\d+"#, options: .regularExpression) != nil,
            "unexpected version \(version)")
    }

    @Test("PDFs are byte-identical between renders: cairo's creation date is fixed")
    func reproduciblePDF() throws {
        let first = try GraphvizRenderer.render(dot: tinyGraph, engine: .dot, format: .pdf)
        let text = String(decoding: first, as: UTF8.self)
        #expect(
            text.contains("/CreationDate (D:19700101000000")
                || ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil)
        #expect(try GraphvizRenderer.render(dot: tinyGraph, engine: .dot, format: .pdf) == first)
    }
}
