import Foundation
import Testing

/// The output folder holds a whole run or nothing: runs killed with SIGKILL at every stage of writing leave the
/// previous complete output (or the new complete one), the next run cleans what they left, links planted beside
/// or inside the folder are never followed, and unusable `--out` values are refused in words.
@Suite(.serialized) struct OutputFolderTests {
    static let fixture = "Tests/CLITests/Fixtures/small.tsv"

    /// Every entry of `dir` (hidden ones too) with its bytes; links as `-> target`, folders as `folder`.
    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            let path = dir.appendingPathComponent(name).path
            var isFolder: ObjCBool = false
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                result[name] = Data("-> \(target)".utf8)
            } else if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                result[name] = Data("folder".utf8)
            } else {
                result[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return result
    }

    /// The hidden entries beside `out` that runs make (`.out.staging-…`, `.out.old-…`).
    static func siblings(of out: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("." + out.lastPathComponent + ".") }.sorted()
    }

    /// Checks the folder's manifest lists exactly its files (but `carried`) with their SHA-256.
    static func expectConsistent(_ files: [String: Data], carried: Set<String>) throws {
        let manifest = try CLI.json(String(decoding: try #require(files["manifest.json"]), as: UTF8.self))
        let outputs = try #require(manifest["outputs"] as? [[String: Any]])
        var listed: Set<String> = ["manifest.json"]
        for output in outputs {
            let name = try #require(output["file"] as? String)
            listed.insert(name)
            #expect(output["bytes"] as? Int == files[name]?.count, "\(name)")
        }
        #expect(Set(files.keys).subtracting(carried) == listed)
    }

    @Test("a run killed at any stage leaves the old or the new complete output; the next run cleans up")
    func killedRuns() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let old = ["analyze", Self.fixture, "--out", out.path, "--quiet"]
        let changes = ["--networks", "coauthorship", "--labels", "2"]
        let new = old + changes
        // The new run's files, made once without being killed.
        let reference = dir.appendingPathComponent("reference")
        #expect(try CLI.run(["analyze", Self.fixture, "--out", reference.path, "--quiet"] + changes).status == 0)
        let newFiles = try Self.snapshot(reference)
        let stages: [(point: String, exchange: Bool, isNew: Bool)] = [
            ("file-1", true, false), ("file-4", true, false), ("before-switch", true, false),
            ("after-switch", true, true), ("before-switch", false, false), ("mid-switch", false, false),
            ("after-switch", false, true),
        ]
        for stage in stages {
            // The folder holds the old output before each killed run.
            #expect(try CLI.run(old).status == 0)
            try Data("mine\n".utf8).write(to: out.appendingPathComponent("NOTES.txt"))
            let oldFiles = try Self.snapshot(out)
            #expect(Set(newFiles.keys) != Set(oldFiles.keys).subtracting(["NOTES.txt"]))
            var environment = ["CITEGRAPH_TEST_KILL_AT": stage.point]
            if !stage.exchange { environment["CITEGRAPH_TEST_NO_EXCHANGE"] = "1" }
            let killed = try CLI.run(new, environment: environment)
            #expect(killed.signaled && killed.status == SIGKILL, "\(stage)")
            if stage.point == "mid-switch" {
                // Between the two renames the folder is aside; the next run's start moves it back.
                #expect(!FileManager.default.fileExists(atPath: out.path))
                let next = try CLI.run(new, environment: ["CITEGRAPH_TEST_KILL_AT": "file-1"])
                #expect(next.signaled && next.status == SIGKILL)
            }
            let files = try Self.snapshot(out)
            try Self.expectConsistent(files, carried: ["NOTES.txt"])
            #expect(files["NOTES.txt"] == Data("mine\n".utf8), "\(stage)")
            if stage.isNew {
                #expect(Set(files.keys) == Set(newFiles.keys).union(["NOTES.txt"]), "\(stage)")
                for (name, data) in newFiles where name != "manifest.json" { #expect(files[name] == data, "\(name)") }
            } else {
                #expect(files == oldFiles, "\(stage): not the old output")
            }
            // The next run removes what the killed one left beside the folder.
            #expect(try CLI.run(new).status == 0)
            #expect(try Self.siblings(of: out) == [], "\(stage)")
            try Self.expectConsistent(try Self.snapshot(out), carried: ["NOTES.txt"])
        }
    }

    @Test("links planted at temporary or leftover names are not followed")
    func plantedLinks() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let victimFolder = dir.appendingPathComponent("victim-folder")
        try FileManager.default.createDirectory(at: victimFolder, withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: victimFolder.appendingPathComponent("kept.txt"))
        let run = ["analyze", Self.fixture, "--out", out.path, "--quiet"]
        #expect(try CLI.run(run).status == 0)
        // The temporary names of earlier versions inside the folder, and leftover names beside it.
        let fm = FileManager.default
        for name in [".authors.csv.\(getpid()).tmp", ".manifest.json.1.tmp"] {
            try fm.createSymbolicLink(atPath: out.appendingPathComponent(name).path, withDestinationPath: victim.path)
        }
        let planted = [".out.staging-999999-0123456789abcdef", ".out.old-999999-0123456789abcdef"]
        for name in planted {
            try fm.createSymbolicLink(
                atPath: dir.appendingPathComponent(name).path, withDestinationPath: victimFolder.path)
        }
        #expect(try CLI.run(run).status == 0)
        #expect(try Data(contentsOf: victim) == Data("precious\n".utf8))
        #expect(try fm.contentsOfDirectory(atPath: victimFolder.path) == ["kept.txt"])
        #expect((try? fm.destinationOfSymbolicLink(atPath: out.appendingPathComponent("authors.csv").path)) == nil)
        try Self.expectConsistent(try Self.snapshot(out), carried: [])
        // Links of leftover names are not ours: left alone.
        #expect(try Self.siblings(of: out) == planted.sorted())
    }

    @Test("files CiteGraph did not write are kept; a folder holding a folder of its own is refused")
    func foreignEntries() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("readme\n".utf8).write(to: out.appendingPathComponent("README.md"))
        let run = ["analyze", Self.fixture, "--out", out.path, "--quiet"]
        #expect(try CLI.run(run).status == 0)
        #expect(try CLI.run(run + ["--networks", "coauthorship"]).status == 0)
        let files = try Self.snapshot(out)
        #expect(files["README.md"] == Data("readme\n".utf8))
        try Self.expectConsistent(files, carried: ["README.md"])
        try FileManager.default.createDirectory(
            at: out.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        let refused = try CLI.run(run)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds the folder drafts/, which CiteGraph did not write"))
        #expect(try Self.snapshot(out) == files.merging(["drafts": Data("folder".utf8)]) { $1 })
    }

    @Test(
        "--out empty or the root folder is a usage error; below a file cannot be written; both said in words",
        arguments: ["", "/", "/tmp/..", "FILE/sub"])
    func unusableOut(_ out: String) throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        let path = out.replacingOccurrences(of: "FILE", with: file.path)
        for command in ["analyze", "inspect"] {
            let r = try CLI.run([command, Self.fixture, "--out", path, "--quiet"])
            #expect(r.status == (out.hasPrefix("FILE") ? 1 : 64), "\(command) \(out)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain"))
            if out.hasPrefix("FILE") {
                #expect(r.stderr.contains("\(file.path) is a file, not a folder"), "\(r.stderr)")
            } else if !out.isEmpty {
                #expect(r.stderr.contains("is the root folder"), "\(r.stderr)")
            } else {
                #expect(r.stderr.contains("empty"), "\(r.stderr)")
            }
        }
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test("inspect writes its files and manifest together; analyze refuses a folder of inspect's")
    func inspectFolder() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("inspected")
        #expect(try CLI.run(["inspect", Self.fixture, "--out", out.path, "--quiet"]).status == 0)
        let files = try Self.snapshot(out)
        #expect(Set(files.keys) == ["inspection.json", "inspection.txt", "records.jsonl", "manifest.json"])
        try Self.expectConsistent(files, carried: [])
        let refused = try CLI.run(["analyze", Self.fixture, "--out", out.path, "--quiet"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds the outputs of `citegraph inspect`"))
        #expect(try Self.snapshot(out) == files)
    }
}
