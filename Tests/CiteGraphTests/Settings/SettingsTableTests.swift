import Foundation
import Testing

@testable import CiteGraph

@Suite("Settings table")
struct SettingsTableTests {
    /// Settings unlike the defaults in every row.
    static var changed: AnalysisSettings {
        var s = AnalysisSettings()
        s.inputs = ["a.bib", "dir with space/"]
        s.out = "out \"quoted\" \\ tab\t\u{1}end"
        s.inputFormat = .bibtex
        s.columns = "authors=Writers,title=Name"
        s.counting = .fractional
        s.minPapers = 3
        s.maxAuthorsPerPaper = 12
        s.includeGroups = true
        s.communities = .louvain
        s.resolution = 1.0 / 3  // every digit must survive the round trip
        s.seed = 7
        s.leidenIterations = -1
        s.layout = .neato
        s.labels = 5
        s.sizeBy = .betweenness
        s.thesaurus = "thesaurus.txt"
        s.mergeInitials = false
        s.inferOwner = false
        s.networks = [.coauthorship, .citations]
        s.imageFormats = [.svg, .pdf]
        s.maxDrawnNodes = 99
        s.timeBudget = 5.5
        s.exact = true
        s.topicNeighbors = 4
        s.topicFloor = 0.123456789012345
        s.reportAuthors = 20
        s.threads = 1
        s.eigenvectorMaxIterations = 77
        s.engine = .spark
        s.sparkMaster = "spark://host:7077"
        s.sparkConf = ["spark.executor.memory=4g", "spark.sql.shuffle.partitions=8"]
        s.memoryLimit = 2048
        s.mapMinPapers = 3
        s.mapScope = .largest
        s.colorBy = .year
        s.burstScale = 2.5
        s.burstGamma = 0.5
        s.periods = "2000-2009,2010-2024"
        s.sliceYears = 5
        return s
    }

    @Test("one row per key, in the enum's order, and every row reads what it writes")
    func rows() throws {
        #expect(AnalysisSettings.table.map(\.key) == SettingKey.allCases)
        let changed = Self.changed
        for setting in AnalysisSettings.table {
            var s = AnalysisSettings()
            let value = try #require(setting.read(changed), "\(setting.key)")
            #expect(setting.read(s) != value, "\(setting.key): the fixture must change every setting")
            try setting.write(&s, value)
            #expect(setting.read(s) == value, "\(setting.key)")
        }
    }

    @Test("a citegraph.toml written from the settings reproduces them")
    func tomlRoundTrip() throws {
        for settings in [AnalysisSettings(), Self.changed] {
            var back = AnalysisSettings()
            let text = settings.tomlText
            try back.apply(try ConfigFile(path: "written.toml", text: text))
            #expect(back == settings, "\(text)")
        }
    }

    @Test("the manifest's settings object reproduces the settings (--config manifest.json)")
    func manifestRoundTrip() throws {
        let settings = Self.changed
        let manifest = JSONValue.object(["settings": settings.json, "seed": .int(7)]).prettyRendered()
        var back = AnalysisSettings()
        try back.apply(try ConfigFile(path: "manifest.json", manifestJSON: Data(manifest.utf8)))
        #expect(back == settings)
        let keys = try #require(
            (try JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any])?["settings"]
                as? [String: Any]
        ).keys
        #expect(Set(keys) == Set(SettingKey.allCases.map(\.rawValue)))
    }

    @Test(
        "bad values name the flag and say why; nothing falls back silently",
        arguments: [
            (
                SettingKey.layout, SettingValue.string("spring"),
                "--layout: unknown value 'spring'; expected one of: sfdp"
            ),
            (.imageFormats, .string("png,gif"), "--image-formats: unknown value 'gif'; expected one of: svg, png, pdf"),
            (.networks, .array([]), "--networks must name at least one of: coauthorship, topics, citations"),
            (.networks, .string("coauthorship,friends"), "--networks: unknown value 'friends'"),
            (.minPapers, .int(0), "--min-papers must be at least 1 (got 0)"),
            (.threads, .int(0), "--threads must be at least 1 (got 0)"),
            (.resolution, .double(-1), "--resolution must be a positive number (got -1)"),
            (.topicFloor, .double(1.5), "--topic-floor must be between 0 and 1 (got 1.5)"),
            (.leidenIterations, .int(0), "--leiden-iterations must be positive or -1 (got 0)"),
            (.seed, .int(-3), "--seed must be a non-negative integer, not -3"),
            (.inputFormat, .string("unknown"), "--input-format: unknown value 'unknown'"),
            (.columns, .string("writer=X"), "--columns: unknown field “writer”"),
            (.labels, .string("many"), "--labels must be an integer, not a string"),
            (.exact, .int(1), "--exact must be true or false, not an integer"),
        ])
    func badFlags(_ key: SettingKey, _ value: SettingValue, _ message: String) {
        var s = AnalysisSettings()
        do {
            try s.apply(flags: [(key, value)])
            Issue.record("\(key) accepted \(value)")
        } catch {
            #expect("\(error)".hasPrefix(message), "\(error)")
        }
        #expect(s == AnalysisSettings(), "a rejected value must not change the settings")
    }

    @Test("config values are checked like flags, with the file and line")
    func badConfig() throws {
        var s = AnalysisSettings()
        let config = try ConfigFile(path: "c.toml", text: "labels = 3\nmin-papers = 0\n")
        #expect(throws: SettingsError(message: "c.toml:2: 'min-papers' must be at least 1 (got 0)")) {
            try s.apply(config)
        }
    }

    @Test("lists are normalized: networks in report order without repeats, svg always rendered")
    func lists() throws {
        var s = AnalysisSettings()
        try s.apply(flags: [(.networks, .string("citations, coauthorship,citations")), (.imageFormats, .string("pdf"))])
        #expect(s.networks == [.coauthorship, .citations])
        #expect(s.imageFormats == [.svg, .pdf])
        #expect(s.networkKinds == [.coauthorship, .citations, .cocitation, .coupling])
    }
}
