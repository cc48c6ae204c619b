import Foundation
import Testing

@testable import CiteGraph

@Suite struct JSONValueTests {
    @Test func keysAreSortedAndOutputIsStable() {
        let v = JSONValue.object(["b": .int(1), "a": .array([.null, .bool(true)]), "Z": .string("x")])
        #expect(v.rendered() == #"{"Z":"x","a":[null,true],"b":1}"#)
        #expect(v.prettyRendered() == "{\n  \"Z\": \"x\",\n  \"a\": [\n    null,\n    true\n  ],\n  \"b\": 1\n}\n")
    }

    @Test func numbersUseTheShortestForm() {
        #expect(JSONValue.double(54.9).rendered() == "54.9")
        #expect(JSONValue.double(3).rendered() == "3")
        #expect(JSONValue.double(0.1 + 0.2).rendered() == "0.30000000000000004")
        #expect(JSONValue.double(.nan).rendered() == "null")
    }

    @Test func hostileStringsAreEscapedAndRoundTrip() throws {
        let hostile = "<script>alert(1)</script> \"quotes\" & \\ ]]> \n\t\u{1} \u{2028} Bošnjak"
        let text = JSONValue.object(["name": .string(hostile)]).rendered()
        #expect(!text.contains("\n"))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(parsed?["name"] == hostile)
    }
}

@Suite struct AtomicWriterTests {
    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("aw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("sub/file.txt").path
        try AtomicWriter.write("one", to: path)
        try AtomicWriter.write("two", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub").path) == ["file.txt"])
    }

    @Test func failsClearlyWhenTheFolderCannotBeMade() {
        #expect(throws: (any Error).self) { try AtomicWriter.write("x", to: "/proc/citegraph-cannot/file.txt") }
    }
}
