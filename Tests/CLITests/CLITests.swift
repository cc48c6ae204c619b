import Foundation
import Testing

/// Runs the built `citegraph` executable from the repository root, as a user would.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the program was ended by a signal (`status` is then the signal number).
        var signaled = false
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var executable: URL {
        // The test bundle sits next to the products (.build/<triple>/<config>/).
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        let candidate = dir.appendingPathComponent("citegraph")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return repositoryRoot.appendingPathComponent(".build/debug/citegraph")
    }

    static func run(
        _ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:]
    ) throws -> Result {
        try run(executable, arguments, in: directory, environment: environment)
    }

    /// Runs any program; output goes to files, so a large output can never block the child on a full pipe.
    /// A program still running after `timeout` seconds is terminated.
    static func run(
        _ program: URL, _ arguments: [String], in directory: URL = repositoryRoot, timeout: Double = 600,
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            signaled: process.terminationReason == .uncaughtSignal)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func json(file url: URL) throws -> [String: Any] {
        try json(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    /// A run's manifest.json without the keys named (the timings, "steps" and "totalSeconds", always).
    static func manifest(in dir: URL, dropping keys: [String] = []) throws -> [String: Any] {
        var manifest = try json(file: dir.appendingPathComponent("manifest.json"))
        for key in ["steps", "totalSeconds"] + keys { manifest[key] = nil }
        return manifest
    }

    /// Exit status of a mistake in a config file: a usage error, like a bad flag.
    static let configErrorStatuses: Set<Int32> = [64]
}

@Suite(.serialized) struct CLITests {
    @Test func versionAndHelpOnEverySubcommand() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.2.0")
        for sub in [[], ["analyze"], ["records"], ["inspect"], ["metrics"]] {
            let help = try CLI.run(sub + ["--help"])
            #expect(help.status == 0, "\(sub)")
            #expect(help.stdout.contains("USAGE"), "\(sub)")
        }
    }

    @Test func recordsJSONOnTheSeeds() throws {
        let r = try CLI.run(["records", "--json", "seeds"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 107)
        let keys: Set = [
            "source", "line", "title", "authors", "authorsTruncated", "affiliations", "topic", "year",
            "month", "day", "hasCode", "score", "abstract", "doi",
        ]
        for line in lines {
            let object = try CLI.json(String(line))
            #expect(Set(object.keys) == keys)
        }
        let first = try CLI.json(String(lines[0]))
        #expect(first["source"] as? String == "seeds/000_5328f0d7ab61b455.txt")
        #expect(first["line"] as? Int == 1)
        #expect(first["title"] as? String == "SODA: Bottleneck Diffusion Models for Representation Learning")
        #expect(first["authors"] as? [String] == ["Drew A. Hudson", "Daniel Zoran", "Mateusz Malinowski"])
        #expect(first["authorsTruncated"] as? Bool == true)
        #expect(first["affiliations"] as? [String] == ["deepmind", "stanford"])
        #expect(first["year"] as? Int == 2023)
        #expect(first["doi"] is NSNull)
        #expect(first["score"] is NSNull)
        // The record without a year keeps it null; its score is a number.
        let noYear = try lines.map { try CLI.json(String($0)) }.first { $0["year"] is NSNull }
        #expect(noYear?["score"] as? Double == 54.9)
        #expect(noYear?["line"] as? Int == 40)
        // The transcript is a notice on stderr, not an error.
        #expect(r.stderr.contains("002_95d76b232d81ce47.txt:1: notice"))
    }

    @Test func recordsWithoutInputReadsSeeds() throws {
        let r = try CLI.run(["records", "--json", "--quiet"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 107)
        #expect(r.stderr.isEmpty)
    }

    @Test func inspectAccountsForEveryRecord() throws {
        let r = try CLI.run(["inspect", "--json", "seeds"])
        #expect(r.status == 0)
        let report = try CLI.json(r.stdout)
        let corpus = try #require(report["corpus"] as? [String: Any])
        #expect(corpus["records"] as? Int == 107)
        #expect(corpus["papers"] as? Int == 101)
        #expect(corpus["duplicatesMerged"] as? Int == 6)
        #expect(corpus["skipped"] as? Int == 0)
        #expect(corpus["groups"] as? Int == 3)
        let merges = try #require(report["nameMerges"] as? [[String: Any]])
        #expect(
            merges.contains {
                $0["variant"] as? String == "Andrew Lampinen" && $0["rule"] as? String == "initial-compatible"
            })
        let profiles = try #require(report["profiles"] as? [[String: Any]])
        #expect(profiles.first?["owner"] as? String == "S. M. Ali Eslami")
        #expect(profiles.first?["hIndex"] as? Int == 117)
        let text = try CLI.run(["inspect", "seeds"])
        #expect(text.stdout.contains("107 = 101 papers + 6 duplicates merged + 0 skipped"))
    }

    @Test func outFolderIsWrittenAndRewrittenByteForByte() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLI.run(["inspect", "seeds", "--out", dir.path, "--quiet"])
        #expect(first.status == 0)
        // inspect's manifest has no timings: it is rewritten byte for byte too.
        let names = ["inspection.json", "inspection.txt", "manifest.json", "records.jsonl"]
        let before = try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        let second = try CLI.run(["inspect", "seeds", "--out", dir.path, "--quiet"])
        #expect(second.status == 0)
        let after = try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        #expect(before == after)
        #expect(before.allSatisfy { !$0.isEmpty })
        // No temporary files left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == names)
    }

    @Test func unreadableInputIsReportedAndTheRestStillRead() throws {
        let r = try CLI.run(["records", "--json", "no-such-file.txt", "seeds/000_5328f0d7ab61b455.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no-such-file.txt"))
        #expect(r.stdout.split(separator: "\n").count == 18)
    }

    @Test func strictFailsOnWarningsButNotOnNotices() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seedsOnly = try CLI.run(["inspect", "--strict", "seeds", "--quiet"])
        #expect(seedsOnly.status == 0)
        let bad = dir.appendingPathComponent("bad.txt")
        var bytes = Array(
            "CVNov 29, 2023\nGenerative Adversarial TransformersDrew A. Hudson, C. Lawrence Zitnick\n".utf8)
        bytes += [0xFF, 0x0A]
        bytes += Array("LGJun 4, 2018\n".utf8)
        try Data(bytes).write(to: bad)
        let lenient = try CLI.run(["records", "--json", bad.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.split(separator: "\n").count == 1)
        #expect(lenient.stderr.contains("bad.txt:3: warning"))
        #expect(lenient.stderr.contains("bad.txt:4: error"))
        let strict = try CLI.run(["records", "--json", "--strict", bad.path])
        #expect(strict.status == 2)
        #expect(strict.stdout.split(separator: "\n").count == 1)
    }

    @Test func thesaurusAndNoMergeInitials() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let thesaurus = dir.appendingPathComponent("thesaurus.txt")
        try "label\treplace by\nSam Ritter\tSamuel Ritter\nSIMA team\t\n".write(
            to: thesaurus, atomically: true, encoding: .utf8)
        let r = try CLI.run(["inspect", "--json", "--thesaurus", thesaurus.path, "--no-merge-initials", "seeds"])
        #expect(r.status == 0)
        let report = try CLI.json(r.stdout)
        let merges = try #require(report["nameMerges"] as? [[String: Any]])
        #expect(merges.contains { $0["variant"] as? String == "Sam Ritter" && $0["rule"] as? String == "thesaurus" })
        #expect(!merges.contains { $0["rule"] as? String == "initial-compatible" })
        let issues = try #require(report["issues"] as? [[String: Any]])
        #expect(issues.contains { $0["code"] as? String == "thesaurus-dropped" })
        let missing = try CLI.run(["inspect", "--thesaurus", "/nonexistent/t.txt", "seeds"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/t.txt"))
    }

    @Test func columnsOptionMapsHeaderNames() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("plain.csv")
        try "Name,Writers,PubYear\nGraphs,Ann Lee;Bo Chen,2001\n".write(to: csv, atomically: true, encoding: .utf8)
        let mapped = try CLI.run([
            "records", "--json", "--columns", "authors=Writers,title=Name,year=PubYear", csv.path,
        ])
        #expect(mapped.status == 0)
        let lines = mapped.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("Bo Chen") == true)
        #expect(lines.first?.contains("Graphs") == true)
        let unmapped = try CLI.run(["records", "--json", csv.path])
        #expect(unmapped.stdout.isEmpty)
        let bad = try CLI.run(["records", "--columns", "writer=X", csv.path])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown field “writer”"))
        #expect(bad.stderr.contains("authors, title, year"))
    }

    @Test func badOptionIsAUsageError() throws {
        let r = try CLI.run(["records", "--input-format", "bogus"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("bogus"))
    }
}

