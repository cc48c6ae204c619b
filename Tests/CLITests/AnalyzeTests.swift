import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// End-to-end runs of `citegraph analyze` as a user would: the built executable, fixtures and the seeds.
@Suite(.serialized) struct AnalyzeTests {
    static let small = "Tests/CLITests/Fixtures/small.tsv"
    static let hostile = "Tests/CLITests/Fixtures/hostile.tsv"
    static let perNetwork = [
        "dot", "svg", "graphml", "gexf", "net", "vosviewer-map.txt", "vosviewer-network.txt", "vosviewer.json",
    ]
    static let common = [
        "authors.csv", "bursts.csv", "communities.csv", "manifest.json", "papers.csv", "report.html", "report.json",
        "report.md",
    ]

    static func analyze(_ arguments: [String], out: URL? = nil) throws -> (CLI.Result, URL) {
        let dir = try out ?? CLI.temporaryFolder()
        let r = try CLI.run(["analyze"] + arguments + ["--out", dir.path])
        return (r, dir)
    }

    /// Runs analyze with `config` as its `--config` file (written beside `out`, removed after).
    static func analyze(_ arguments: [String], config: String, out: URL) throws -> CLI.Result {
        let toml = out.appendingPathExtension("toml")
        try Data(config.utf8).write(to: toml)
        defer { try? FileManager.default.removeItem(at: toml) }
        return try CLI.run(["analyze"] + arguments + ["--config", toml.path, "--out", out.path])
    }

