import Foundation
import Testing

@testable import GraphAlgorithms

@Suite struct PajekReaderTests {
    @Test func verticesEdgesAndArcs() {
        let text = """
            % written by hand
            *Network test
            *Vertices 4
            1 "Smith, John" 0.1 0.2 0.5
            2 "Doe" ic Red
            4 Plain
            *Edges
            1 2 2.5
            2 3
            *Arcs
            3 4 7 c Blue
            4 1 c Blue
            """
        let file = GraphFileReader.parse(text, format: .pajek)
        #expect(file.format == .pajek)
        #expect(file.nodeIDs == ["1", "2", "3", "4"])
        #expect(file.labels == ["Smith, John", "Doe", nil, "Plain"])
        #expect(file.graph.isDirected)
        // Edges become two arcs in a directed file.
        #expect(file.graph.edgeCount == 6)
        #expect(file.testWeight("1", "2") == 2.5)
        #expect(file.testWeight("2", "1") == 2.5)
        #expect(file.testWeight("3", "2") == 1)
        #expect(file.testWeight("3", "4") == 7)
        #expect(file.testWeight("4", "3") == nil)
        #expect(file.testWeight("4", "1") == 1)
        #expect(
            file.issues.map(\.message) == [
                "the file has both *Edges and *Arcs: read as directed, each edge as two opposite arcs"
            ])
    }

    @Test func edgesOnlyIsUndirectedEvenIfAskedOtherwise() {
        let text = "*Vertices 3\n*Edges\n1 2\n2 1 3\n"
        let file = GraphFileReader.parse(text, format: .pajek, directed: true)
        #expect(!file.graph.isDirected)
        #expect(file.graph.nodeCount == 3)
        #expect(file.labels == [nil, nil, nil])
        #expect(file.testWeight("1", "2") == 4)
        #expect(file.issues.map(\.message).contains("1 edges listed in both directions were merged (weights summed)"))
        #expect(file.issues.map(\.message).contains { $0.contains("argument was ignored") })
    }

    @Test func adjacencyLists() {
        let text = "*vertices 5\n*edgeslist\n1 2 3 4\n5 1\n*ARCSLIST\n2 5\n"
        let file = GraphFileReader.parse(text, format: .pajek)
        #expect(file.graph.isDirected)
        #expect(file.graph.edgeCount == 4 * 2 + 1)
        #expect(file.testWeight("1", "4") == 1)
        #expect(file.testWeight("4", "1") == 1)
        #expect(file.testWeight("2", "5") == 1)
        #expect(file.testWeight("5", "2") == nil)

        let undirected = GraphFileReader.parse("*Vertices 3\n*Edgeslist\n1 2 3\n", format: .pajek)
        #expect(!undirected.graph.isDirected)
        #expect(undirected.graph.edgeCount == 2)
    }

    @Test func malformedLinesAreReportedWithTheirLineAndTheRestIsRead() {
        let text = """
            *Vertices 3
            1 "a"
            x "bad vertex"
            *Edges
            1 2 heavy
            1
            2 3 2
            0 1
            3 5
            """
        let file = GraphFileReader.parse(text, format: .pajek)
        #expect(file.issues.map(\.line) == [3, 5, 6, 8, 9])
        #expect(file.issues[1].message.contains("\"heavy\" is not a number"))
        #expect(file.issues[4].message.contains("beyond *Vertices 3"))
        #expect(file.nodeIDs == ["1", "2", "3", "5"])
        #expect(file.graph.edgeCount == 2)
        #expect(file.testWeight("2", "3") == 2)
        #expect(file.testWeight("3", "5") == 1)
    }

    @Test func isolatedVerticesAndSecondNetwork() {
        let text = "*Vertices 4\n*Arcs\n1 2\n*Network second\n*Vertices 2\n*Arcs\n1 2\n"
        let file = GraphFileReader.parse(text, format: .pajek)
        #expect(file.graph.nodeCount == 4)
        #expect(file.graph.edgeCount == 1)
        #expect(file.issues.map(\.line) == [4])
    }

    @Test func noSectionIsNotPajek() {
        let file = GraphFileReader.parse("1 2\n2 3\n", format: .pajek)
        #expect(file.graph.nodeCount == 0)
        #expect(file.issues.first?.message.contains("no *Vertices") == true)
    }

    @Test func declaredVerticesAreNumberedWithoutStoringANamePerVertex() {
        let text = "*Vertices 1000000\n3 \"three\"\n*Edges\n1 2\n1000000 1000002\n"
        let file = GraphFileReader.parse(text, format: .pajek)
        #expect(file.graph.nodeCount == 1_000_001)
        // The declared vertices are implicit; only the added vertex 1000002 is stored.
        #expect(file.nodeIDs.numbered == 1_000_000)
        #expect(file.nodeIDs[0] == "1" && file.nodeIDs[999_999] == "1000000" && file.nodeIDs[1_000_000] == "1000002")
        #expect(file.labels[2] == "three" && file.labels[0] == nil && file.labels.count == 1_000_001)
        #expect(file.testNode("1000002") == 1_000_000)
    }
}
