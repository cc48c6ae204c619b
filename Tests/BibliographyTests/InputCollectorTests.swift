import Foundation
import Testing

@testable import Bibliography

/// CiteGraph never reads what it wrote: output folders (a CiteGraph manifest.json), files a manifest lists, and
/// the folders the caller excludes (analyze's --out).
@Suite struct InputCollectorTests {
    static let manifest = """
        {"tool": {"name": "citegraph", "version": "1"}, "outputs": [{"file": "report.html"}, {"file": "papers.csv"}]}
        """

    /// A folder with `a.bib` and an output folder `out/` (a CiteGraph manifest, report.html, papers.csv).
    static func folderWithOutput(manifest: String = manifest) throws -> URL {
        let dir = try Fixture.temporaryFolder()
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "@misc{a, title={T}, author={A. Smith}}\n".write(
            to: dir.appendingPathComponent("a.bib"), atomically: true, encoding: .utf8)
        try manifest.write(to: out.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        for name in ["report.html", "papers.csv"] {
            try "<html>".write(to: out.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func aFolderHoldingACiteGraphManifestIsNotRead() throws {
        let dir = try Self.folderWithOutput()
        defer { try? FileManager.default.removeItem(at: dir) }
        let collected = InputCollector.collect([dir.path])
        #expect(collected.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.bib"])
        let notice = try #require(collected.notices.first)
        #expect(notice.code == "output-folder-skipped")
        #expect(notice.severity == .notice)
        #expect(notice.location == SourceLocation(file: dir.path + "/out/manifest.json", line: 1))
    }

    @Test func aManifestThatIsNotCiteGraphsLeavesTheFolderRead() throws {
        let dir = try Self.folderWithOutput(manifest: #"{"tool": {"name": "other"}, "outputs": []}"#)
        defer { try? FileManager.default.removeItem(at: dir) }
        let collected = InputCollector.collect([dir.path])
        #expect(collected.files.count == 4)
        #expect(collected.notices.isEmpty)
    }

    @Test func aFileTheManifestListsIsNotReadEvenWhenNamed() throws {
        let dir = try Self.folderWithOutput()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let named = ["report.html", "manifest.json", "papers.csv"].map { out.appendingPathComponent($0).path }
        let collected = InputCollector.collect(named + [dir.appendingPathComponent("a.bib").path])
        #expect(collected.files == [dir.appendingPathComponent("a.bib").path])
        #expect(collected.notices.map(\.code) == Array(repeating: "output-file-skipped", count: 3))
        #expect(collected.notices.first?.location.file == named[0])
    }

    @Test func anExcludedFolderIsNotReadWhateverItHolds() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("results"), withIntermediateDirectories: true)
        for name in ["a.bib", "results/b.bib"] {
            try "x".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // Excluded by identity: another spelling of the same folder still matches.
        let collected = InputCollector.collect([dir.path], excluding: [dir.path + "/./results"])
        #expect(collected.files == [dir.appendingPathComponent("a.bib").path])
        #expect(collected.notices.map(\.code) == ["output-folder-skipped"])
    }

    @Test func theReaderPassesTheNoticesOn() throws {
        let dir = try Self.folderWithOutput()
        defer { try? FileManager.default.removeItem(at: dir) }
        let batch = InputReader.read([dir.path])
        #expect(batch.results.count == 1)
        #expect(batch.records.count == 1)
        #expect(batch.issues.contains { $0.code == "output-folder-skipped" })
    }
}
