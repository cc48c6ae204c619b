import Bibliography
import Foundation
import Testing

@testable import CiteGraph

@Suite("ByteWriter")
struct ByteWriterTests {
    @Test func integers() {
        let values = [0, 7, -7, 10, 99, 100, 1_000_000, -1_234_567_890, Int.max, Int.min]
        let text = ByteWriter.string { w in
            for v in values {
                w.write(v)
                w.byte(32)
            }
        }
        #expect(text == values.map(String.init).joined(separator: " ") + " ")
    }

    /// Numbers come out exactly as `JSONValue.format` (and so `Report.exact`) writes them.
    @Test func doublesAsJSONValueFormats() {
        let values: [Double] = [
            0, -0.0, 1, -3, 0.1, 1.0 / 3, 2.5e-8, 123456.789, 1e15, 1e16, -1e300, .infinity, -.infinity, .nan,
            0.06666666666666667, 4.9406564584124654e-324,
        ]
        for v in values {
            #expect(ByteWriter.string { $0.write(v) } == JSONValue.format(v), "\(v)")
        }
    }

    /// Text longer than the buffer and writes that straddle its end come out whole and in order, with the
    /// count and the SHA-256 of what was written.
    @Test func smallBufferFileSink() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bytewriter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.txt").path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(fd >= 0)
        let w = ByteWriter(.file(fd, path: path), capacity: 64)
        var expected = ""
        for i in 0..<2000 {
            let piece = i % 3 == 0 ? "Bošnjak, Matko ⟨\(i)⟩ " : "\(i);"
            w.write(piece)
            w.write(i)
            w.write(Double(i) / 7)
            expected += piece + String(i) + JSONValue.format(Double(i) / 7)
        }
        let result = try w.finish()
        close(fd)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: data, as: UTF8.self) == expected)
        #expect(result.count == data.count)
        #expect(result.sha256 == SHA256.hex(data))
        #expect(result.bytes.isEmpty)
    }

    /// A sink that cannot take the bytes (a descriptor opened read-only) fails at `finish`, naming the file.
    @Test func writeFailureIsThrown() throws {
        let fd = open("/dev/null", O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let w = ByteWriter(.file(fd, path: "/dev/null"), capacity: 64)
        for _ in 0..<100 { w.write("some text that fills the buffer") }
        #expect(throws: OutputFolderError.self) { try w.finish() }
    }

    /// The escaping writers give exactly the bytes of the string escapers, on hostile and plain text alike.
    @Test func escapersAgree() {
        let texts = [
            "plain", "", "Bošnjak", "<script>alert('x')</script>", "a,b", "\"quoted\"", "=SUM(A1)", "-3", "-x",
            "@home", "line\nbreak", "cr\rlf", "tab\there", "\u{1}ctrl", "\u{FFFE}\u{FFFF}", "para\u{2028}sep",
            "back\\slash", "Ünïcödé ☃ 𝔘",
        ]
        for t in texts {
            #expect(ByteWriter.string { XMLText.write(t, to: $0) } == XMLText.escape(t), "\(t)")
            #expect(ByteWriter.string { CSVField.write(t, to: $0) } == CSVField.escape(t), "\(t)")
            var json = ""
            JSONValue.escape(t, into: &json)
            #expect(ByteWriter.string { JSONValue.escape(t, to: $0) } == json, "\(t)")
        }
        #expect(ByteWriter.string { CSVField.writeRow(texts, to: $0) } == CSVField.row(texts))
    }
}

extension ByteWriterTests {
    /// Streamed node values equal `NodeAttribute.text` for every attribute of every network, NaN included.
    @Test func nodeAttributesStreamAsTheirText() throws {
        let a = try analyzeSmall()
        for net in a.networks {
            for attribute in NodeAttribute.all(net) {
                for node in 0..<net.graph.nodeCount {
                    #expect(ByteWriter.string { attribute.write(node, to: $0) } == attribute.text(node))
                }
            }
        }
        let nan = NodeAttribute("avgYear", [Double.nan, 2001.5])
        #expect(ByteWriter.string { nan.write(0, to: $0) } == "NaN")
        #expect(ByteWriter.string { nan.write(1, to: $0) } == "2001.5")
    }
}
