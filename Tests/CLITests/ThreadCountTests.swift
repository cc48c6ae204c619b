import Foundation
import Testing

/// `threads = 1` and `threads = 2` in the config file give the same bytes in every output (the manifest differs only
/// in its timings and the threads setting itself), end to end through the built CLI.
@Suite(.serialized) struct ThreadCountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var flags: [String]
        var config: String
        var testDescription: String { "\(input) \(flags.joined(separator: " ")) \(config)" }
    }

    static let formats = "Tests/BibliographyTests/Fixtures/formats/"
    static let cases = [
        // Five networks, directed citations among them; maps kept small so the drawing stays quick.
        Case(input: formats + "bibtex-wos-export-pybibx", flags: ["--max-drawn-nodes", "100"], config: ""),
        // 4,367 authors, and the sampled branch (betweenness estimated: a zero time budget).
        Case(
            input: formats + "openalex-tu9-works", flags: ["--networks", "coauthorship", "--max-drawn-nodes", "100"],
            config: "time-budget = 0\n"),
    ]

    /// Every output of a run in `out`, the manifest without its timings and threads setting.
    static func outputs(_ out: URL) throws -> ([String: Data], NSDictionary) {
        let files = try AnalyzeTests.contents(out)
        var manifest = try CLI.manifest(in: out)
        var settings = try #require(manifest["settings"] as? [String: Any])
        #expect(settings["threads"] != nil, "the manifest records the threads setting")
        settings["threads"] = nil
        manifest["settings"] = settings
        return (files, NSDictionary(dictionary: manifest))
    }

    @Test("threads = 1 and threads = 2 give byte-identical outputs", arguments: cases)
    func sameBytes(_ c: Case) throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let one = try AnalyzeTests.analyze(
            [c.input, "--quiet"] + c.flags, config: c.config + "threads = 1\n", out: out)
        #expect(one.status == 0, "\(one.stderr)")
        let (files1, manifest1) = try Self.outputs(out)
        let two = try AnalyzeTests.analyze(
            [c.input, "--quiet"] + c.flags, config: c.config + "threads = 2\n", out: out)
        #expect(two.status == 0, "\(two.stderr)")
        let (files2, manifest2) = try Self.outputs(out)
        #expect(files1.keys.sorted() == files2.keys.sorted())
        #expect(files1.count > 5)
        for (name, data) in files1.sorted(by: { $0.key < $1.key }) {
            #expect(data == files2[name], "\(name) differs between threads = 1 and threads = 2")
        }
        #expect(manifest1 == manifest2, "the manifests differ beyond timings and threads")
        #expect(one.stderr == two.stderr)
    }
}
