import Foundation
import Testing

@testable import CiteGraph

/// Overlay maps: the 5th–95th percentile scale (numpy's linear percentiles), viridis colors, the legend, and the
/// average year per node on a hand-built corpus.
@Suite("Overlay scale")
struct OverlayScaleTests {
    @Test("percentiles interpolate as numpy.percentile (linear): values checked by hand")
    func percentiles() throws {
        // numpy.percentile([1, 2, 3, 4, 5], 5) = 1.2; 95 → 4.8; of 1...21 → 2 and 20.
        let scale = try #require(OverlayScale(values: [3, 1, 5, 2, 4, .nan]))
        #expect(abs(scale.low - 1.2) < 1e-12)
        #expect(abs(scale.high - 4.8) < 1e-12)
        #expect(scale.min == 1 && scale.max == 5)
        let wide = try #require(OverlayScale(values: (1...21).map(Double.init)))
        #expect(wide.low == 2 && wide.high == 20)
        #expect(OverlayScale(values: [.nan]) == nil)
        #expect(OverlayScale(values: []) == nil)
    }

    @Test("values beyond the percentiles are clipped to the ends of viridis; no value is grey")
    func clipping() throws {
        let scale = try #require(OverlayScale(values: (1...21).map(Double.init)))
        #expect(scale.color(1) == "#440154")
        #expect(scale.color(2) == "#440154")
        #expect(scale.color(20) == "#FDE725")
        #expect(scale.color(21) == "#FDE725")
        #expect(scale.color(11) == Viridis.color(0.5))
        #expect(scale.color(.nan) == Palette.other)
        let flat = try #require(OverlayScale(values: [2000, 2000]))
        #expect(flat.color(2000) == Viridis.color(0.5))
    }

    @Test("viridis: matplotlib's end points and middle, interpolated between samples")
    func viridis() {
        #expect(Viridis.color(0) == "#440154")
        #expect(Viridis.color(0.5) == "#21918C")
        #expect(Viridis.color(1) == "#FDE725")
        #expect(Viridis.color(-3) == "#440154" && Viridis.color(7) == "#FDE725")
        // Halfway between #440154 and #482475: (0x44+0x48)/2 = 0x46, (0x01+0x24)/2 = 18.5 → 0x13 (rounded), ...
        #expect(Viridis.color(0.05) == "#461365")
    }

    static let table = """
        title\tauthors\tyear
        Old one\tAnn Old; Bob Old\t1990
        Old two\tAnn Old; Bob Old\t1992
        Bridge\tBob Old; Cy New\t2010
        New one\tCy New; Di New\t2020
        New two\tCy New; Di New\t2022
        Undated\tDi New; Ed Nodate\t
        Undated two\tEd Nodate; Fay Nodate\t

        """

    @Test("average year: papers without a year left out, NaN when none is dated; an export column")
    func averageYear() throws {
        let a = try analyzeTable(Self.table) { $0.networks = [.coauthorship] }
        let net = try #require(a.network(.coauthorship))
        let year = Dictionary(uniqueKeysWithValues: zip(net.labels, net.avgYear))
        #expect(year["Ann Old"] == 1991)
        #expect(year["Bob Old"] == (1990 + 1992 + 2010) / 3.0)
        #expect(year["Cy New"] == (2010 + 2020 + 2022) / 3.0)
        #expect(year["Di New"] == 2021)
        #expect(year["Fay Nodate"]?.isNaN == true)
        let attributes = NodeAttribute.all(net).map(\.name)
        #expect(attributes.contains("avgYear"))
        #expect(!attributes.contains("avgCitations"), "no citation networks: citation counts unknown")
        let column = try #require(NodeAttribute.all(net).first { $0.name == "avgYear" })
        let fay = try #require(net.labels.firstIndex(of: "Fay Nodate"))
        #expect(column.text(fay) == "NaN")
        guard case let .double(v) = column.json(fay) else { return #expect(Bool(false)) }
        #expect(v.isNaN)
    }

    @Test("--color-by year: the newest collaborations get the bright end, the legend states the clipped scale")
    func yearMap() throws {
        let a = try analyzeTable(Self.table) {
            $0.networks = [.coauthorship]
            $0.colorBy = .year
            $0.mapScope = .all
            $0.mapMinPapers = 1
        }
        let net = try #require(a.network(.coauthorship))
        let plan = MapPlan(net, settings: a.settings, corpusSummary: "t")
        let color = Dictionary(uniqueKeysWithValues: plan.writer.nodes.map { (net.labels[$0.id], $0.color) })
        #expect(color["Ann Old"] == "#440154")
        #expect(color["Di New"] == "#FDE725")
        #expect(color["Fay Nodate"] == Palette.other)
        #expect(plan.writer.legend.isEmpty)
        let scale = try #require(plan.writer.scale)
        #expect(scale.title.contains("average publication year"))
        #expect(scale.note.contains("5th–95th percentile") && scale.note.contains("range 1991.0–2021.0"))
        #expect(scale.note.contains("2 without a value in grey"))
        #expect(color["Ed Nodate"] == Palette.other)
        #expect(plan.writer.text.contains("5th–95th percentile"))
        let community = MapPlan(
            net,
            settings: {
                var s = a.settings
                s.colorBy = .community
                return s
            }(), corpusSummary: "t")
        #expect(community.writer.scale == nil && !community.writer.legend.isEmpty)
    }

    @Test("--color-by citations without citation networks falls back to communities and says so")
    func citationsUnknown() throws {
        let a = try analyzeTable(Self.table) {
            $0.networks = [.coauthorship]
            $0.colorBy = .citations
        }
        let net = try #require(a.network(.coauthorship))
        let plan = MapPlan(net, settings: a.settings, corpusSummary: "t")
        #expect(plan.writer.scale == nil)
        #expect(plan.writer.subtitle.contains("colored by community: no citations values"))
    }

    @Test("citations known: avgCitations is a column of every network; a measure colors too")
    func citationsKnown() throws {
        let a = try analyzeSmall { $0.colorBy = .pagerank }
        for net in a.networks {
            #expect(NodeAttribute.all(net).contains { $0.name == "avgCitations" }, "\(net.name)")
            #expect(MapPlan(net, settings: a.settings, corpusSummary: "s").writer.scale != nil, "\(net.name)")
        }
    }
}
