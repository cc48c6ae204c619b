import Foundation
import Testing

@testable import CiteGraph

/// `--out` resolution and the names of leftovers; the whole write is tested end to end in `OutputFolderTests`
/// (CLI), with real SIGKILLs.
@Suite struct OutputLocationTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ol-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    @Test("empty and root paths are refused", arguments: ["", "  ", "/", "//", "/tmp/..", "/./"])
    func refused(_ out: String) {
        #expect(throws: OutputFolderError.self) { try OutputLocation(out) }
    }

    @Test("a path below a file names the file")
    func belowAFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/f", contents: Data("x".utf8)))
        do {
            _ = try OutputLocation(dir + "/f/a/b")
            Issue.record("accepted a folder below a file")
        } catch {
            #expect(error.description == "--out '\(dir)/f/a/b' cannot be a folder: \(dir)/f is a file, not a folder")
        }
        #expect(throws: OutputFolderError.self) { try OutputLocation(dir + "/f") }
    }

    @Test("a relative path with dots and a link to a folder resolve to the real folder")
    func resolution() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/real")
        #expect(try OutputLocation(dir + "/./x/../link") == OutputLocation(dir + "/real"))
        let missing = try OutputLocation(dir + "/new/out")
        #expect(missing.parent == dir + "/new" && missing.name == "out")
    }

    @Test("leftover names: only ours, of runs no longer running")
    func leftovers() {
        #expect(OutputLeftovers.leftoverKind(".out.staging-999999-0123456789abcdef", of: "out") == "staging")
        #expect(OutputLeftovers.leftoverKind(".out.old-999999-0123456789abcdef", of: "out") == "old")
        #expect(OutputLeftovers.leftoverKind(".out.staging-999999-0123", of: "out") == nil)
        #expect(OutputLeftovers.leftoverKind(".other.staging-999999-0123456789abcdef", of: "out") == nil)
        // This process's parent is running: its staging folder is not a leftover.
        #expect(OutputLeftovers.leftoverKind(".out.staging-\(getppid())-0123456789abcdef", of: "out") == nil)
        #expect(ExistingOutput.isLegacyTemporary(".coauthorship.dot.4242.tmp"))
        #expect(!ExistingOutput.isLegacyTemporary(".notes.tmp"))
    }

    @Test("a staged file is created exclusively: a link planted at its name is not followed")
    func exclusiveCreation() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/victim", contents: Data("keep".utf8)))
        let staging = try StagingFolder(for: OutputLocation(dir + "/out"))
        defer { staging.discard() }
        try FileManager.default.createSymbolicLink(
            atPath: staging.path + "/a.csv", withDestinationPath: dir + "/victim")
        #expect(throws: OutputFolderError.self) { try staging.write(Data("new".utf8), name: "a.csv") }
        #expect(FileManager.default.contents(atPath: dir + "/victim") == Data("keep".utf8))
    }
}
