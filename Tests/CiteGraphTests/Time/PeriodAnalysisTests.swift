import Foundation
import Testing

@testable import CiteGraph

/// Periods on a hand-built corpus: the papers split and accounted for, nodes and links new / continuing / gone,
/// risers, community matching by hand, the diagram escaped, and the same bytes on every run.
@Suite("Periods")
struct PeriodAnalysisTests {
    /// 2000–2004: A–B, B–C, D–E. 2005–2009: A–B, B–F, G–H, A–F. One undated paper, one from 2015.
    static let table = """
        title\tauthors\tyear
        p1\tAnn A; Bob B\t2001
        p2\tBob B; Cat C\t2002
        p3\tDan D; Eve E\t2003
        p4\tAnn A; Bob B\t2006
        p5\tBob B; Fay F\t2007
        p6\tGus G; Hal H\t2008
        p7\tAnn A; Fay F\t2008
        p8\tXia X; Yul Y\t
        p9\tIda I; Jon J\t2015

        """

    static func analyze(_ configure: (inout AnalysisSettings) -> Void) throws -> Analysis {
        try analyzeTable(table) {
            $0.networks = [.coauthorship]
            configure(&$0)
        }
    }

    @Test("periods parse, normalize and refuse overlaps; slices start at the first dated year")
    func parsing() throws {
        #expect(try Period.parse("2000-2009, 2010-2016,2017").map(\.label) == ["2000-2009", "2010-2016", "2017-2017"])
        #expect(throws: SettingProblem.self) { try Period.parse("2000-2010,2010-2016") }
        #expect(throws: SettingProblem.self) { try Period.parse("2010-2000") }
        #expect(throws: SettingProblem.self) { try Period.parse("abc") }
        #expect(Period.slices(first: 1990, last: 2024, years: 5).map(\.label).last == "2020-2024")
        #expect(Period.slices(first: 2001, last: 2008, years: 5).map(\.label) == ["2001-2005", "2006-2008"])
    }

    @Test("papers split by period and accounted for: periods + undated + outside = corpus")
    func split() throws {
        let a = try Self.analyze { $0.periods = "2000-2004,2005-2009" }
        let p = try #require(a.periods)
        #expect(p.slices.map(\.papers) == [3, 4])
        #expect(p.undated == 1 && p.outside == 1)
        #expect(p.slices.map(\.papers).reduce(0, +) + p.undated + p.outside == a.corpus.papers.count)
        let sliced = try #require(try Self.analyze { $0.sliceYears = 5 }.periods)
        #expect(sliced.slices.map(\.period.label) == ["2001-2005", "2006-2010", "2011-2015"])
        #expect(sliced.slices.map(\.papers) == [3, 4, 1] && sliced.outside == 0)
    }

    @Test("nodes and links new, continuing and gone; risers by degree")
    func comparison() throws {
        let a = try Self.analyze { $0.periods = "2000-2004,2005-2009" }
        let c = try #require(a.periods?.comparisons.first)
        #expect(a.periods?.comparisons.count == 1)
        #expect(c.nodes == .init(new: 3, continuing: 2, gone: 3))
        #expect(c.links == .init(new: 3, continuing: 1, gone: 2))
        #expect(c.degreeRisers.map(\.label) == ["Ann A"])
        #expect(c.degreeRisers.first?.before == 1 && c.degreeRisers.first?.after == 2)
        #expect(c.degreeFallers.isEmpty)
    }

    @Test("community matching: inclusion and weighted inclusion, checked by hand")
    func matching() {
        let earlier = [
            CommunityMatching.Community(id: 0, members: ["a", "b", "c", "d"], weights: [1, 1, 1, 1]),
            CommunityMatching.Community(id: 1, members: ["e", "f"], weights: [2, 2]),
        ]
        let later = [
            CommunityMatching.Community(id: 0, members: ["a", "b", "e"], weights: [2, 1, 1]),
            CommunityMatching.Community(id: 1, members: ["c", "x"], weights: [1, 1]),
        ]
        let flows = CommunityMatching.match(earlier, later)
        #expect(flows.map { [$0.from, $0.to, $0.shared] } == [[0, 0, 2], [0, 1, 1], [1, 0, 1]])
        #expect(abs(flows[0].inclusion - 2.0 / 3) < 1e-12 && flows[0].weightedInclusion == 0.5)
        #expect(flows[1].inclusion == 0.5 && flows[1].weightedInclusion == 0.5)
        #expect(flows[2].inclusion == 0.5 && flows[2].weightedInclusion == 0.25)
    }

    @Test("the periods' report parts and files are the same bytes on every run; labels escaped in the diagram")
    func determinism() throws {
        let hostile = Self.table.replacingOccurrences(of: "Bob B", with: "Bob <B&>")
        let run = {
            try analyzeTable(hostile) {
                $0.networks = [.coauthorship]
                $0.periods = "2000-2004,2005-2009"
            }
        }
        let first = try run(), second = try run()
        let p1 = try #require(first.periods), p2 = try #require(second.periods)
        #expect(PeriodReport.json(p1).prettyRendered() == PeriodReport.json(p2).prettyRendered())
        #expect(PeriodReport.csv(p1) == PeriodReport.csv(p2))
        let svg = try #require(EvolutionDiagram.of(p1, kind: .coauthorship))
        #expect(svg == EvolutionDiagram.of(p2, kind: .coauthorship))
        #expect(svg.contains("Bob &lt;B&amp;&gt;") && !svg.contains("<B&>"))
        let html = PeriodReport.html(p1, corpusPapers: first.corpus.papers.count, kinds: [.coauthorship])
        #expect(html.contains("7 papers in the periods + 1 without a year + 1 dated outside every period = 9 papers"))
        let names = OutputFolder.periodFiles(p1, kinds: [.coauthorship]).map(\.name)
        #expect(
            names == [
                "periods.csv", "evolution-coauthorship.svg", "period-2000-2004.coauthorship.graphml",
                "period-2005-2009.coauthorship.graphml",
            ])
    }
}

/// The whole pipeline with periods: progress exact (the periods and their maps are two planned steps), each
/// period's map and GraphML written beside periods.csv and the evolution diagram.
@Suite("Periods in the pipeline", .serialized)
struct PeriodPipelineTests {
    @Test("analyze with --periods: planned steps exact, period maps and exports written")
    func pipeline() throws {
        let (outcome, progress, out) = try AnalyzePipelineTests.run([smallFixture]) {
            $0.networks = [.coauthorship]
            $0.periods = "2018-2020,2021-2024"
            $0.colorBy = .year
        }
        defer { try? FileManager.default.removeItem(at: out) }
        var settings = outcome.analysis.settings
        #expect(AnalyzePlan.stepCount(settings) == 10)
        AnalyzePipelineTests.checkExact(progress, planned: 10)
        let names = Set(outcome.written.map(\.name))
        for name in [
            "periods.csv", "evolution-coauthorship.svg", "period-2018-2020.coauthorship.graphml",
            "period-2018-2020.coauthorship.svg", "period-2021-2024.coauthorship.svg",
        ] {
            #expect(names.contains(name), "\(name)")
        }
        settings.periods = nil
        #expect(AnalyzePlan.stepCount(settings) == 8)
    }
}
