import Foundation
import Testing

@testable import CiteGraph

/// The corpus over time on a hand-built table: documents, authors and new authors per year, undated records
/// counted and warned about, each file's coverage, and bursts of a term and an author that rise late.
@Suite("Time analysis")
struct TimeAnalysisTests {
    /// 2000–2009: four papers a year by three steady authors on "graphs"; "Rita Riser" writes on "transformers"
    /// with them from 2007 on (3 papers a year); 3 papers have no year.
    static var table: String {  // also the rising-authors fixture
        var rows = ["title\tauthors\tyear"]
        for year in 2000...2009 {
            rows.append("Graphs study \(year) a\tSteady Sam; Steady Tom\t\(year)")
            rows.append("Graphs survey \(year) b\tSteady Ann; Steady Tom\t\(year)")
            rows.append("Graphs review \(year) c\tSteady Sam; Steady Ann\t\(year)")
            rows.append("Graphs note \(year) d\tSteady Tom; Steady Ann\t\(year)")
        }
        for year in 2007...2009 {
            rows.append("Transformers first \(year)\tRita Riser; Steady Sam\t\(year)")
            rows.append("Transformers second \(year)\tRita Riser; Steady Ann\t\(year)")
            rows.append("Transformers third \(year)\tRita Riser; Steady Tom\t\(year)")
        }
        for i in 1...3 { rows.append("Undated transformers \(i)\tNo Year\(i); Steady Tom\t") }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test("per year: documents, distinct authors, first-time authors; undated counted and warned about")
    func years() throws {
        let a = try analyzeTable(Self.table) { $0.networks = [.coauthorship] }
        let y = a.time.years
        #expect(y.papers == 52 && y.undated == 3)
        #expect(y.years.map(\.year) == Array(2000...2009))
        #expect(y.years.map(\.documents) == [4, 4, 4, 4, 4, 4, 4, 7, 7, 7])
        #expect(y.years.map(\.authors) == [3, 3, 3, 3, 3, 3, 3, 4, 4, 4])
        #expect(y.years.map(\.newAuthors) == [3, 0, 0, 0, 0, 0, 0, 1, 0, 0])
        #expect(y.years.map(\.documents).reduce(0, +) == y.papers - y.undated)
        #expect(y.warning?.contains("3 of 52 papers") == true)
        #expect(y.files.count == 1 && y.files[0].undated == 3 && y.files[0].first == 2000 && y.files[0].last == 2009)
    }

    @Test("bursts: the late term and the riser burst in 2007–2009; the steady ones do not burst then")
    func bursts() throws {
        let a = try analyzeTable(Self.table) { $0.networks = [.coauthorship] }
        let entries = a.time.bursts.entries
        let riser = try #require(entries.first { $0.kind == .author && $0.item == "Rita Riser" })
        #expect(riser.start == 2007 && riser.end == 2009 && riser.strength > 0)
        #expect(riser.counts == [0, 0, 0, 0, 0, 0, 0, 3, 3, 3])
        let term = try #require(entries.first { $0.kind == .term && $0.item == "transformers" })
        #expect(term.start == 2007 && term.end == 2009)
        #expect(term.papers == 9, "undated papers are left out")
        // The steady ones fill (nearly) every paper before 2007: if anything, that is their burst, never the end.
        #expect(!entries.contains { ($0.item == "Steady Tom" || $0.item == "graphs") && $0.end >= 2007 })
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.strength >= $1.strength })
        let csv = TimeReport.csv(a.time.bursts)
        #expect(csv.hasPrefix("kind,item,start,end,strength,papers\r\n"))
        #expect(csv.contains("author,Rita Riser,2007,2009,"))
    }

    @Test("a larger γ (--burst-gamma) finds fewer bursts; the same settings give the same table")
    func parameters() throws {
        let base = try analyzeTable(Self.table) { $0.networks = [.coauthorship] }
        let strict = try analyzeTable(Self.table) {
            $0.networks = [.coauthorship]
            $0.burstGamma = 50
        }
        #expect(strict.time.bursts.entries.isEmpty && !base.time.bursts.entries.isEmpty)
        let again = try analyzeTable(Self.table) { $0.networks = [.coauthorship] }
        #expect(again.time.bursts.entries == base.time.bursts.entries)
    }

    @Test("the reports carry the Time section, escaped; charts are SVG with their numbers")
    func reports() throws {
        let a = try analyzeTable(Self.table.replacingOccurrences(of: "Rita Riser", with: "Rita <b>Riser</b>")) {
            $0.networks = [.coauthorship]
        }
        let html = TimeReport.html(a.time)
        #expect(html.contains("<section id=\"time\">"))
        #expect(html.contains("Rita &lt;b&gt;Riser&lt;/b&gt;") && !html.contains("<b>Riser"))
        #expect(html.components(separatedBy: "<svg class=\"yearchart\"").count == 4)
        #expect(html.contains("<title>2007: 7</title>"))
        #expect(html.contains("s = 2, γ = 1"))
        let md = TimeReport.markdown(a.time)
        #expect(md.contains("| 2007 | 7 | 4 | 1 |"))
        let json = TimeReport.json(a.time).prettyRendered()
        #expect(json.contains("\"undated\": 3"))
    }
}

/// Rising authors on the fixture built to contain one: Rita Riser (no past, 3 papers a year recently) ranks first,
/// ahead of the steady authors who gain a paper a year through her.
@Suite("Rising authors")
struct RisingAuthorsTests {
    @Test("the riser ranks first with her rates; the window is the last 3 dated years")
    func riser() throws {
        let a = try analyzeTable(TimeAnalysisTests.table) { $0.networks = [.coauthorship] }
        let rising = a.time.rising
        #expect(rising.recent == 2007...2009)
        let top = try #require(rising.rows.first)
        #expect(top.name == "Rita Riser")
        #expect(top.pastPapers == 0 && top.recentPapers == 9 && top.pastRate == 0 && top.recentRate == 3)
        #expect(top.recentCoauthorRate == 1)
        // Steady Sam: papers a and c each year (2/yr over 2000–2006), then one more with Rita (3/yr).
        let sam = try #require(rising.rows.first { $0.name == "Steady Sam" })
        #expect(sam.pastRate == 2 && sam.recentRate == 3 && sam.growth == 1)
        #expect(rising.rows.map(\.growth) == rising.rows.map(\.growth).sorted(by: >))
        #expect(TimeReport.html(a.time).contains("Rising authors (2007–2009"))
    }
}
