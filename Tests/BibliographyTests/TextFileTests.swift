import Foundation
import Testing

@testable import Bibliography

@Suite struct TextFileTests {
    @Test func splitsLinesOnLFAndCRLFAndCR() {
        let file = TextFile.decode(Data("a\r\nb\nc\rd".utf8), path: "x")
        #expect(file.lines == ["a", "b", "c", "d"])
        #expect(file.hadCRLF)
        #expect(file.issues.isEmpty)
    }

    @Test func trailingNewlineMakesNoExtraLine() {
        #expect(TextFile.decode(Data("a\nb\n".utf8), path: "x").lines == ["a", "b"])
        #expect(TextFile.decode(Data("a\n\n".utf8), path: "x").lines == ["a", ""])
    }

    @Test func emptyFileHasNoLines() {
        let file = TextFile.decode(Data(), path: "empty.txt")
        #expect(file.lines.isEmpty)
        #expect(file.byteCount == 0)
    }

    @Test func byteOrderMarkIsDropped() {
        let file = TextFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("title\n".utf8)), path: "x")
        #expect(file.hadByteOrderMark)
        #expect(file.lines == ["title"])
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsLine() {
        var bytes = Array("good line\nbad ".utf8)
        bytes += [0xC3, 0x28, 0xFF]
        bytes += Array(" line\nlast".utf8)
        let file = TextFile.decode(Data(bytes), path: "bad.txt")
        #expect(file.lines.count == 3)
        #expect(file.lines[1].contains("\u{FFFD}"))
        #expect(file.lines[2] == "last")
        let issue = try? #require(file.issues.first)
        #expect(issue?.code == "invalid-utf8")
        #expect(issue?.location == SourceLocation(file: "bad.txt", line: 2))
        #expect(issue?.severity == .warning)
    }

    @Test func nulBytesAreRemovedAndReported() {
        let file = TextFile.decode(Data([0x61, 0x00, 0x62, 0x0A, 0x63]), path: "x")
        #expect(file.lines == ["ab", "c"])
        #expect(file.issues.map(\.code) == ["nul-bytes"])
    }

    @Test func aOneMegabyteLineIsReadAndReported() {
        let long = String(repeating: "x", count: 1_000_000)
        let file = TextFile.decode(Data(("first\n" + long + "\nlast").utf8), path: "long.txt")
        #expect(file.lines.count == 3)
        #expect(file.lines[1].utf8.count == 1_000_000)
        #expect(file.issues.contains { $0.code == "long-line" && $0.location.line == 2 })
    }

    @Test func unreadableFileThrowsAClearError() {
        #expect(throws: InputError.self) { try TextFile.read(path: "/nonexistent/citegraph/file.txt") }
        do {
            _ = try TextFile.read(path: "/nonexistent/citegraph/file.txt")
        } catch {
            #expect("\(error)".contains("/nonexistent/citegraph/file.txt"))
        }
    }
}

/// Binary data is refused before the file is read whole (the NUL-byte test `metrics` uses for graph files).
@Suite struct TextFileBinaryTests {
    static func write(_ bytes: [UInt8]) throws -> (URL, String) {
        let dir = try Fixture.temporaryFolder()
        let path = dir.appendingPathComponent("x.bib").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (dir, path)
    }

    @Test func aNULByteNearTheStartIsBinaryDataLocatedByLine() throws {
        let (dir, path) = try Self.write(Array("@misc{a,\n title={T}\n".utf8) + [0x00, 0x01])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: InputError.binary(path: path, line: 3, byte: 20)) { try TextFile.read(path: path) }
        #expect(InputError.binary(path: path, line: 3, byte: 20).description.hasPrefix(path + ":3: binary data"))
    }

    @Test func aJPEGRenamedBibIsRefused() throws {
        let (dir, path) = try Self.write([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00])
        defer { try? FileManager.default.removeItem(at: dir) }
        let batch = InputReader.read([path])
        #expect(batch.results.isEmpty)
        #expect(batch.errors == [.binary(path: path, line: 1, byte: 4)])
    }

    @Test func utf16TextWithAByteOrderMarkIsNotBinary() throws {
        let (dir, path) = try Self.write(
            [0xFF, 0xFE] + "PT\tAU\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try TextFile.read(path: path).lines == ["PT\tAU"])
    }

    @Test func aNULByteAfterTheProbeIsOnlyRemovedAndReported() throws {
        let (dir, path) = try Self.write(Array("abc\n".utf8) + [0x00])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try TextFile.read(path: path, limits: InputLimits(binaryProbeBytes: 2))
        #expect(file.lines == ["abc", ""])
        #expect(file.issues.map(\.code) == ["nul-bytes"])
    }
}
