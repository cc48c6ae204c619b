import Foundation
import Testing

/// Every file `analyze` writes for the small fixture, compared byte for byte with `Golden/small/NAME.golden`
/// (the suffix keeps the golden report.html and its scripts out of the source duplication check).
///
/// To re-record on purpose (after reviewing the change), run
/// `CITEGRAPH_RECORD_GOLDEN=1 swift test --filter GoldenFileTests` and review `git diff Tests/CLITests/Golden`.
/// manifest.json is recorded as `manifest-without-timings.json`: its timings ("steps", "totalSeconds") change on
/// every run, and the run's temporary output folder (`settings.out`) is recorded as `<out>`.
@Suite(.serialized) struct GoldenFileTests {
    static let directory = CLI.repositoryRoot.appendingPathComponent("Tests/CLITests/Golden/small")
    static let manifestName = "manifest-without-timings.json"
    static let suffix = ".golden"
    static let recordVariable = "CITEGRAPH_RECORD_GOLDEN"
    static var recording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// The files of a run as the golden folder keeps them: every output, the manifest reduced and key-sorted.
    static func outputs(_ dir: URL) throws -> [String: Data] {
        var files = try AnalyzeTests.contents(dir)
        var manifest = try CLI.manifest(in: dir)
        var settings = try #require(manifest["settings"] as? [String: Any])
        settings["out"] = "<out>"
        manifest["settings"] = settings
        files[manifestName] =
            try JSONSerialization.data(
                withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            + Data("\n".utf8)
        return files
    }

    /// Where two texts first differ: the line number and both lines.
    static func firstDifference(_ actual: Data, _ golden: Data) -> String {
        // Lines split at any line end (a CSV ends its lines with CRLF, one Character in Swift).
        let a = String(decoding: actual, as: UTF8.self).split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let g = String(decoding: golden, as: UTF8.self).split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for i in 0..<max(a.count, g.count) where a.indices.contains(i) != g.indices.contains(i) || a[i] != g[i] {
            let line = { (lines: [Substring]) in lines.indices.contains(i) ? lines[i].debugDescription : "(no line)" }
            return
                "first difference at line \(i + 1):\n  golden: \(line(g).prefix(400))\n  actual: \(line(a).prefix(400))"
        }
        return "the bytes differ but every line is equal (line endings?)"
    }

    static func failureMessage(_ name: String, _ actual: Data, _ golden: Data, graphviz: String) -> String {
        var message = "\(name) differs from Golden/small/\(name)\(suffix); \(firstDifference(actual, golden))"
        if name.hasSuffix(".svg") || name == manifestName {
            message +=
                "\n(graphviz draws the SVG, and the manifest lists its checksum: it was recorded with this machine's "
                + "graphviz; a different graphviz version (this run: \(graphviz)) changes it)"
        }
        return message
            + "\nIf the change is intended, re-record: \(recordVariable)=1 swift test --filter GoldenFileTests"
    }

    static func record(_ files: [String: Data]) throws {
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: directory.appendingPathComponent(name + suffix)) }
    }

    @Test("every file analyze writes for the small fixture equals its golden file")
    func smallFixture() throws {
        let (r, dir) = try AnalyzeTests.analyze([AnalyzeTests.small, "--quiet"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let actual = try Self.outputs(dir)
        if Self.recording { try Self.record(actual) }
        let goldenNames = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).sorted().map {
            String($0.dropLast($0.hasSuffix(Self.suffix) ? Self.suffix.count : 0))
        }
        #expect(actual.keys.sorted() == goldenNames, "the run writes other files than the golden folder holds")
        let graphviz = (try CLI.manifest(in: dir)["tool"] as? [String: Any])?["graphviz"] as? String ?? "?"
        for name in goldenNames {
            let golden = try Data(contentsOf: Self.directory.appendingPathComponent(name + Self.suffix))
            guard let data = actual[name] else { continue }
            #expect(data == golden, "\(Self.failureMessage(name, data, golden, graphviz: graphviz))")
        }
    }
}
