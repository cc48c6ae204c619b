import Foundation
import Testing

/// analyze's failure exits: exit 1 with a message naming the path, and nothing written outside --out.
/// (The tests run as root, so a read-only folder would not stop a write: the output paths go through regular files.)
@Suite(.serialized) struct AnalyzeFailureTests {
    /// Runs analyze on the small fixture into `out` inside a fresh folder holding a regular file `file`; returns the
    /// result, the folder's entries afterwards (with `file` still holding its bytes) and those of `out` if a folder.
    static func analyzeInto(_ out: String, prepare: (URL) throws -> Void = { _ in }) throws
        -> (CLI.Result, [String], [String])
    {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data("a regular file\n".utf8).write(to: work.appendingPathComponent("file"))
        try prepare(work)
        let outURL = work.appendingPathComponent(out)
        let r = try CLI.run(["analyze", AnalyzeTests.small, "--quiet", "--out", outURL.path])
        #expect(try AnalyzeTests.read(work, "file") == "a regular file\n")
        return (r, try AnalyzeTests.files(work), (try? AnalyzeTests.files(outURL)) ?? [])
    }

    @Test("--out naming an existing regular file: exit 1, the path named, the file untouched")
    func outIsARegularFile() throws {
        let (r, left, _) = try Self.analyzeInto("file")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write to /"), "\(r.stderr)")
        #expect(r.stderr.contains("/file:"), "\(r.stderr)")
        #expect(left == ["file"])
    }

    @Test("--out through a regular file: exit 1, the path named, nothing written")
    func outThroughARegularFile() throws {
        let (r, left, _) = try Self.analyzeInto("file/out")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("/file/out"), "\(r.stderr)")
        #expect(left == ["file"])
    }

    @Test("a folder where an output goes (report.html is a folder inside --out): refused, exit 1, nothing replaced")
    func outputNameIsAFolder() throws {
        let (r, left, names) = try Self.analyzeInto("out") { work in
            try FileManager.default.createDirectory(
                at: work.appendingPathComponent("out/report.html"), withIntermediateDirectories: true)
        }
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write to /"), "\(r.stderr)")
        #expect(r.stderr.contains("holds the folder report.html/"), "\(r.stderr)")
        #expect(left == ["file", "out"], "nothing written outside --out")
        #expect(names == ["report.html"], "\(names)")
    }

    @Test("a missing input: exit 1, the path named, nothing written")
    func missingInput() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        let r = try CLI.run(["analyze", "no-such-input.tsv", "--quiet", "--out", out.path])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("no-such-input.tsv: no such file or directory"), "\(r.stderr)")
        #expect(r.stderr.contains("no usable record was read, so nothing was written"), "\(r.stderr)")
        #expect(try AnalyzeTests.files(work).isEmpty, "nothing written")
        // With a readable input beside it, the rest is still analyzed; the exit says an input was missing.
        let both = try CLI.run(["analyze", "no-such-input.tsv", AnalyzeTests.small, "--quiet", "--out", out.path])
        #expect(both.status == 1, "\(both.stderr)")
        #expect(both.stderr.contains("no-such-input.tsv"), "\(both.stderr)")
        let report = try CLI.json(file: out.appendingPathComponent("report.json"))
        #expect((report["corpus"] as? [String: Any])?["papers"] as? Int == 12)
        #expect((report["corpus"] as? [String: Any])?["unreadableFiles"] as? Int == 1)
    }

    @Test(
        "no usable record (an empty .bib, a JPEG renamed .bib, an empty folder): exit 1, what was seen explained, the previous output intact",
        arguments: ["empty.bib", "photo.bib", "empty-folder"])
    func noUsableRecord(_ input: String) throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data().write(to: work.appendingPathComponent("empty.bib"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8)).write(
            to: work.appendingPathComponent("photo.bib"))
        try FileManager.default.createDirectory(
            at: work.appendingPathComponent("empty-folder"), withIntermediateDirectories: true)
        let out = work.appendingPathComponent("out")
        #expect(try CLI.run(["analyze", AnalyzeTests.small, "--quiet", "--out", out.path]).status == 0)
        let before = try AnalyzeTests.contents(out)
        let manifest = try Data(contentsOf: out.appendingPathComponent("manifest.json"))

        let r = try CLI.run(["analyze", work.appendingPathComponent(input).path, "--quiet", "--out", out.path])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("no usable record was read, so nothing was written"), "\(r.stderr)")
        let seen = [
            "empty.bib": "empty.bib:1: no records in this file: the file is empty",
            "photo.bib": "photo.bib:1: binary data",
            "empty-folder": "empty-folder: no files to read",
        ]
        #expect(r.stderr.contains(seen[input]!), "\(r.stderr)")
        #expect(try AnalyzeTests.contents(out) == before, "the previous output is intact")
        #expect(try Data(contentsOf: out.appendingPathComponent("manifest.json")) == manifest)
    }

    @Test("analyze . twice: the output folder inside the input folder is never read back")
    func outputFolderIsNotReadBack() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(
            at: CLI.repositoryRoot.appendingPathComponent(AnalyzeTests.small),
            to: work.appendingPathComponent("small.tsv"))
        for _ in 0..<2 {
            let r = try CLI.run(["analyze", ".", "--out", "output", "--quiet"], in: work)
            #expect(r.status == 0, "\(r.stderr)")
        }
        // A second output folder under another name is recognized by its manifest.
        try FileManager.default.copyItem(
            at: work.appendingPathComponent("output"), to: work.appendingPathComponent("old-output"))
        let r = try CLI.run(["analyze", ".", "--out", "output", "--strict", "--quiet"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let manifest = try CLI.json(file: work.appendingPathComponent("output/manifest.json"))
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.compactMap { $0["path"] as? String } == ["./small.tsv"])
    }
}
