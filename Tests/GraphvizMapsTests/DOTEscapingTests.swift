import Foundation
import GraphvizMaps
import Testing

@testable import CiteGraph

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Names reach graphviz through `DOTString`; graphviz must draw them exactly as written (it substitutes `\N` even
/// inside HTML-like labels, which this test caught once).
@Suite("DOT escaping through graphviz")
struct DOTEscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "O\"Brien & Sons", "Back\\slash \\N Name", "]]> --> <!--",
        "=HYPERLINK(\"x\")", "bell\u{07}nul\u{0}", "Ünïcødé 李",
    ]

    @Test("DOT strings escape quotes and backslashes; graphviz shows the name as written", arguments: hostile)
    func dot(_ name: String) throws {
        let quoted = DOTString.quoted(name)
        let dot = "graph { n0 [label=\(quoted), tooltip=\(quoted)]; n1 [label=<\(DOTString.html(name))>]; n0 -- n1 }"
        let svg = try GraphvizMapRenderer().render(dot: dot, layout: .dot, format: .svg)
        let visible = name.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(String.init).joined()
        let texts = try SVGTexts.of(svg)
        #expect(
            texts.filter { $0 == visible }.count == 2,
            "graphviz did not draw \(name) as text: \(texts.map { Array($0.unicodeScalars) })")
    }

    /// Graphviz substitutes escapes in tooltips twice (`\\G` became the graph's name in the SVG tooltips).
    static let escapes = ["\\G \\E \\L \\N \\T \\H", "end\\", "Back\\slash \\\\G", "q\"uote \\n"]

    @Test("tooltips of nodes and edges show escape sequences as written", arguments: hostile + escapes)
    func tooltip(_ name: String) throws {
        let tip = DOTString.tooltip(name)
        let dot = "digraph Gname { n0 [label=\"a\", tooltip=\(tip)]; n0 -> n1 [tooltip=\(tip)] }"
        let svg = try GraphvizMapRenderer().render(dot: dot, layout: .dot, format: .svg)
        let visible = name.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(String.init).joined()
        let titles = try SVGTexts.of(svg, attribute: "xlink:title")
        #expect(titles == [visible, visible], "tooltips: \(titles.map { Array($0.unicodeScalars) })")
    }
}

/// The text of every `<text>` element of an SVG document, in document order (or the values of an attribute);
/// throws on malformed XML.
final class SVGTexts: NSObject, XMLParserDelegate {
    private var texts: [String] = []
    private var inText = false
    private var attribute: String?

    static func of(_ svg: Data, attribute: String? = nil) throws -> [String] {
        let parser = XMLParser(data: svg)
        let collector = SVGTexts()
        collector.attribute = attribute
        parser.delegate = collector
        guard parser.parse() else { throw CocoaError(.fileReadCorruptFile) }
        return collector.texts
    }

    func parser(
        _ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if let attribute {
            if let value = attributes[attribute] { texts.append(value) }
        } else if e == "text" {
            inText = true
            texts.append("")
        }
    }

    func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        if e == "text" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { texts[texts.count - 1] += string }
    }
}
