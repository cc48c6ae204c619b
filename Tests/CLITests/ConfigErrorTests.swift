import Foundation
import Testing

/// Mistakes in a config file given with `--config`: a usage error (exit 64) naming the file and line, the key or the
/// bad value, and nothing runs. The TOML reader's own cases are in CiteGraphTests
/// (ConfigFileTests); these go through the built CLI.
@Suite(.serialized) struct ConfigErrorTests {
    struct Mistake: Sendable, CustomTestStringConvertible {
        var toml: String
        /// The line the message names (`bad.toml:LINE`).
        var line: Int
        /// Text the message must contain: the key or the bad value.
        var mentions: String
        var testDescription: String { toml.debugDescription }
    }

    static let located: [Mistake] = [
        // A wrong type for every kind of key: string, enum, integer, number, boolean, list of strings.
        Mistake(toml: "out = 1", line: 1, mentions: "out"),
        Mistake(toml: "layout = 2", line: 1, mentions: "layout"),
        Mistake(toml: "# comment\ncounting = 1", line: 2, mentions: "counting"),
        Mistake(toml: "labels = \"many\"", line: 1, mentions: "labels"),
        Mistake(toml: "resolution = \"high\"", line: 1, mentions: "resolution"),
        Mistake(toml: "groups = \"yes\"", line: 1, mentions: "groups"),
        Mistake(toml: "exact = 1", line: 1, mentions: "exact"),
        Mistake(toml: "threads = true", line: 1, mentions: "threads"),
        Mistake(toml: "networks = [1]", line: 1, mentions: "networks"),
        Mistake(toml: "inputs = 3", line: 1, mentions: "inputs"),
        // An unknown value of an enum key.
        Mistake(toml: "counting = \"half\"", line: 1, mentions: "half"),
        Mistake(toml: "size-by = \"bigness\"", line: 1, mentions: "bigness"),
        Mistake(toml: "communities = \"kmeans\"", line: 1, mentions: "kmeans"),
        Mistake(toml: "input-format = \"word\"", line: 1, mentions: "word"),
        Mistake(toml: "seed = -1", line: 1, mentions: "seed"),
        // The file's structure.
        Mistake(toml: "seed = 1\nseed = 2", line: 2, mentions: "seed"),
        Mistake(toml: "min_papers = 1\nmin-papers = 2", line: 2, mentions: "min-papers"),
        Mistake(toml: "[colours]\nlabels = 3", line: 1, mentions: "colours"),
        Mistake(toml: "[analyze]\nlabels = 3\n[output]", line: 3, mentions: "output"),
        Mistake(toml: "labels = 3\nx = { a = 1 }", line: 2, mentions: "inline table"),
        Mistake(toml: "layout = \"neato\"\nthesaurus = \"open", line: 2, mentions: "unterminated string"),
        Mistake(toml: "colour = \"red\"", line: 1, mentions: "colour"),
        // Values of the right type that the settings table rejects.
        Mistake(toml: "layout = \"spring\"", line: 1, mentions: "'layout': unknown value 'spring'"),
        Mistake(toml: "counting = \"full\"\nimage-formats = [\"gif\"]", line: 2, mentions: "'gif'"),
        Mistake(toml: "networks = [\"friends\"]", line: 1, mentions: "'friends'"),
        Mistake(toml: "min-papers = 0", line: 1, mentions: "'min-papers' must be at least 1 (got 0)"),
        Mistake(toml: "labels = -1", line: 1, mentions: "'labels' must be at least 0 (got -1)"),
        Mistake(toml: "networks = []", line: 1, mentions: "'networks' must name at least one"),
        Mistake(toml: "topic-floor = 2", line: 1, mentions: "'topic-floor' must be between 0 and 1"),
        Mistake(toml: "columns = \"writer=X\"", line: 1, mentions: "unknown field"),
    ]

    static func check(_ mistake: Mistake) throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data((mistake.toml + "\n").utf8).write(to: work.appendingPathComponent("bad.toml"))
        let fixture = CLI.repositoryRoot.appendingPathComponent(AnalyzeTests.small).path
        let r = try CLI.run(["analyze", fixture, "--config", "bad.toml", "--out", "out", "--quiet"], in: work)
        #expect(CLI.configErrorStatuses.contains(r.status), "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("bad.toml:\(mistake.line):"), "\(r.stderr)")
        #expect(r.stderr.contains(mistake.mentions), "\(r.stderr)")
        #expect(try AnalyzeTests.files(work) == ["bad.toml"], "nothing runs")
    }

    @Test("a mistake in the file: a usage error with file:line and the key or value", arguments: located)
    func locatedMistake(_ mistake: Mistake) throws { try Self.check(mistake) }

    @Test("a config file that cannot be read names its path")
    func unreadableConfig() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let fixture = CLI.repositoryRoot.appendingPathComponent(AnalyzeTests.small).path
        let r = try CLI.run(["analyze", fixture, "--config", "/nonexistent/citegraph.toml", "--quiet"], in: work)
        #expect(CLI.configErrorStatuses.contains(r.status), "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("/nonexistent/citegraph.toml"), "\(r.stderr)")
        #expect(try AnalyzeTests.files(work).isEmpty, "nothing runs")
    }
}
