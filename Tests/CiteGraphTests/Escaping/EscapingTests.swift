import Foundation
import Testing

@testable import CiteGraph

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Escaping")
struct EscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "O\"Brien & Sons", "Back\\slash \\N Name", "]]> --> <!--",
        "=HYPERLINK(\"x\")", "tab\tnew\nline", "bell\u{07}nul\u{0}", "Ünïcødé 李",
    ]

    @Test("XML text keeps every character as text and stays well-formed", arguments: hostile)
    func xml(_ name: String) throws {
        let doc = "<?xml version=\"1.0\"?><r a=\"\(XMLText.escape(name))\">\(XMLText.escape(name))</r>"
        let parsed = try XMLDocumentParser.parse(doc)
        let expected = String(
            String.UnicodeScalarView(name.unicodeScalars.map { XMLText.allowed($0) ? $0 : "\u{FFFD}" }))
        // XML normalizes attribute whitespace; the element text is exact.
        #expect(parsed.text == expected.replacingOccurrences(of: "\r", with: "\n"))
        #expect(!XMLText.escape(name).contains("<"))
    }

    @Test("CSV fields follow RFC 4180 and never start a formula")
    func csv() {
        #expect(CSVField.escape("plain") == "plain")
        #expect(CSVField.escape("a,b") == "\"a,b\"")
        #expect(CSVField.escape("O\"Brien") == "\"O\"\"Brien\"")
        #expect(CSVField.escape("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.escape("=1+1") == "'=1+1")
        #expect(CSVField.escape("-3") == "-3")
        #expect(CSVField.escape("@user") == "'@user")
        #expect(CSVField.row(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    @Test("Markdown neutralizes HTML and inline markup")
    func markdown() {
        #expect(MarkdownText.escape("<script>") == "&lt;script>")
        #expect(MarkdownText.escape("a|b") == "a\\|b")
        #expect(MarkdownText.escape("*x* _y_ [z]") == "\\*x\\* \\_y\\_ \\[z\\]")
        #expect(MarkdownText.escape("two\nlines") == "two lines")
        #expect(MarkdownText.escape("R&D") == "R&amp;D")
    }

    @Test("A Markdown code block keeps lines literally; its fence outlasts any run of backticks")
    func markdownCodeBlock() {
        #expect(MarkdownText.codeBlock(["a\tb", "<c>"]) == "```\na\tb\n<c>\n```\n")
        #expect(MarkdownText.codeBlock(["```", "x ````` y"]) == "``````\n```\nx ````` y\n``````\n")
        #expect(MarkdownText.codeBlock(["one\ntwo"]) == "```\none two\n```\n")
    }
}

/// Parses an XML document with Foundation's parser and returns the text content of the root; throws on any
/// well-formedness error.
enum XMLDocumentParser {
    final class Collector: NSObject, XMLParserDelegate {
        var depth = 0
        var text = ""
        func parser(
            _ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
        }
        func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if depth == 1 { text += string }
        }
    }

    struct Failure: Error { var message: String }

    static func parse(_ text: String) throws -> Collector {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw Failure(message: parser.parserError.map { "\($0)" } ?? "invalid XML") }
        return collector
    }
}
