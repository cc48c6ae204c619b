import Foundation
import Testing

@testable import GraphAlgorithms

extension GraphFile {
    /// The node whose file id is `id`.
    func testNode(_ id: String) -> Int? { nodeIDs.firstIndex(of: id) }

    /// The weight of the edge (arc) between the nodes with file ids `a` and `b`.
    func testWeight(_ a: String, _ b: String) -> Double? {
        guard let u = testNode(a), let v = testNode(b) else { return nil }
        return graph.weight(u, v)
    }
}

/// A scratch directory removed when the value goes away.
final class GraphFileScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("graphfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

@Suite struct GraphFileReaderTests {
    /// Fixtures/graphs/cond-mat.gml (Newman): networkx 3.6.1 gives 16,726 nodes, 47,594 edges, total `value`
    /// 27209.496284299425, node 4473 "UCHIDA, S" of degree 107.
    @Test func newmanCondMat() throws {
        let url = try #require(
            Bundle.module.url(forResource: "graphs/cond-mat", withExtension: "gml", subdirectory: "Fixtures"))
        let file = try GraphFileReader.read(path: url.path)
        #expect(file.format == .gml)
        #expect(file.issues.isEmpty)
        #expect(!file.graph.isDirected)
        #expect(file.graph.nodeCount == 16_726)
        #expect(file.graph.edgeCount == 47_594)
        #expect(abs(file.graph.totalWeight - 27_209.496284299425) < 1e-6)  // networkx 3.6.1, sum of `value`
        #expect(Array(file.nodeIDs.prefix(3)) == ["0", "1", "2"])
        #expect(file.labels[0] == "RADZIHOVSKY, L")
        let uchida = try #require(file.testNode("4473"))
        #expect(file.labels[uchida] == "UCHIDA, S")
        #expect(file.graph.degree(uchida) == 107)
        #expect(file.testWeight("0", "189") == 6.33333)
        #expect(file.graph.degree(0) == 15)  // networkx 3.6.1
    }

    @Test func detectsFromContentThenExtension() {
        #expect(GraphFileReader.detect(path: "g.txt", text: "<?xml version=\"1.0\"?><graphml/>") == .graphml)
        #expect(GraphFileReader.detect(path: "g.txt", text: "\n% pajek\n*Vertices 3\n") == .pajek)
        #expect(GraphFileReader.detect(path: "g.txt", text: "*Arcs\n1 2\n") == .pajek)
        #expect(GraphFileReader.detect(path: "g.txt", text: "Creator \"x\"\ngraph\n[\n node [ id 1 ] ]") == .gml)
        #expect(GraphFileReader.detect(path: "g", text: "# comment\ngraph [ ]") == .gml)
        #expect(GraphFileReader.detect(path: "g.gml", text: "") == .gml)
        #expect(GraphFileReader.detect(path: "dir/g.GraphML", text: "") == .graphml)
        #expect(GraphFileReader.detect(path: "g.net", text: "") == .pajek)
        #expect(GraphFileReader.detect(path: "g.net", text: "1 2\n") == .pajek)
        #expect(
            GraphFileReader.detect(path: "edges.tsv", text: "author_i\tauthor_j\tjoint_papers\nA1\tA2\t1\n")
                == .edgelist)
        #expect(GraphFileReader.detect(path: "graph.txt", text: "1 2\n# graph [\n") == .edgelist)
        #expect(GraphFileReader.detect(path: "x", text: "") == .edgelist)
    }

    @Test func readDispatchesOnDetectedFormat() throws {
        let dir = try GraphFileScratchDirectory()
        let gml = try dir.write(
            "a.txt", "graph [ node [ id 5 label \"five\" ] node [ id 6 ] edge [ source 5 target 6 ] ]")
        let pajek = try dir.write("b.dat", "*Vertices 2\n1 \"one\"\n*Arcs\n1 2 3\n")
        let graphml = try dir.write(
            "c",
            "<graphml><graph edgedefault=\"undirected\"><node id=\"x\"/><node id=\"y\"/><edge source=\"x\" target=\"y\"/></graph></graphml>"
        )
        let edges = try dir.write("edges.txt", "# undirected\r\n1 2 4\r\n2 3\r\n")

        let g = try GraphFileReader.read(path: gml)
        #expect(g.format == .gml && g.labels == ["five", nil] && g.graph.edgeCount == 1)
        let p = try GraphFileReader.read(path: pajek)
        #expect(p.format == .pajek && p.graph.isDirected && p.testWeight("1", "2") == 3)
        let x = try GraphFileReader.read(path: graphml)
        #expect(x.format == .graphml && x.nodeIDs == ["x", "y"])
        let k = try GraphFileReader.read(path: edges)
        #expect(k.format == .edgelist && k.graph.nodeCount == 3 && k.graph.edgeCount == 2 && k.graph.totalWeight == 5)
        #expect(k.issues.isEmpty)

        // An explicit format wins over detection; the directed argument applies when the file is silent.
        let forced = try GraphFileReader.read(path: gml, format: .edgelist, directed: true)
        #expect(forced.format == .edgelist)
        #expect(forced.graph.isDirected)
    }

    @Test func readThrowsForUnreadableFiles() throws {
        let dir = try GraphFileScratchDirectory()
        #expect(throws: GraphFileError.self) {
            try GraphFileReader.read(path: dir.url.appendingPathComponent("missing.gml").path)
        }
        do {
            _ = try GraphFileReader.read(path: dir.url.appendingPathComponent("missing.txt").path)
            Issue.record("expected an error")
        } catch let error as GraphFileError {
            guard case .unreadable = error else {
                Issue.record("wrong error \(error)")
                return
            }
        }
    }

    @Test func readThrowsWhenTheFileIsNotThatFormatAtAll() throws {
        let dir = try GraphFileScratchDirectory()
        let edges = try dir.write("e.txt", "1 2\n2 3\n")
        let bomb = try dir.write(
            "bomb.graphml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n<graphml>&b;</graphml>\n"
        )
        let garbage = try dir.write("g.txt", "just\none\ncolumn\n")
        for (path, format) in [
            (edges, GraphFileFormat.gml), (edges, .pajek), (edges, .graphml), (bomb, .graphml),
            (garbage, .edgelist),
        ] {
            do {
                _ = try GraphFileReader.read(path: path, format: format)
                Issue.record("expected \(path) as \(format) to be refused")
            } catch let error as GraphFileError {
                guard case let .notFormat(_, f, _) = error else {
                    Issue.record("wrong error \(error)")
                    continue
                }
                #expect(f == format)
            }
        }
        // Detection of the bomb by content, too.
        #expect(throws: GraphFileError.self) { try GraphFileReader.read(path: bomb) }
    }

    @Test func issueDescriptionNamesTheLine() {
        #expect(GraphFileIssue(line: 3, message: "bad").description == "line 3: bad")
        #expect(GraphFileIssue(line: 0, message: "2 self-loops dropped").description == "2 self-loops dropped")
    }

    @Test func locatedIssuesAreCapped() {
        let text = String(repeating: "x\n", count: IssueLog.locatedLimit + 5) + "1 2\n"
        let file = GraphFileReader.parse(text, format: .edgelist)
        #expect(file.graph.edgeCount == 1)
        // The located issues, the count of the rest, and the finding that this is not an edge list.
        #expect(file.issues.count == IssueLog.locatedLimit + 2)
        #expect(file.issues[IssueLog.locatedLimit].message.hasPrefix("5 more problems"))
        #expect(file.issues.last?.message.contains("data lines are not `u v [weight]` lines") == true)
    }

    @Test func formatsRoundTripTheirRawValues() {
        #expect(GraphFileFormat.allCases.map(\.rawValue) == ["gml", "graphml", "pajek", "edgelist"])
    }
}
