import Foundation
import Testing

@testable import GraphAlgorithms

/// Graph files from `../shared/repro/` that once crashed `citegraph metrics` or took gigabytes (issue 13's fuzzing),
/// kept in Fixtures/repro: each is now read or refused with a message, in memory proportional to its size.
@Suite("Graph-file reproducers")
struct ReproTests {
    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "repro/" + name, withExtension: nil, subdirectory: "Fixtures")).path
    }

    @Test(
        "GraphML that is not UTF-8 is refused with a message (Foundation's XMLParser trapped on it)",
        arguments: [
            "graphml-invalid-utf8-attribute-name.graphml", "graphml-invalid-utf8-element-name.graphml",
            "graphml-xml-version-inf.graphml",
        ])
    func invalidUTF8GraphML(_ name: String) throws {
        #expect {
            _ = try GraphFileReader.read(path: try Self.path(name))
        } throws: { error in
            "\(error)".hasSuffix(
                "is not a readable graphml file: the file is not valid UTF-8 (GraphML is read as UTF-8)")
        }
    }

    @Test(
        "a huge *Vertices count is not trusted beyond the file's size; the named vertices are read",
        arguments: [("pajek-huge-vertex-count.net", 2_000_000_000), ("pajek-50m-vertices.net", 50_000_000)])
    func hugeVertexCount(_ name: String, _ declared: Int) throws {
        let file = try GraphFileReader.read(path: try Self.path(name))
        #expect(file.graph.nodeCount == 2)
        #expect(file.graph.edgeCount == 1)
        #expect(
            file.issues.contains {
                $0.line == 1 && $0.message.hasPrefix("*Vertices \(declared) is far more than a file of this size")
            }, "\(file.issues)")
    }

    @Test("an edge with a negative weight is skipped and reported")
    func negativeWeight() throws {
        let file = try GraphFileReader.read(path: try Self.path("gml-negative-weight.gml"))
        #expect(file.graph.nodeCount == 3)
        #expect(file.graph.edgeCount == 1)
        #expect(file.graph.weights.allSatisfy { $0 >= 0 })
        #expect(file.issues.map(\.message).contains { $0.hasPrefix("1 edge with a negative weight skipped") })
    }

    @Test(
        "UTF-8 validation follows RFC 3629",
        arguments: [
            ([0x41, 0xC3, 0xA9], nil), ([0xC0, 0x80], 0), ([0xE0, 0x80, 0x80], 0), ([0xED, 0xA0, 0x80], 0),
            ([0xF4, 0x90, 0x80, 0x80], 0), ([0x41, 0xE2, 0x82], 1), ([0xF0, 0x9F, 0x98, 0x80, 0xFF], 4),
        ] as [([UInt8], Int?)])
    func utf8(_ bytes: [UInt8], _ firstInvalid: Int?) {
        #expect(bytes.withUnsafeBufferPointer { Bytes.firstInvalidUTF8($0.baseAddress!, $0.count) } == firstInvalid)
    }
}
