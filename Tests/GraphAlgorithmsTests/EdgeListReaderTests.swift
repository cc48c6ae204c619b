import Foundation
import Testing

@testable import GraphAlgorithms

@Suite struct EdgeListReaderTests {
    @Test func readsWeightsCommentsAndFirstSeenOrder() {
        let text = """
            # a comment
            % another comment

            b\ta\t2.5
            a   c
            c,d,3
            d e 1e1 # trailing comment
            """
        let file = GraphFileReader.parse(text, format: .edgelist)
        #expect(file.format == .edgelist)
        #expect(file.issues.isEmpty)
        #expect(file.nodeIDs == ["b", "a", "c", "d", "e"])
        #expect(file.labels == [nil, nil, nil, nil, nil])
        #expect(!file.graph.isDirected)
        #expect(file.graph.nodeCount == 5)
        #expect(file.graph.edgeCount == 4)
        #expect(file.testWeight("a", "b") == 2.5)
        #expect(file.testWeight("a", "c") == 1)
        #expect(file.testWeight("d", "c") == 3)
        #expect(file.testWeight("d", "e") == 10)
    }

    @Test func nodeIDsAreTokensAsWritten() {
        let file = GraphFileReader.parse("007 7\n7 0007\n", format: .edgelist)
        #expect(file.nodeIDs == ["007", "7", "0007"])
        #expect(file.graph.edgeCount == 2)
    }

    @Test func malformedLinesAreReportedWithTheirLineAndSkipped() {
        let text = """
            1 2 3
            lonely
            2 3 heavy
            3 4 2

            4 5
            """
        let file = GraphFileReader.parse(text, format: .edgelist)
        #expect(file.issues.map(\.line) == [2, 3])
        #expect(file.issues[0].message.contains("one column"))
        #expect(file.issues[1].message.contains("\"heavy\" is not a number"))
        #expect(file.graph.edgeCount == 3)
        #expect(file.testWeight("1", "2") == 3)
        #expect(file.testWeight("3", "4") == 2)
        #expect(file.testWeight("4", "5") == 1)
        #expect(file.testWeight("2", "3") == nil)
        #expect(file.testNode("lonely") == nil)
    }

    @Test func bothDirectionsAreOneUndirectedEdgeWithSummedWeight() {
        // SNAP style: every edge listed both ways, plus one repeated line and a self-loop.
        let text = "1\t2\n2\t1\n2\t3\n3\t2\n1\t3\n1\t3\n3\t3\n"
        let file = GraphFileReader.parse(text, format: .edgelist)
        #expect(file.graph.edgeCount == 3)
        #expect(file.testWeight("1", "2") == 2)
        #expect(file.testWeight("2", "3") == 2)
        #expect(file.testWeight("1", "3") == 2)
        let messages = file.issues.map(\.message)
        #expect(messages.contains("2 edges listed in both directions were merged (weights summed)"))
        #expect(messages.contains("1 repeated edge merged (weights summed)"))
        #expect(messages.contains("1 self-loop dropped"))
        #expect(file.issues.allSatisfy { $0.line == 0 })
    }

    @Test func directedArgumentKeepsBothDirections() {
        let file = GraphFileReader.parse("1 2 4\n2 1 5\n", format: .edgelist, directed: true)
        #expect(file.graph.isDirected)
        #expect(file.graph.edgeCount == 2)
        #expect(file.testWeight("1", "2") == 4)
        #expect(file.testWeight("2", "1") == 5)
        #expect(file.issues.isEmpty)
    }

    @Test func selfLoopsAreCountedOnce() {
        let file = GraphFileReader.parse("1 1\n1 2\n2 2\n3 3\n", format: .edgelist)
        #expect(file.graph.nodeCount == 3)
        #expect(file.graph.edgeCount == 1)
        #expect(file.issues == [GraphFileIssue(line: 0, message: "3 self-loops dropped")])
    }

    @Test func columnHeaderIsReportedAndSkipped() {
        let generated = GraphFileReader.parse("author_i\tauthor_j\tjoint_papers\nA1\tA2\t3\n", format: .edgelist)
        #expect(generated.issues.count == 1)
        #expect(generated.issues.first?.line == 1)
        #expect(generated.issues.first?.message.contains("column header") == true)
        #expect(generated.nodeIDs == ["A1", "A2"])
        #expect(generated.testWeight("A1", "A2") == 3)

        let twoColumns = GraphFileReader.parse("source target\n1 2\n2 3\n", format: .edgelist)
        #expect(twoColumns.issues.map(\.line) == [1])
        #expect(twoColumns.nodeIDs == ["1", "2", "3"])

        // Names all the way down: the first line is an edge.
        let names = GraphFileReader.parse("alice bob\ncarol bob\n", format: .edgelist)
        #expect(names.issues.isEmpty)
        #expect(names.graph.edgeCount == 2)
        #expect(names.nodeIDs == ["alice", "bob", "carol"])
    }

