import Foundation
import Testing

@testable import CiteGraph

/// Community colors come from what the map draws: a thresholded map of a fragmented network is colored (it was
/// mostly grey when colors were ranked over the whole network), grey means a community alone on the map, and a
/// community keeps its color on a smaller map of the same network.
@Suite("CommunityColors")
struct CommunityColorsTests {
    /// 15 one-paper teams of 10 (the largest communities of the network, never drawn), 700 one-paper pairs, and 5
    /// cycles of 6 authors with 2 papers each: the auto thresholds draw the 30 cycle authors only.
    static func network() throws -> AnalyzedNetwork {
        var table = "title\tauthors\tyear\n"
        for t in 0..<15 {
            table += "Team paper \(t)\t" + (0..<10).map { "Team\(t) Member\($0)" }.joined(separator: "; ") + "\t2000\n"
        }
        for i in 0..<700 { table += "Pair paper \(i)\tSolo A\(i); Solo B\(i)\t2001\n" }
        for group in 0..<5 {
            for i in 0..<6 {
                for year in [2002, 2003] {
                    table +=
                        "Core paper \(group).\(i) \(year)\tCore\(group) Author\(i); Core\(group) Author\((i + 1) % 6)\t\(year)\n"
                }
            }
        }
        let a = try analyzeTable(table) { $0.networks = [.coauthorship] }
        return try #require(a.network(.coauthorship))
    }

    @Test("ranking by drawn members: every drawn community of 2+ gets a color, the undrawn big ones none")
    func thresholdedMapIsColored() throws {
        let net = try Self.network()
        let drawn = MapPlan.drawnNodes(net, AnalysisSettings()).nodes
        #expect(drawn.count == 30)
        let community = net.measures.community
        var perCommunity: [Int: Int] = [:]
        for node in drawn { perCommunity[community[node], default: 0] += 1 }
        #expect(perCommunity.count >= 2)
        for node in drawn where perCommunity[community[node]]! >= 2 {
            #expect(net.color(community: community[node]) != Palette.other)
        }
        let team = try #require(net.labels.firstIndex(of: "Team0 Member0"))
        #expect(net.color(community: community[team]) == Palette.other)
        // Distinct colors while there are enough of them.
        let colors = Set(perCommunity.keys.map { net.color(community: $0) })
        #expect(colors.count == min(perCommunity.count, Palette.colors.count))
    }

    @Test("a smaller map of the same network keeps each community's color")
    func stableAcrossMaps() throws {
        let net = try Self.network()
        let full = MapPlan(net, settings: AnalysisSettings(), corpusSummary: "")
        var smaller = AnalysisSettings()
        smaller.maxDrawnNodes = 8
        let cut = MapPlan(net, settings: smaller, corpusSummary: "")
        #expect(cut.writer.nodes.count == 8)
        let fullColor = Dictionary(uniqueKeysWithValues: full.writer.nodes.map { ($0.id, $0.color) })
        for node in cut.writer.nodes { #expect(node.color == fullColor[node.id]) }
        #expect(cut.writer.legend.allSatisfy { $0.color != Palette.other || $0.text.hasPrefix("grey") })
    }

    @Test("ties by community id, single drawn members grey, colors repeat after the palette")
    func assignment() {
        // Community 5 has 3 drawn nodes, 2 and 7 have 2, 9 has 1.
        let community = [5, 5, 5, 2, 2, 7, 7, 9]
        let colors = CommunityColors(community: community, drawn: Array(0..<8))
        #expect(colors.ranked == [5, 2, 7])
        #expect(colors.color(community: 5) == Palette.colors[0])
        #expect(colors.color(community: 2) == Palette.colors[1])
        #expect(colors.color(community: 9) == Palette.other)
        let many = CommunityColors(community: (0..<40).map { $0 / 2 }, drawn: Array(0..<40))
        #expect(many.colorsRepeat)
        #expect(many.color(community: Palette.colors.count) == Palette.colors[0])
    }
}
