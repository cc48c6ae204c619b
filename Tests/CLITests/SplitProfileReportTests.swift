import Foundation
import Testing

/// A name written for two OpenAlex author ids is two nodes, listed as a possible split profile in report.json,
/// report.md and report.html alike, each escaped for its format, with the thesaurus row that merges them.
@Suite(.serialized) struct SplitProfileReportTests {
    static let name = #"<b>Wu & "H"</b> | `x`"#

    /// Three works: the name with id A1 on two of them (with Ann Lee), with id A2 on the third (with Bo Chan).
    static func works() -> Data {
        func work(_ id: String, _ authors: [(String, String)]) -> [String: Any] {
            [
                "id": "https://openalex.org/\(id)", "title": "Work \(id)", "publication_year": 2020,
                "authorships": authors.map {
                    ["author": ["id": "https://openalex.org/\($0.1)", "display_name": $0.0]]
                },
            ]
        }
        let list = [
            work("W1", [(name, "A2"), ("Ann Lee", "A3")]), work("W2", [(name, "A1"), ("Ann Lee", "A3")]),
            work("W3", [(name, "A1"), ("Bo Chan", "A4")]),
        ]
        return try! JSONSerialization.data(withJSONObject: ["results": list], options: [.sortedKeys])
    }

    static func run(_ extra: [String] = []) throws -> (URL, [String: Any]) {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("works.json")
        try works().write(to: input)
        let (r, out) = try AnalyzeTests.analyze(
            [input.path, "--quiet", "--networks", "coauthorship", "--image-formats", "svg"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return (out, try CLI.json(file: out.appendingPathComponent("report.json")))
    }

    @Test func theThreeReportsListTheSplitProfileAlike() throws {
        let (out, report) = try Self.run()
        let quality = try #require(report["dataQuality"] as? [String: Any])
        let splits = try #require(quality["splitProfiles"] as? [[String: Any]])
        #expect(splits.count == 1)
        let split = try #require(splits.first)
        #expect(split["written"] as? String == Self.name)
        #expect(split["scheme"] as? String == "openalex")
        let parts = try #require(split["parts"] as? [[String: Any]])
        #expect(parts.map { $0["label"] as? String } == [Self.name, Self.name + " (2)"])  // A1 before A2
        #expect(parts.map { $0["identifier"] as? String } == ["A1", "A2"])
        #expect(parts.map { $0["papers"] as? Int } == [2, 1])
        let row = "\(Self.name) (2)\t\(Self.name)"
        #expect(split["thesaurusRows"] as? [String] == [row])
        let ranked = try #require((report["authors"] as? [String: Any])?["ranked"] as? [[String: Any]])
        #expect(Set(ranked.compactMap { $0["name"] as? String }).isSuperset(of: [Self.name, Self.name + " (2)"]))

        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("### Possible split profiles"))
        #expect(markdown.contains(#"&lt;b>Wu &amp; "H"&lt;/b> \| \`x\` — kept apart as"#))
        #expect(markdown.contains("```\nlabel\treplace by\n\(row)\n```\n"))  // rows as written, tabs kept
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Possible split profiles (1)"))
        #expect(html.contains("&lt;b&gt;Wu &amp; &quot;H&quot;&lt;/b&gt; | `x` (2)\t&lt;b&gt;Wu"))
        #expect(!html.contains("<b>Wu"))
    }

    @Test func theOfferedRowMergesThemWhenUsedAsTheThesaurus() throws {
        let (_, report) = try Self.run()
        let split = try #require(
            ((report["dataQuality"] as? [String: Any])?["splitProfiles"] as? [[String: Any]])?.first)
        let rows = try #require(split["thesaurusRows"] as? [String])
        let file = try CLI.temporaryFolder().appendingPathComponent("thesaurus.txt")
        try Data((["label\treplace by"] + rows).joined(separator: "\n").utf8).write(to: file)
        let (_, merged) = try Self.run(["--thesaurus", file.path])
        let ranked = try #require((merged["authors"] as? [String: Any])?["ranked"] as? [[String: Any]])
        let names = ranked.compactMap { $0["name"] as? String }
        #expect(names.contains(Self.name) && !names.contains(Self.name + " (2)"))
        #expect(ranked.first { $0["name"] as? String == Self.name }?["papers"] as? Int == 3)
    }

    @Test func inspectListsItToo() throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("works.json")
        try Self.works().write(to: input)
        let json = try CLI.run(["inspect", "--json", "--quiet", input.path])
        let split = try #require((try CLI.json(json.stdout)["splitProfiles"] as? [[String: Any]])?.first)
        #expect(split["thesaurusRows"] as? [String] == ["\(Self.name) (2)\t\(Self.name)"])
        let text = try CLI.run(["inspect", input.path])
        #expect(text.stdout.contains("Possible split profiles"))
        #expect(text.stdout.contains("\(Self.name) (2) (OpenAlex author id A2, 1 paper)"))
    }
}