    @Test func extraColumnsAreNotedOnce() {
        let file = GraphFileReader.parse("1 2 1 1999\n2 3 2 2001\n", format: .edgelist)
        #expect(file.graph.edgeCount == 2)
        #expect(
            file.issues.map(\.message) == ["2 lines have more than 3 columns; columns after the third were ignored"])
    }

    @Test func crlfAndByteOrderMark() {
        let file = GraphFileReader.parse("\u{FEFF}1 2 2\r\n2 3\r\n", format: .edgelist)
        #expect(file.issues.isEmpty)
        #expect(file.nodeIDs == ["1", "2", "3"])
        #expect(file.testWeight("1", "2") == 2)
    }

    /// Fixtures/graphs/karate.txt: byte copy of karate-zachary/zachary.txt (CRLF); networkx 3.6.1: 34 nodes,
    /// 78 edges, total weight 231, degree(34) = 17, degree(1) = 16.
    @Test func karateClub() throws {
        let url = try #require(
            Bundle.module.url(forResource: "graphs/karate", withExtension: "txt", subdirectory: "Fixtures"))
        let file = try GraphFileReader.read(path: url.path)
        #expect(file.format == .edgelist)
        #expect(file.issues.isEmpty)
        #expect(!file.graph.isDirected)
        #expect(file.graph.nodeCount == 34)
        #expect(file.graph.edgeCount == 78)
        #expect(file.graph.totalWeight == 231)
        #expect(file.testNode("34").map(file.graph.degree) == 17)
        #expect(file.testNode("1").map(file.graph.degree) == 16)
        #expect(file.testWeight("1", "2") == 4)
        #expect(file.testWeight("33", "34") == 5)
        #expect(Array(file.nodeIDs.prefix(3)) == ["1", "2", "3"])
        #expect(file.labels.allSatisfy { $0 == nil })
    }

    @Test func emptyAndCommentOnlyTextGivesAnEmptyGraph() {
        let file = GraphFileReader.parse("# nothing\n\n", format: .edgelist)
        #expect(file.graph.nodeCount == 0)
        #expect(file.issues.isEmpty)
        #expect(GraphFileReader.parse("", format: .edgelist).graph.nodeCount == 0)
    }

    @Test func aLeadingPairOfCountsIsAHeaderWhenThatManyLinesFollow() {
        let header = GraphFileReader.parse("5 3\n1 2\n2 3\n3 4\n", format: .edgelist)
        #expect(header.graph.edgeCount == 3)
        #expect(header.testNode("5") == nil)
        #expect(header.issues.map(\.line) == [1])
        #expect(header.issues.first?.message.contains("header of counts") == true)
        // Two lines follow, not 3: the first line is an edge.
        let edge = GraphFileReader.parse("5 3\n1 2\n# comment\n2 3\n", format: .edgelist)
        #expect(edge.graph.edgeCount == 3)
        #expect(edge.testWeight("5", "3") == 1)
        #expect(edge.issues.isEmpty)
    }

    @Test func theCAGrQcHeaderIsReportedNotReadAsAnEdge() throws {
        let path = "/work/shared/data/snap-ca-grqc/CA-GrQc.txt"
        try #require(FileManager.default.fileExists(atPath: path), "needs ../shared/data")
        let file = try GraphFileReader.read(path: path)
        #expect(
            file.issues.first
                == GraphFileIssue(
                    line: 1,
                    message:
                        "5242 28980 read as a header of counts (28980 data lines follow), not as an edge; line skipped")
        )
        #expect(file.graph.nodeCount == 5242)
        #expect(file.graph.edgeCount == 14484)  // 14496 minus the 12 self-loops, which are dropped
    }

    @Test func aFileOfMostlyUnreadableLinesIsNotAnEdgeList() {
        let bibtex = """
            @article{key,
              title = {A title},
              author = {Ada Lovelace and Charles Babbage},
              year = 1843,
            }
            """
        let outcome = Bytes.withUTF8(bibtex) { p, n in GraphFileReader.parse(p, n, format: .edgelist, directed: nil) }
        #expect(outcome.fatal?.contains("4 of 5 data lines are not `u v [weight]` lines") == true)
    }
}
