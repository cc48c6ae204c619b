import Testing

@testable import CiteGraph

@Suite("ConfigFile")
struct ConfigFileTests {
    @Test("reads the TOML subset: top level and [analyze], strings, numbers, booleans, arrays, comments")
    func reads() throws {
        let text = """
            # CiteGraph settings
            counting = "fractional"   # comment after a value
            min_papers = 2
            [analyze]
            resolution = 1.5
            networks = ["coauthorship", 'topics']
            groups = true
            seed = 7
            """
        let config = try ConfigFile(path: "citegraph.toml", text: text)
        var s = AnalysisSettings()
        try s.apply(config)
        #expect(s.counting == .fractional)
        #expect(s.minPapers == 2)
        #expect(s.resolution == 1.5)
        #expect(s.networks == [.coauthorship, .topics])
        #expect(s.includeGroups)
        #expect(s.seed == 7)
        #expect(config.entries["min-papers"]?.line == 3)
    }

    @Test(
        "mistakes name the file and line",
        arguments: [
            ("counting = fractional", "citegraph.toml:1", "strings need quotes"),
            ("x = 1\n[colors]", "citegraph.toml:2", "unknown table"),
            ("labels = \"many\"", "citegraph.toml:1", "must be an integer"),
            ("colour = \"red\"", "citegraph.toml:1", "unknown setting 'colour'"),
            ("name = \"open", "citegraph.toml:1", "unterminated string"),
            ("a = 1\na = 2", "citegraph.toml:2", "set twice"),
            ("layout = { engine = \"sfdp\" }", "citegraph.toml:1", "inline tables"),
        ])
    func errors(_ text: String, _ location: String, _ message: String) {
        do {
            var s = AnalysisSettings()
            try s.apply(try ConfigFile(path: "citegraph.toml", text: text))
            Issue.record("expected an error for \(text)")
        } catch {
            #expect("\(error)".hasPrefix(location), "\(error)")
            #expect("\(error)".contains(message), "\(error)")
        }
    }
}
