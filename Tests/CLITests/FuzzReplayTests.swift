import Foundation
import Testing

/// Replays what the fuzzers found (Fixtures/fuzz/TARGET/*) and the crash reproducers through the fuzz targets'
/// own code (`citegraph-fuzz TARGET FILE…`, the replay mode of the fuzzing executable), so each stays fixed.
@Suite struct FuzzReplayTests {
    static var fuzzExecutable: URL {
        CLI.executable.deletingLastPathComponent().appendingPathComponent("citegraph-fuzz")
    }

    /// Files of `folder` (sorted, no README).
    static func files(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != "README.md" && !$0.hasPrefix(".") }.sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    static func replay(_ target: String, _ inputs: [URL]) throws {
        let result = try CLI.run(fuzzExecutable, [target] + inputs.map(\.path), timeout: 300)
        #expect(result.status == 0, "\(target): \(result.stderr)")
        let ok = result.stdout.split(separator: "\n").filter { $0.hasSuffix(": ok") }
        #expect(ok.count == inputs.count, "\(target): \(result.stdout)")
    }

    @Test func findingsReplayWithoutCrashing() throws {
        let root = CLI.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/fuzz")
        let targets = try FileManager.default.contentsOfDirectory(atPath: root.path).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: root.appendingPathComponent($0).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        for target in targets.sorted() {
            try Self.replay(target, Self.files(in: root.appendingPathComponent(target)))
        }
    }

    /// The reproducers of ../shared/repro, through the target of their format and through detection.
    @Test func reproducersReplayThroughTheirTargets() throws {
        let folders = ["Tests/BibliographyTests/Fixtures/repro", "Tests/GraphAlgorithmsTests/Fixtures/repro"]
        let files = folders.flatMap { Self.files(in: CLI.repositoryRoot.appendingPathComponent($0)) }
        #expect(files.count >= 9)
        var byTarget: [String: [URL]] = [:]
        for file in files {
            let prefix = String(file.lastPathComponent.prefix { $0 != "-" })
            byTarget[prefix, default: []].append(file)
            byTarget[["dblp", "profile"].contains(prefix) ? "detect" : "graph", default: []].append(file)
        }
        #expect(Set(byTarget.keys) == ["dblp", "profile", "graphml", "pajek", "gml", "detect", "graph"])
        for (target, inputs) in byTarget.sorted(by: { $0.key < $1.key }) { try Self.replay(target, inputs) }
    }

    @Test func unknownTargetIsAUsageError() throws {
        let result = try CLI.run(Self.fuzzExecutable, ["no-such-target"])
        #expect(result.status == 64)
        #expect(result.stdout.contains("targets: bibtex"))
    }
}
