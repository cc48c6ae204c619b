import Foundation
import Testing

@testable import CiteGraph

/// Map thresholds chosen from the network: a large, fragmented co-authorship network is drawn as its authors with
/// enough papers, their largest connected set; small or connected networks are drawn whole.
@Suite("MapFilter")
struct MapFilterTests {
    /// 700 one-paper pairs of authors (1,400 authors in 700 components of 2) and a cycle of 30 authors with 2 papers
    /// each: 1,430 authors, the largest connected set 30.
    static func fragmented(_ configure: (inout AnalysisSettings) -> Void = { _ in }) throws -> AnalyzedNetwork {
        var table = "title\tauthors\tyear\n"
        for i in 0..<700 { table += "Pair paper \(i)\tSolo A\(i); Solo B\(i)\t2001\n" }
        for i in 0..<30 { table += "Core paper \(i)\tCore Author\(i); Core Author\((i + 1) % 30)\t2002\n" }
        let a = try analyzeTable(table) {
            $0.networks = [.coauthorship]
            configure(&$0)
        }
        return try #require(a.network(.coauthorship))
    }

    @Test("auto: authors with 2+ papers, their largest connected set, and a notice saying so and why")
    func auto() throws {
        let net = try Self.fragmented()
        #expect(net.graph.nodeCount == 1430)
        let filter = MapFilter(net, settings: AnalysisSettings())
        #expect(filter.nodes.count == 30)
        #expect(filter.nodes.allSatisfy { net.labels[$0].hasPrefix("Core") })
        let notice = try #require(filter.notice)
        #expect(notice.contains("draws 30 of 1430 nodes"))
        #expect(notice.contains("at least 2 papers (--map-min-papers)"))
        #expect(notice.contains("largest connected set (--map-scope)"))
        #expect(notice.contains("largest connected set holds 30 of 1430 nodes"))
    }

    @Test("auto, when the largest connected set is a small part: the linked nodes, not a handful")
    func autoManyGroups() throws {
        // 1,400 one-paper pairs plus 60 two-paper pairs (each pair wrote 2 papers together): with 2+ papers, 120
        // authors in 60 groups of 2, the largest connected set 2 of 120; plus 5 two-paper authors with no link.
        var table = "title\tauthors\tyear\n"
        for i in 0..<1400 { table += "Pair paper \(i)\tSolo A\(i); Solo B\(i)\t2001\n" }
        for i in 0..<60 {
            for topic in ["River deltas", "Quantum codes"] {
                table += "\(topic) \(i)\tDelta A\(i); Delta B\(i)\t2002\n"
            }
        }
        for i in 0..<5 {
            for topic in ["Moss growth", "Star formation"] { table += "\(topic) \(i)\tLone Author\(i)\t2003\n" }
        }
        let a = try analyzeTable(table) { $0.networks = [.coauthorship] }
        let net = try #require(a.network(.coauthorship))
        let filter = MapFilter(net, settings: a.settings)
        #expect(filter.nodes.count == 120)
        #expect(filter.nodes.allSatisfy { net.labels[$0].hasPrefix("Delta") })
        #expect(filter.notice?.contains("largest connected set has only 2") == true)
    }

    @Test("explicit settings win: everything, or the largest connected set only")
    func explicit() throws {
        let net = try Self.fragmented()
        var settings = AnalysisSettings()
        settings.mapMinPapers = 1
        settings.mapScope = .all
        let all = MapFilter(net, settings: settings)
        #expect(all.nodes.count == 1430 && all.notice == nil)
        settings.mapScope = .largest
        let largest = MapFilter(net, settings: settings)
        #expect(largest.nodes.count == 30)
        #expect(largest.notice?.contains("chosen because") == false)
    }

    @Test("a small network (the small fixture) is drawn whole")
    func small() throws {
        let a = try analyzeSmall()
        for net in a.networks {
            let filter = MapFilter(net, settings: a.settings)
            #expect(filter.nodes == Array(0..<net.graph.nodeCount) && filter.notice == nil, "\(net.name)")
        }
    }

    @Test("the map draws what the filter keeps and carries its notice")
    func plan() throws {
        let net = try Self.fragmented()
        let plan = MapPlan(net, settings: AnalysisSettings(), corpusSummary: "x")
        #expect(plan.writer.nodes.count == 30)
        #expect(plan.notice?.contains("--map-scope") == true)
        #expect(plan.writer.text.contains("--map-min-papers"))
    }
}
