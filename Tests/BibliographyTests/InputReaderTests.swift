import Foundation
import Testing

@testable import Bibliography

@Suite struct InputReaderTests {
    @Test func foldersAreReadRecursivelyInSortedOrderAndHiddenFilesSkipped() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("b/sub"), withIntermediateDirectories: true)
        for name in ["b/sub/z.txt", "b/a.txt", "a.txt", ".hidden.txt", "B.txt"] {
            try "x".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let collected = InputCollector.collect([dir.path])
        #expect(
            collected.files.map { String($0.dropFirst(dir.path.count + 1)) } == [
                "B.txt", "a.txt", "b/a.txt", "b/sub/z.txt",
            ])
    }

    @Test func aSymbolicLinkToAParentFolderIsWalkedOnce() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["a.txt", "sub/b.txt"] {
            try "x".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // sub/up → .. (the folder itself): a loop.
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let collected = InputCollector.collect([dir.path])
        #expect(collected.files.map { String($0.dropFirst(dir.path.count + 1)) } == ["a.txt", "sub/b.txt"])
        #expect(collected.errors.isEmpty)
    }

    @Test func eachResultCarriesTheBytesAndDigestOfTheFileRead() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "paper_id\tyear\ttopic\tauthors\nP1\t2020\tT\tA;B\n"
        try text.write(to: dir.appendingPathComponent("t.tsv"), atomically: true, encoding: .utf8)
        let result = try #require(InputReader.read([dir.path]).results.first)
        #expect(result.bytes == text.utf8.count)
        #expect(result.sha256 == SHA256.hex(Data(text.utf8)))
        #expect(result.sha256.count == 64)
    }

    @Test func missingInputIsAnErrorAndTheRestIsStillRead() throws {
        let batch = InputReader.read(["/nonexistent/citegraph-input", Fixture.url("compact.txt").path])
        #expect(batch.errors == [.notFound(path: "/nonexistent/citegraph-input")])
        #expect(batch.records.count == 4)
    }

    @Test func formatIsDetectedFromContent() throws {
        #expect(InputReader.detect(try Fixture.file("compact.txt")) == .profile)
        #expect(InputReader.detect(try Fixture.file("spaced-profile.txt")) == .profile)
        #expect(InputReader.detect(try Fixture.file("transcript.txt")) == .unknown)
        #expect(InputReader.detect(Fixture.text("paper_id\tyear\ttopic\tauthors\nP1\t2020\tT\tA;B\n")) == .table)
    }

    @Test func splitsAreDecidedWithEvidenceFromOtherFiles() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // "GenCharlie Nash" is name-shaped; "Charlie Nash" in another file decides it.
        try "CVMar 1, 2021\nAn Autoregressive Model PolyGenCharlie Nash, Yaroslav Ganin\nabstract\n"
            .write(to: dir.appendingPathComponent("1.txt"), atomically: true, encoding: .utf8)
        try "CVMar 1, 2020\nMeshes\n\nCharlie Nash, Peter Battaglia\n\nabstract\n"
            .write(to: dir.appendingPathComponent("2.txt"), atomically: true, encoding: .utf8)
        let batch = InputReader.read([dir.path])
        let record = try #require(batch.records.first)
        #expect(record.title == "An Autoregressive Model PolyGen")
        #expect(record.authors.first?.written == "Charlie Nash")
        #expect(batch.issues.contains { $0.code == "split-decided" && $0.location.line == 2 })
    }
}
