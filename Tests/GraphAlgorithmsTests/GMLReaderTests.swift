import Foundation
import Testing

@testable import GraphAlgorithms

@Suite struct GMLReaderTests {
    static let small = """
        Creator "Someone on a Friday"
        Version 1
        # a comment line
        graph
        [
          comment "a graph [with brackets] in a string"
          directed 0
          node
          [
            id 10
            label "SMITH, J"
            graphics [ x 1.5 y -2 fill "#ff0000" ]
          ]
          node [ id 20 label "Doe &amp; &quot;Jr&quot;" ]
          node [ id 30 ]
          edge [ source 10 target 20 value 0.5 ]
          edge [ source 20 target 30 weight 2 value 7 ]
          edge
          [
            source 30
            target 10
          ]
        ]
        """

    @Test func readsNodesLabelsAndWeights() {
        let file = GraphFileReader.parse(Self.small, format: .gml)
        #expect(file.format == .gml)
        #expect(file.issues.isEmpty)
        #expect(file.nodeIDs == ["10", "20", "30"])
        #expect(file.labels == ["SMITH, J", "Doe & \"Jr\"", nil])
        #expect(!file.graph.isDirected)
        #expect(file.graph.edgeCount == 3)
        #expect(file.testWeight("10", "20") == 0.5)
        #expect(file.testWeight("30", "20") == 2)  // weight wins over value
        #expect(file.testWeight("10", "30") == 1)
    }

    @Test func directedFlagWinsOverArgument() {
        let text = "graph [ directed 1 node [ id 1 ] node [ id 2 ] edge [ source 2 target 1 ] ]"
        let file = GraphFileReader.parse(text, format: .gml, directed: false)
        #expect(file.graph.isDirected)
        #expect(file.testWeight("2", "1") == 1)
        #expect(file.testWeight("1", "2") == nil)
        #expect(file.issues.count == 1)
        #expect(file.issues.first?.message.contains("argument was ignored") == true)

        let silent = GraphFileReader.parse("graph [ edge [ source 1 target 2 ] ]", format: .gml, directed: true)
        #expect(silent.graph.isDirected)
    }

    @Test func undeclaredNodesAreAddedAndReported() {
        let text = """
            graph [
              node [ id 1 label "one" ]
              edge [ source 1 target 2 ]
              edge [ source 2 target 3 ]
            ]
            """
        let file = GraphFileReader.parse(text, format: .gml)
        #expect(file.nodeIDs == ["1", "2", "3"])
        #expect(file.labels == ["one", nil, nil])
        #expect(file.graph.edgeCount == 2)
        #expect(file.issues.map(\.line) == [3, 4])
        #expect(file.issues.allSatisfy { $0.message.contains("undeclared node") })
    }

    @Test func malformedPartsAreReportedWithTheirLineAndTheRestIsRead() {
        let text = """
            graph [
              node [ id 1 ]
              node [ id 2 ]
              node [ label "no id" ]
              node [ id 3 ]
              edge [ source 1 ]
              edge [ source 1 target 2 weight 1.2.3 ]
              edge [ source 2 target 3 weight 4 ]
              edge [ source 3 target 1 weight "heavy" ]
              @@@
              node [ id 4 ]
              edge [ source 4 target 1 ]
            ]
            """
        let file = GraphFileReader.parse(text, format: .gml)
        #expect(file.nodeIDs == ["1", "2", "3", "4"])
        #expect(file.graph.edgeCount == 2)
        #expect(file.testWeight("2", "3") == 4)
        #expect(file.testWeight("4", "1") == 1)
        let lines = file.issues.map(\.line)
        #expect(lines == [4, 6, 7, 7, 9, 10])
        #expect(file.issues[0].message.contains("without an `id`"))
        #expect(file.issues[1].message.contains("without target"))
        #expect(file.issues[2].message.contains("invalid number \"1.2.3\""))
        #expect(file.issues[3].message.contains("edge skipped"))
        #expect(file.issues[5].message.contains("unexpected \"@@@\""))
    }

    @Test func unclosedListIsReportedOnce() {
        let text = "graph [\n  node [ id 1 ]\n  node [ id 2\n  edge [ source 1 target 2 ]\n"
        let file = GraphFileReader.parse(text, format: .gml)
        // The unclosed node list swallows the edge; the graph keeps what was complete.
        #expect(file.nodeIDs == ["1", "2"])
        #expect(file.issues.map(\.line) == [3])
        #expect(file.issues.first?.message.contains("not closed") == true)
    }

    @Test func multilineStringsKeepLineNumbersRight() {
        let text = "graph [\n node [ id 1 label \"two\nlines\" ]\n edge [ source 1 ]\n]"
        let file = GraphFileReader.parse(text, format: .gml)
        #expect(file.labels == ["two\nlines"])
        #expect(file.issues.map(\.line) == [4])
    }

    @Test func issuesComeInLineOrderAndLaterDeclarationsCount() {
        // Node 1 is declared after the edge that names it; node 2 never is.
        let text = "graph [\n edge [ source 1 target 2 ]\n @@\n node [ id 1 label \"one\" ]\n]"
        let file = GraphFileReader.parse(text, format: .gml)
        #expect(file.nodeIDs == ["1", "2"])
        #expect(file.labels == ["one", nil])
        #expect(file.issues.map(\.line) == [2, 3])
        #expect(file.issues.first?.message.contains("undeclared node id 2") == true)
    }

    @Test func duplicateNodeIDIsReported() {
        let text = "graph [\nnode [ id 1 label \"a\" ]\nnode [ id 1 label \"b\" ]\n]"
        let file = GraphFileReader.parse(text, format: .gml)
        #expect(file.labels == ["a"])
        #expect(file.issues.map(\.line) == [3])
    }

    @Test func textWithoutGraphListIsNotGML() throws {
        let file = GraphFileReader.parse("1 2\n2 3\n", format: .gml)
        #expect(file.graph.nodeCount == 0)
        #expect(file.issues.last?.message.contains("no `graph") == true)
    }
}