@Suite(.serialized) struct MetricsCLITests {
    static let karate = "Tests/GraphAlgorithmsTests/Fixtures/graphs/karate.txt"

    @Test func jsonHasEveryMeasureForEveryNode() throws {
        let r = try CLI.run(["metrics", Self.karate, "--json"])
        #expect(r.status == 0)
        let report = try CLI.json(r.stdout)
        #expect(report["nodesCount"] as? Int == 34)
        #expect(report["edgesCount"] as? Int == 78)
        #expect(report["components"] as? Int == 1)
        #expect(report["diameter"] as? Int == 5)  // nx.diameter(karate)
        #expect((report["modularity"] as? Double ?? 0) > 0.44)
        let nodes = try #require(report["nodes"] as? [[String: Any]])
        #expect(nodes.count == 34)
        let keys: Set = [
            "id", "label", "degree", "strength", "betweenness", "betweennessWeighted", "closeness", "harmonic",
            "eigenvector", "pagerank", "coreness", "clustering", "community",
        ]
        for node in nodes { #expect(keys.isSubset(of: Set(node.keys))) }
        let first = try #require(nodes.first)
        #expect(first["id"] as? String == "1")
        #expect(first["degree"] as? Int == 16)
        // networkx: betweenness_centrality(karate)["1"] (see Fixtures/reference/karate.json)
        #expect(abs((first["betweenness"] as? Double ?? 0) - 0.43763528138528146) < 1e-9)
    }

    @Test func sameSeedSameBytes() throws {
        let a = try CLI.run(["metrics", Self.karate, "--json", "--seed", "7"])
        let b = try CLI.run(["metrics", Self.karate, "--json", "--seed", "7"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        #expect(try CLI.json(a.stdout)["nodesCount"] as? Int == 34)
        #expect(a.stdout == b.stdout)
        let louvain = try CLI.run(["metrics", Self.karate, "--communities", "louvain", "--top", "3"])
        #expect(louvain.status == 0)
        #expect(louvain.stdout.contains("louvain (seed 42"))
    }

    @Test func metricsRefusesABibliographicFile() throws {
        let bib = "/work/shared/data/bibtex-plai-group/group_publications.bib"
        try #require(FileManager.default.fileExists(atPath: bib), "needs ../shared/data")
        let r = try CLI.run(["metrics", bib])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is a BibTeX file (bibliographic records), not a graph file"))
        #expect(!r.stderr.contains("line skipped"))
        #expect(r.stdout.isEmpty)
        let forced = try CLI.run(["metrics", bib, "--input-format", "edgelist"])
        #expect(forced.status == 1)
        #expect(forced.stderr.contains("data lines are not `u v [weight]` lines"))
    }

    @Test func metricsShowsProgressUnlessQuiet() throws {
        let r = try CLI.run(["metrics", Self.karate, "--top", "1"])
        #expect(r.status == 0)
        // karate's edges carry weights, so the exact plan is one unweighted and one weighted path pass: 10 steps.
        #expect(r.stderr.contains("citegraph: [1/10] degree…"))
        #expect(r.stderr.contains("citegraph: [4/10] paths…"))
        #expect(r.stderr.contains("citegraph: [5/10] pathsWeighted…"))
        #expect(r.stderr.contains("citegraph: [10/10] leiden…"))
        let quiet = try CLI.run(["metrics", Self.karate, "--top", "1", "--quiet"])
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == r.stdout)
    }

    @Test func badInputIsAClearError() throws {
        let missing = try CLI.run(["metrics", "no-such-graph.gml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-graph.gml"))
        let bad = try CLI.run(["metrics", Self.karate, "--communities", "kmeans"])
        #expect(bad.status == 64)
    }
}
