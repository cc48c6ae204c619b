import Foundation
import Testing

/// The sampled branch end to end: with `time-budget = 0` no exact pass fits, so even the small fixture's networks (8
/// and 12 nodes) have betweenness estimated; the reports say so with the bound, and `--exact` gives the exact values
/// of a default run.
@Suite(.serialized) struct SampledMeasuresTests {
    static let config = "time-budget = 0\n"

    static func betweenness(_ report: [String: Any]) throws -> [String: Double] {
        let ranked = try #require((report["authors"] as? [String: Any])?["ranked"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: ranked.compactMap { a in
                (a["name"] as? String).flatMap { n in (a["betweenness"] as? Double).map { (n, $0) } }
            })
    }

    @Test("estimates are marked (est.) with their bounds in report.json; --exact equals a default run")
    func smallFixture() throws {
        let (exactRun, exactDir) = try AnalyzeTests.analyze([AnalyzeTests.small, "--quiet"])
        defer { try? FileManager.default.removeItem(at: exactDir) }
        #expect(exactRun.status == 0, "\(exactRun.stderr)")
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let sampled = try AnalyzeTests.analyze([AnalyzeTests.small, "--quiet"], config: Self.config, out: out)
        #expect(sampled.status == 0, "\(sampled.stderr)")
        for name in ["report.md", "report.html"] {
            #expect(try AnalyzeTests.read(out, name).contains("Betweenness (est.)"), "\(name)")
            #expect(!(try AnalyzeTests.read(exactDir, name).contains("(est.)")), "\(name) of the exact run")
        }
        #expect(
            try AnalyzeTests.read(out, "report.md").contains(
                "Betweenness, closeness and harmonic centrality are sampled"))
        #expect(try AnalyzeTests.read(out, "report.md").contains("- Betweenness: share of shortest paths"))
        #expect(
            try AnalyzeTests.read(exactDir, "report.md").contains(
                "weights ignored; normalized by (n−1)(n−2) as networkx; exact"))
        let report = try CLI.json(file: out.appendingPathComponent("report.json"))
        let networks = try #require(report["networks"] as? [String: [String: Any]])
        #expect(networks.count == 5)
        for (name, network) in networks {
            let b = try #require(network["betweenness"] as? [String: Any], "\(name)")
            #expect(b["exact"] as? Bool == false, "\(name)")
            let epsilon = try #require(b["epsilon"] as? Double, "\(name)")
            #expect(epsilon > 0 && epsilon <= (b["epsilonAllNodes"] as? Double ?? 0), "\(name)")
            #expect(b["delta"] as? Double == 0.1, "\(name)")
            #expect(b["samples"] as? Int == 2_048 && b["maxSamples"] as? Int == 2_048, "one round: a zero budget")
        }
        // The estimates are within ±epsilon of the exact values (seeded, so the same every run).
        let exact = try Self.betweenness(try CLI.json(file: exactDir.appendingPathComponent("report.json")))
        let estimated = try Self.betweenness(report)
        #expect(exact.count == 8 && estimated.keys.sorted() == exact.keys.sorted())
        #expect(estimated != exact, "sampling changes some value")
        let bound = try #require(
            ((networks["coauthorship"]?["betweenness"]) as? [String: Any])?["epsilonAllNodes"] as? Double)
        for (name, value) in exact { #expect(abs((estimated[name] ?? .nan) - value) <= bound, "\(name)") }

        // --exact overrides the threshold: every output equals the default run's.
        let forced = try AnalyzeTests.analyze(
            [AnalyzeTests.small, "--quiet", "--exact"], config: Self.config, out: out)
        #expect(forced.status == 0, "\(forced.stderr)")
        let (a, b) = (try AnalyzeTests.contents(out), try AnalyzeTests.contents(exactDir))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a.sorted(by: { $0.key < $1.key }) { #expect(data == b[name], "\(name) differs") }
    }
}