    static func files(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    /// Every file of a run's output folder but manifest.json (whose timings change on every run), by name.
    static func contents(_ dir: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in try files(dir) where name != "manifest.json" {
            contents[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return contents
    }

    static func read(_ dir: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: dir.appendingPathComponent(name)), as: UTF8.self)
    }

    static func wellFormed(_ dir: URL, _ name: String) throws {
        let parser = XMLParser(data: try Data(contentsOf: dir.appendingPathComponent(name)))
        #expect(parser.parse(), "\(name) is not well-formed XML: \(String(describing: parser.parserError))")
    }

    @Test("the small fixture: the exact file set, valid XML, counts, byte-identical re-run")
    func smallFixture() throws {
        let (r, dir) = try Self.analyze([Self.small, "--quiet"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let networks = ["coauthorship", "topics", "citations", "cocitation", "coupling"]
        let expected =
            (Self.common + ["coauthorship-edges.csv"] + networks.flatMap { n in Self.perNetwork.map { "\(n).\($0)" } })
            .sorted()
        #expect(try Self.files(dir) == expected)
        for name in expected where name.hasSuffix(".graphml") || name.hasSuffix(".gexf") || name.hasSuffix(".svg") {
            try Self.wellFormed(dir, name)
        }
        let report = try CLI.json(try Self.read(dir, "report.json"))
        let corpus = try #require(report["corpus"] as? [String: Any])
        #expect(corpus["records"] as? Int == 12)
        #expect(corpus["papers"] as? Int == 12)
        #expect(corpus["duplicatesMerged"] as? Int == 0)
        #expect(corpus["skipped"] as? Int == 0)
        #expect(corpus["authors"] as? Int == 8)
        let nets = try #require(report["networks"] as? [String: [String: Any]])
        #expect(Set(nets.keys) == Set(networks))
        #expect(nets["coauthorship"]?["nodes"] as? Int == 8)
        #expect(nets["coauthorship"]?["edges"] as? Int == 11)
        #expect(nets["citations"]?["edges"] as? Int == 19)
        let topics = try #require(nets["topics"])
        #expect(topics["nodes"] as? Int == 8)
        #expect(topics["edges"] as? Int == 15)
        #expect(topics["components"] as? Int == 1)
        #expect(topics["largestComponent"] as? Int == 8)
        // JSONSerialization may read a double one or two units in the last place off: compare within 1e-12.
        #expect(abs((topics["density"] as? Double ?? .nan) - 0.5357142857142857) < 1e-12)
        #expect(abs((topics["modularity"] as? Double ?? .nan) - 0.35816393899464605) < 1e-12)
        #expect(topics["communities"] as? Int == 2)
        let authors = try #require((report["authors"] as? [String: Any])?["ranked"] as? [[String: Any]])
        #expect(authors.count == 8)
        let first = authors[0]
        #expect(first["name"] as? String == "Alan Turing")
        for (key, value) in ["papers": 4, "degree": 4, "strength": 7, "coreness": 2, "community": 0] {
            #expect(first[key] as? Int == value, "authors[0].\(key)")
        }
        let measures = [
            "betweenness": 0.30952380952380953, "closeness": 0.5833333333333334, "harmonic": 5.166666666666667,
            "eigenvector": 0.30585204892346834, "pagerank": 0.16598489392182475, "clustering": 0.5,
        ]
        for (key, value) in measures {
            #expect(abs((first[key] as? Double ?? .nan) - value) < 1e-12, "authors[0].\(key)")
        }
        // authors.csv: a header and one row per author; the edges file names the papers behind each edge.
        let csv = try Self.read(dir, "authors.csv")
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 9)
        let edges = try Self.read(dir, "coauthorship-edges.csv")
        #expect(
            edges.contains("Ada Lovelace,Charles Babbage,3,3,P0001;P0002;P0011")
                || edges.contains("Charles Babbage,Ada Lovelace,3,3,P0001;P0002;P0011"))
        // The manifest: version, inputs with SHA-256, settings, seed, timings, outputs.
        let manifest = try CLI.json(try Self.read(dir, "manifest.json"))
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect((inputs.first?["sha256"] as? String)?.count == 64)
        #expect((manifest["settings"] as? [String: Any])?["seed"] as? Int == 42)
        #expect((manifest["steps"] as? [Any])?.isEmpty == false)

        // Re-run into the same folder: every file but the manifest's timings is byte-identical.
        let before = try expected.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        let (again, _) = try Self.analyze([Self.small, "--quiet"], out: dir)
        #expect(again.status == 0)
        let after = try expected.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        for (name, (a, b)) in zip(expected, zip(before, after)) where name != "manifest.json" {
            #expect(a == b, "\(name) changed on re-run")
        }
        var m1 = manifest
        for key in ["steps", "totalSeconds"] { m1[key] = nil }
        #expect(NSDictionary(dictionary: m1) == NSDictionary(dictionary: try CLI.manifest(in: dir)))
        #expect(try Self.files(dir) == expected, "no temporary files left")
    }

    @Test("the seeds: counts in report.json, the map files, citations explained as skipped")
    func seeds() throws {
        let (r, dir) = try Self.analyze(["seeds"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let expected =
            (Self.common + ["coauthorship-edges.csv"]
            + ["coauthorship", "topics"].flatMap { n in Self.perNetwork.map { "\(n).\($0)" } }).sorted()
        #expect(try Self.files(dir) == expected)
        let report = try CLI.json(try Self.read(dir, "report.json"))
        let corpus = try #require(report["corpus"] as? [String: Any])
        #expect(corpus["records"] as? Int == 107)
        #expect(corpus["papers"] as? Int == 101)
        #expect(corpus["duplicatesMerged"] as? Int == 6)
        #expect(corpus["skipped"] as? Int == 0)
        #expect(corpus["authors"] as? Int == 175)
        #expect(corpus["groups"] as? Int == 3)
        let skipped = try #require(report["skippedNetworks"] as? [[String: Any]])
        #expect(
            skipped.first?["reason"] as? String
                == "citations: 0 of 101 records carry references, 0 matched inside the corpus; citation network skipped"
        )
        #expect(r.stderr.contains("citations: 0 of 101 records carry references"))
        #expect(r.stderr.contains("107 records read = 101 papers + 6 duplicates merged + 0 skipped"))
        let svg = try Self.read(dir, "coauthorship.svg")
        #expect(svg.contains("S. M. Ali Eslami"))
        #expect(try Self.read(dir, "report.html").contains("Andrew Lampinen"), "the report lists the name merges")
    }

    @Test("hostile names stay text in every output")
    func hostileNames() throws {
        let (r, dir) = try Self.analyze([Self.hostile, "--quiet"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let script = "<script>alert(1)</script>"
        for name in try Self.files(dir) {
            let text = try Self.read(dir, name)
            if name.hasSuffix(".html") || name.hasSuffix(".svg") || name.hasSuffix(".md") || name.hasSuffix(".graphml")
                || name.hasSuffix(".gexf")
            {
                #expect(!text.contains(script), "\(name) contains a raw <script> from a name")
            }
            if name.hasSuffix(".graphml") || name.hasSuffix(".gexf") || name.hasSuffix(".svg") {
                try Self.wellFormed(dir, name)
            }
        }
        // The names come back intact where the format keeps text: GraphML labels, CSV cells, JSON.
        let graphml = try Self.read(dir, "coauthorship.graphml")
        #expect(graphml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(graphml.contains("O&quot;Brien &amp; Sons"))
        #expect(graphml.contains("]]&gt; --&gt; &lt;!-- Name"))
        let csv = try Self.read(dir, "authors.csv")
        #expect(csv.contains(",\"O\"\"Brien & Sons\","))
        #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), "a formula-like name is neutralized")
        let report = try CLI.json(try Self.read(dir, "report.json"))
        let names =
            ((report["authors"] as? [String: Any])?["ranked"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            ?? []
        #expect(
            Set(names) == [script, "O\"Brien & Sons", "Back\\slash \\N Name", "=HYPERLINK(\"x\")", "]]> --> <!-- Name"])
        // graphviz drew the backslash name as written (no \N substitution).
        let svg = try Self.read(dir, "coauthorship.svg")
        #expect(svg.contains(">Back\\slash \\N Name</text>"))
        #expect(try Self.read(dir, "coauthorship.dot").contains("label=\"Back\\\\slash \\\\N Name\""))
    }

    @Test("settings from citegraph.toml, flags override, mistakes located; stale network files removed")
    func configAndStaleFiles() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let fixture = CLI.repositoryRoot.appendingPathComponent(Self.small).path
        try Data("# test\ncounting = \"fractional\"\nnetworks = [\"coauthorship\", \"citations\"]\n".utf8)
            .write(to: work.appendingPathComponent("citegraph.toml"))
        let out = work.appendingPathComponent("out")
        let r = try CLI.run(["analyze", fixture, "--out", out.path, "--quiet"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let manifest = try CLI.json(try Self.read(out, "manifest.json"))
        let settings = try #require(manifest["settings"] as? [String: Any])
        #expect(settings["counting"] as? String == "fractional")
        #expect(settings["networks"] as? [String] == ["coauthorship", "citations"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("cocitation.svg").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("topics.svg").path))
        // A flag overrides the file; files of networks no longer built disappear with the old manifest.
        let r2 = try CLI.run(
            ["analyze", fixture, "--out", out.path, "--quiet", "--networks", "coauthorship", "--counting", "full"],
            in: work)
        #expect(r2.status == 0)
        let settings2 = try #require(try CLI.json(try Self.read(out, "manifest.json"))["settings"] as? [String: Any])
        #expect(settings2["counting"] as? String == "full")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("cocitation.svg").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("citations.dot").path))
        // A mistake in the file names the file and line, and nothing runs.
        try Data("counting = \"full\"\nlabels = many\n".utf8).write(to: work.appendingPathComponent("bad.toml"))
        let bad = try CLI.run(["analyze", fixture, "--config", "bad.toml", "--out", out.path], in: work)
        #expect(CLI.configErrorStatuses.contains(bad.status), "\(bad.status)")
        #expect(bad.stderr.contains("bad.toml:2"), "\(bad.stderr)")
        let usage = try CLI.run(["analyze", fixture, "--layout", "spring", "--out", out.path])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("'spring'") && usage.stderr.contains("--layout"), "\(usage.stderr)")
    }

    @Test("--thesaurus merges names in the networks and lists the merge; --strict fails on warnings")
    func thesaurusAndStrict() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let thesaurus = work.appendingPathComponent("thesaurus.txt")
        try Data("label\treplace by\nMary Somerville\tAda Lovelace\n".utf8).write(to: thesaurus)
        let (r, dir) = try Self.analyze([
            Self.small, "--quiet", "--networks", "coauthorship", "--thesaurus", thesaurus.path,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let report = try CLI.json(try Self.read(dir, "report.json"))
        let merges = try #require((report["dataQuality"] as? [String: Any])?["nameMerges"] as? [[String: Any]])
        #expect(
            merges.contains {
                $0["variant"] as? String == "Mary Somerville" && $0["canonical"] as? String == "Ada Lovelace"
                    && $0["rule"] as? String == "thesaurus"
            })
        #expect((report["networks"] as? [String: [String: Any]])?["coauthorship"]?["nodes"] as? Int == 7)
        // A table row with a bad year is a warning: --strict exits 2 after writing everything.
        let bad = work.appendingPathComponent("bad.tsv")
        try Data(
            "paper_id\tyear\ttopic\tauthors\tdoi\nP1\tsoon\tLG\tA B;C D\t10.1/x\nP2\t2020\tLG\tA B;E F\t10.1/y\n".utf8
        ).write(to: bad)
        let strict = try CLI.run([
            "analyze", bad.path, "--out", work.appendingPathComponent("o").path, "--quiet", "--strict",
        ])
        #expect(strict.status == 2, "\(strict.stderr)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("o/report.html").path))
    }

    @Test("png and pdf on request; a map limited to its top nodes says so")
    func imageFormatsAndLimit() throws {
        let (r, dir) = try Self.analyze([
            Self.small, "--networks", "coauthorship", "--image-formats", "png,pdf", "--max-drawn-nodes", "5",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: dir.appendingPathComponent("coauthorship.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: dir.appendingPathComponent("coauthorship.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(r.stderr.contains("the coauthorship map shows the top 5 of 8 nodes by pagerank"))
        let graphml = try Self.read(dir, "coauthorship.graphml")
        #expect(graphml.components(separatedBy: "<node ").count - 1 == 8)
    }
}
