import Foundation
import Testing

/// GraphML validated against the GraphML structure schema with xmllint, and GraphML/GEXF opened by networkx and
/// igraph (scripts/tests/read_exports.py in `.venv-test`, which `make test-deps` creates) with typed attributes
/// and, in GEXF, the map's colors and sizes.
@Suite(.serialized) struct ExportSchemaTests {
    static let schema = CLI.repositoryRoot.appendingPathComponent(
        "Tests/CLITests/Fixtures/schemas/graphml-structure.xsd")
    static let python = CLI.repositoryRoot.appendingPathComponent(".venv-test/bin/python")

    static func xmllint(_ file: URL) throws -> CLI.Result {
        try CLI.run(URL(fileURLWithPath: "/usr/bin/xmllint"), ["--noout", "--schema", schema.path, file.path])
    }

    @Test func graphMLValidatesAgainstTheSchema() throws {
        let (r, dir) = try AnalyzeTests.analyze(["Tests/CLITests/Fixtures/small.tsv", "--quiet"])
        #expect(r.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".graphml") }
        #expect(files.count == 5)
        for name in files {
            let check = try Self.xmllint(dir.appendingPathComponent(name))
            #expect(check.status == 0, "\(name): \(check.stderr)")
        }
    }

    /// The schema catches what this suite is for: a key id declared twice (what CiteGraph wrote before).
    @Test func schemaRefusesADuplicateKeyID() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dup.graphml")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="papers" for="node" attr.name="papers" attr.type="int"/>
          <key id="papers" for="edge" attr.name="papers" attr.type="string"/>
          <graph edgedefault="undirected"><node id="n0"/><node id="n1"/><edge source="n0" target="n1"/></graph>
        </graphml>
        """.write(to: file, atomically: true, encoding: .utf8)
        let check = try Self.xmllint(file)
        #expect(check.status != 0)
        #expect(check.stderr.contains("Duplicate key-sequence"))
    }

    @Test func networkxAndIgraphReadTypedAttributesAndGEXFLooks() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.python.path), "run `make test-deps` first")
        let (r, dir) = try AnalyzeTests.analyze(["Tests/CLITests/Fixtures/small.tsv", "--quiet"])
        #expect(r.status == 0)
        let read = try CLI.run(Self.python, ["scripts/tests/read_exports.py", dir.path])
        #expect(read.status == 0, "\(read.stderr)")
        let seen = try CLI.json(read.stdout)
        let report = try CLI.json(file: dir.appendingPathComponent("report.json"))
        let networks = try #require(report["networks"] as? [String: [String: Any]])
        let graphml = try #require(seen["graphml"] as? [String: [String: Any]])
        let gexf = try #require(seen["gexf"] as? [String: [String: Any]])
        for (name, expected) in networks {
            let g = try #require(graphml[name], "\(name).graphml")
            #expect(g["nodes"] as? Int == expected["nodes"] as? Int && g["igraphNodes"] as? Int == g["nodes"] as? Int)
            #expect(g["edges"] as? Int == expected["edges"] as? Int && g["igraphEdges"] as? Int == g["edges"] as? Int)
            let types = try #require(g["nodeTypes"] as? [String: [String]])
            #expect(types["label"] == ["str"])
            for key in ["degree", "coreness", "community"] { #expect(types[key] == ["int"], "\(name) \(key)") }
            for key in ["strength", "pagerank", "eigenvector", "clustering"] {
                #expect(types[key] == ["float"], "\(name) \(key)")
            }
            let edgeTypes = try #require(g["edgeTypes"] as? [String: [String]])
            #expect(edgeTypes["weight"] == ["float"])
            let x = try #require(gexf[name], "\(name).gexf")
            #expect(x["withColor"] as? Int == expected["nodes"] as? Int)
            #expect(x["withSize"] as? Int == expected["nodes"] as? Int)
            // The small fixture's maps draw every node, so every node has the map's position.
            #expect(x["withPosition"] as? Int == expected["nodes"] as? Int)
        }
        let co = try #require(graphml["coauthorship"])
        let coTypes = try #require(co["nodeTypes"] as? [String: [String]])
        #expect(coTypes["papers"] == ["int"])
        #expect((co["edgeTypes"] as? [String: [String]])?["papers"] == ["str"])
        // GEXF colors are the map's community colors: the coauthorship communities of report.json.
        let colors = try #require((gexf["coauthorship"] as? [String: Any])?["colors"] as? [String: String])
        let palette = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933"]
        let ranked = try #require((report["authors"] as? [String: Any])?["ranked"] as? [[String: Any]])
        for author in ranked {
            let name = try #require(author["name"] as? String)
            let community = try #require(author["community"] as? Int)
            #expect(colors[name] == palette[community], "\(name)")
        }
    }
}
