import Foundation
import Testing

/// `analyze --engine spark` as a user runs it: the report says which measures came from Spark over the whole
/// graph; a failed Spark job leaves the previous output as it was and names Spark's log; the in-process engine
/// refuses a run whose estimated peak memory exceeds the limit, pointing to `--engine spark`.
@Suite struct SparkEngineTests {
    static let small = "Tests/CLITests/Fixtures/small.tsv"

    @Test("--engine spark writes the usual outputs and marks the whole-graph measures as Spark's")
    func sparkRun() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run([
            "analyze", "seeds", "--engine", "spark", "--networks", "coauthorship", "--max-drawn-nodes", "40",
            "--out", out.path, "--quiet", "--spark-conf", "spark.sql.shuffle.partitions=2",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try CLI.json(file: out.appendingPathComponent("report.json"))
        let engine = try #require(report["engine"] as? [String: Any])
        #expect(engine["name"] as? String == "spark")
        #expect(engine["master"] as? String == "local[2]")
        #expect((engine["measuresFromSpark"] as? [String])?.contains("pagerank") == true)
        let whole = try #require(engine["wholeGraph"] as? [String: Any])
        #expect((whole["nodes"] as? Int ?? 0) > 40)
        let networks = try #require(report["networks"] as? [String: Any])
        let co = try #require(networks["coauthorship"] as? [String: Any])
        #expect(co["nodes"] as? Int == 40)
        let csv = try String(contentsOf: out.appendingPathComponent("spark-nodes.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("author,papers,degree_whole_graph"))
        #expect(csv.split(separator: "\r\n").count == 41)
        let manifest = try CLI.json(file: out.appendingPathComponent("manifest.json"))
        let recorded = try #require(manifest["engine"] as? [String: Any])
        #expect((recorded["conf"] as? [String])?.contains("spark.sql.shuffle.partitions=2") == true)
        #expect((recorded["parameters"] as? [String: Any])?["pagerankAlpha"] as? Double == 0.85)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("came from Spark"))
    }

    @Test("a failed Spark job leaves the previous output intact and says where Spark's log is")
    func failedJob() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        let first = try CLI.run(["analyze", Self.small, "--networks", "coauthorship", "--out", out.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: out.appendingPathComponent("report.json"))
        let fake = work.appendingPathComponent("spark-submit")
        try Data("#!/bin/sh\necho 'Exception in thread main: no cluster here' >&2\nexit 3\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let r = try CLI.run(
            ["analyze", Self.small, "--engine", "spark", "--networks", "coauthorship", "--out", out.path, "--quiet"],
            environment: ["CITEGRAPH_SPARK_SUBMIT": fake.path, "CITEGRAPH_SPARK_WORKDIR": work.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("the Spark job failed (spark-submit exited with status 3)"), "\(r.stderr)")
        let log = try #require(r.stderr.range(of: "Spark's log: ").map { r.stderr[$0.upperBound...] })
        let logPath = String(log.prefix { $0 != "\n" })
        #expect(try String(contentsOfFile: logPath, encoding: .utf8).contains("no cluster here"))
        #expect(try Data(contentsOf: out.appendingPathComponent("report.json")) == before)
    }

    @Test("the in-process engine states its estimate and refuses past --memory-limit, pointing to --engine spark")
    func memoryRefusal() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run([
            "analyze", Self.small, "--networks", "coauthorship", "--out", out.path, "--memory-limit", "1",
        ])
        #expect(r.status == 1)
        #expect(r.stderr.contains("in-process engine: estimated peak memory"), "\(r.stderr)")
        #expect(r.stderr.contains("would not fit"), "\(r.stderr)")
        #expect(r.stderr.contains("--engine spark"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))
        let fits = try CLI.run([
            "analyze", Self.small, "--networks", "coauthorship", "--out", out.path, "--memory-limit", "4096",
            "--quiet",
        ])
        #expect(fits.status == 0, "\(fits.stderr)")
    }
}
