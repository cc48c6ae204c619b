import Foundation
import Testing

@testable import CiteGraph

/// Map labels: every distinctly colored community named, and label text a monotone function of the size measure.
@Suite("Map labels")
struct MapLabelTests {
    static func seedsAnalysis(labels: Int) throws -> Analysis {
        var settings = AnalysisSettings()
        settings.inputs = [seedsPath]
        settings.networks = [.coauthorship]
        settings.labels = labels
        return try Analysis.run(settings, timer: StepTimer(sink: nil, total: AnalyzePlan.stepCount(settings)))
    }

    @Test("with 3 labels on the seeds' 22 colored communities, each of the 17 distinct colors still gets one")
    func everyColoredCommunityNamed() throws {
        let a = try Self.seedsAnalysis(labels: 3)
        let net = try #require(a.network(.coauthorship))
        let plan = MapPlan(net, settings: a.settings, corpusSummary: "seeds")
        let labeled = plan.writer.nodes.filter(\.showLabel)
        // Every community with two or more drawn members is colored; the first 17 have colors of their own.
        #expect(Set(plan.writer.nodes.filter { $0.color != Palette.other }.map(\.community)).count == 22)
        let colored = Set(net.colors.ranked.prefix(Palette.colors.count))
        #expect(Set(labeled.map(\.community)).isSuperset(of: colored))
        // The 3 most central nodes are labeled, plus one per colored community not among them: no more.
        let top = Set(net.ranking(by: a.settings.sizeBy).prefix(3))
        #expect(top.isSubset(of: Set(labeled.map(\.id))))
        #expect(labeled.count == 3 + colored.subtracting(top.map { net.measures.community[$0] }).count)
        let none = MapPlan(
            net,
            settings: {
                var s = a.settings
                s.labels = 0
                return s
            }(), corpusSummary: "")
        #expect(none.writer.nodes.filter(\.showLabel).isEmpty)
    }

    @Test("label font size follows the size measure: equal values, equal text; larger values, larger text")
    func monotoneFontSize() throws {
        let a = try Self.seedsAnalysis(labels: 60)
        let net = try #require(a.network(.coauthorship))
        let dot = MapPlan(net, settings: a.settings, corpusSummary: "seeds").writer.text
        let values = net.values(a.settings.sizeBy)
        var pairs: [(value: Double, font: Double)] = []
        for match in dot.matches(of: /\n  n(\d+) \[[^\n]*fontsize=([0-9.]+)/) {
            pairs.append((values[Int(match.1)!], Double(match.2)!))
        }
        #expect(pairs.count >= 60)
        for x in pairs {
            for y in pairs where x.value < y.value { #expect(x.font <= y.font, "\(x) vs \(y)") }
            for y in pairs where x.value == y.value { #expect(x.font == y.font) }
        }
    }
}
