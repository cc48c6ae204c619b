import Foundation
import Testing

/// `analyze` as a user sees it on stderr and through its flags: progress counted exactly from the first line, every
/// setting a flag of the same name as its `citegraph.toml` key, and a manifest that reproduces its run.
@Suite(.serialized) struct ProgressAndSettingsTests {
    static let small = "Tests/CLITests/Fixtures/small.tsv"

    @Test("progress lines count [i/N] with one N from the first line to the last")
    func progress() throws {
        for (input, networks, planned) in [
            (Self.small, "coauthorship,topics,citations", 22), ("seeds", "citations", 15),
        ] {
            let out = try CLI.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: out) }
            let r = try CLI.run(["analyze", input, "--networks", networks, "--out", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            let counters = r.stderr.split(separator: "\n").compactMap { line -> (Int, Int)? in
                guard line.hasPrefix("citegraph: ["), let close = line.firstIndex(of: "]") else { return nil }
                let parts = line[line.index(line.startIndex, offsetBy: 12)..<close].split(separator: "/")
                guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
                return (i, n)
            }
            #expect(counters.first.map { $0 == (1, planned) } == true, "\(r.stderr)")
            #expect(counters.allSatisfy { $0.1 == planned }, "\(r.stderr)")
            #expect(Set(counters.map(\.0)) == Set(1...planned), "\(r.stderr)")
        }
    }

    @Test("every key of the manifest's settings is a flag of analyze")
    func everySettingIsAFlag() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run(["analyze", Self.small, "--networks", "coauthorship", "--out", out.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let manifest = try CLI.json(
            String(decoding: try Data(contentsOf: out.appendingPathComponent("manifest.json")), as: UTF8.self))
        let settings = try #require(manifest["settings"] as? [String: Any])
        #expect(settings.count == 39)
        let help = try CLI.run(["analyze", "--help"]).stdout
        for key in settings.keys where key != "inputs" {
            #expect(help.contains("--\(key)"), "--\(key) missing from analyze --help")
        }
    }

    @Test("--config manifest.json reproduces a run byte for byte")
    func manifestReproducesRun() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let first = work.appendingPathComponent("first")
        let r = try CLI.run([
            "analyze", Self.small, "--out", first.path, "--quiet", "--counting", "fractional", "--min-papers", "2",
            "--communities", "louvain", "--seed", "7", "--labels", "3", "--no-merge-initials",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        // The manifest names its own folder as `out`; point the rerun elsewhere with a flag.
        let second = work.appendingPathComponent("second")
        let again = try CLI.run([
            "analyze", "--config", first.appendingPathComponent("manifest.json").path, "--out", second.path, "--quiet",
        ])
        #expect(again.status == 0, "\(again.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: second.path).sorted() == names)
        for name in names where name != "manifest.json" {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs")
        }
    }

    @Test("a bad value in a config file or a flag is a usage error naming the file and line or the flag")
    func badValues() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data("threads = 0\n".utf8).write(to: work.appendingPathComponent("citegraph.toml"))
        let file = try CLI.run(["analyze", Self.small, "--out", "out"], in: work)
        #expect(file.status == 64)
        #expect(file.stderr.contains("citegraph.toml:1: 'threads' must be at least 1 (got 0)"), "\(file.stderr)")
        let out = work.appendingPathComponent("out").path
        let flag = try CLI.run(["analyze", Self.small, "--networks", "coauthorship,friends", "--out", out])
        #expect(flag.status == 64)
        #expect(flag.stderr.contains("--networks: unknown value 'friends'"), "\(flag.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }
}
