import Foundation
import Testing

@testable import GraphAlgorithms

@Suite struct GraphMLReaderTests {
    /// Test-side GraphML writer, for the round trip.
    static func graphML(_ graph: CSRGraph, ids: [String], labels: [String?]) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="label" attr.type="string"/>
              <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="G" edgedefault="\(graph.isDirected ? "directed" : "undirected")">

            """
        for (k, id) in ids.enumerated() {
            out += "    <node id=\"\(escape(id))\">"
            if let label = labels[k] { out += "<data key=\"d0\">\(escape(label))</data>" }
            out += "</node>\n"
        }
        for u in 0..<graph.nodeCount {
            for i in graph.neighborRange(u) where graph.isDirected || Int(graph.targets[i]) > u {
                out += "    <edge source=\"\(escape(ids[u]))\" target=\"\(escape(ids[Int(graph.targets[i])]))\">"
                out += "<data key=\"d1\">\(graph.weights[i])</data></edge>\n"
            }
        }
        return out + "  </graph>\n</graphml>\n"
    }

    @Test(arguments: [false, true])
    func roundTripOfThreeNodes(directed: Bool) {
        var builder = GraphBuilder(nodeCount: 3, directed: directed)
        builder.addEdge(0, 1, weight: 2.5)
        builder.addEdge(1, 2, weight: 1)
        builder.addEdge(2, 0, weight: 0.125)
        let graph = builder.build()
        let ids = ["n0", "n1", "a&b"]
        let labels: [String?] = ["Smith, J", nil, "<Doe>"]
        let text = Self.graphML(graph, ids: ids, labels: labels)

        let file = GraphFileReader.parse(text, format: .graphml)
        #expect(file.issues.isEmpty)
        #expect(file.format == .graphml)
        #expect(Array(file.nodeIDs) == ids)
        #expect(Array(file.labels) == labels)
        #expect(file.graph.isDirected == directed)
        #expect(file.graph.edgeCount == 3)
        #expect(file.graph.offsets == graph.offsets)
        #expect(file.graph.targets == graph.targets)
        #expect(file.graph.weights == graph.weights)
    }

    @Test func keysDefaultsValueAndNameFallbacks() {
        let text = """
            <graphml>
              <key id="w" for="edge" attr.name="value"><default>3</default></key>
              <key id="nm" for="node" attr.name="name"/>
              <key id="other" for="edge" attr.name="color"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="nm">Alice</data></node>
                <node id="b"/>
                <edge source="a" target="b"><data key="other">red</data></edge>
                <edge source="b" target="c"><data key="w"> 0.5 </data></edge>
              </graph>
            </graphml>
            """
        let file = GraphFileReader.parse(text, format: .graphml)
        #expect(file.nodeIDs == ["a", "b", "c"])
        #expect(file.labels == ["Alice", nil, nil])
        #expect(file.testWeight("a", "b") == 3)
        #expect(file.testWeight("b", "c") == 0.5)
        #expect(file.issues.map(\.line) == [9])
        #expect(file.issues.first?.message.contains("undeclared node \"c\"") == true)
    }

    @Test func edgeDefaultWinsAndPerEdgeDirectedIsIgnoredWithANotice() {
        let text = """
            <graphml><graph edgedefault="directed">
              <node id="1"/><node id="2"/>
              <edge source="1" target="2" directed="false"/>
              <edge source="2" target="1" directed="true"/>
            </graph></graphml>
            """
        let file = GraphFileReader.parse(text, format: .graphml, directed: false)
        #expect(file.graph.isDirected)
        #expect(file.graph.edgeCount == 2)
        let messages = file.issues.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("argument was ignored") })
        #expect(messages.contains { $0.hasPrefix("1 edge has a `directed` attribute") })

        let silent = GraphFileReader.parse(
            "<graphml><graph><edge source=\"x\" target=\"y\"/></graph></graphml>",
            format: .graphml, directed: true)
        #expect(silent.graph.isDirected)
    }

    @Test func malformedEdgesAreReportedWithTheirLineAndTheRestIsRead() {
        let text = """
            <?xml version="1.0"?>
            <graphml>
              <key id="w" for="edge" attr.name="weight"/>
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><node id="c"/>
                <edge source="a"/>
                <edge source="a" target="b"><data key="w">heavy</data></edge>
                <edge source="b" target="c"><data key="w">2</data></edge>
              </graph>
            </graphml>
            """
        let file = GraphFileReader.parse(text, format: .graphml)
        #expect(file.graph.nodeCount == 3)
        #expect(file.graph.edgeCount == 1)
        #expect(file.testWeight("b", "c") == 2)
        #expect(file.issues.map(\.line) == [6, 7])
        #expect(file.issues[1].message.contains("\"heavy\" is not a number"))
    }

    @Test func brokenXMLKeepsWhatWasReadAndSaysWhere() {
        let text =
            "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"b\"/>\n<edge source=\"a\" target=\"b\">\n<oops></graph>\n</graphml>"
        let file = GraphFileReader.parse(text, format: .graphml)
        #expect(file.nodeIDs == ["a", "b"])
        #expect(file.graph.edgeCount == 1)
        #expect(file.issues.count == 1)
        #expect(file.issues.first?.line == 5)
        #expect(file.issues.first?.message.contains("XML error") == true)
    }

    @Test func entityExpansionIsRefusedWithoutExpanding() {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!ENTITY lol \"lol\">\n"
        for level in 1...12 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            bomb += "  <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        bomb += "]>\n<graphml><graph><node id=\"&lol12;\"/></graph></graphml>\n"
        let file = GraphFileReader.parse(bomb, format: .graphml)
        #expect(file.graph.nodeCount == 0)
        #expect(file.issues.count == 1)
        #expect(file.issues.first?.line == 3)
        #expect(file.issues.first?.message.contains("ENTITY") == true)
    }

    @Test func externalDTDIsNotFetched() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "/nonexistent/graphml.dtd">
            <graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>
            """
        let file = GraphFileReader.parse(text, format: .graphml)
        #expect(file.graph.edgeCount == 1)
        #expect(file.issues.isEmpty)
    }

    @Test func yEdLabelsAndNamespacePrefixes() {
        let text = """
            <graphml xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d6" for="node" yfiles.type="nodegraphics"/>
              <graph edgedefault="directed">
                <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel> Hub </y:NodeLabel></y:ShapeNode></data></node>
                <node id="n1"/>
                <edge source="n0" target="n1"/>
              </graph>
            </graphml>
            """
        let file = GraphFileReader.parse(text, format: .graphml)
        #expect(file.labels == ["Hub", nil])
        #expect(file.graph.isDirected)
        #expect(file.issues.isEmpty)
    }

    @Test func otherXMLIsNotGraphML() {
        let file = GraphFileReader.parse("<dblp><article/></dblp>", format: .graphml)
        #expect(file.graph.nodeCount == 0)
        #expect(file.issues.first?.message.contains("not <graphml>") == true)
        let notXML = GraphFileReader.parse("1 2\n", format: .graphml)
        #expect(notXML.issues.first?.message.contains("not XML") == true)
    }
}
