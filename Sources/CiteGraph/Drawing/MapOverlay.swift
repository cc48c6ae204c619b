import Foundation

/// An overlay map's coloring (`--color-by` other than `community`): each drawn node's score on an `OverlayScale`
/// built over the drawn nodes, and the legend stating the clipped scale and the full range.
struct MapOverlay {
    let colorBy: ColorBy
    let values: [Double]
    let scale: OverlayScale
    /// Nodes without a score (no dated paper), drawn grey.
    let unscored: Int

    /// Nil when the map is colored by community, or the network has no such score (citations unknown) or no
    /// drawn node has one.
    init?(_ net: AnalyzedNetwork, colorBy: ColorBy, drawn: [Int]) {
        guard let values = net.overlayValues(colorBy),
            let scale = OverlayScale(values: drawn.map { values[$0] })
        else { return nil }
        self.colorBy = colorBy
        self.values = values
        self.scale = scale
        unscored = drawn.filter { !values[$0].isFinite }.count
    }

    func color(_ node: Int) -> String { scale.color(values[node]) }

    /// What the score is, for the legend's title.
    var scoreName: String {
        switch colorBy {
        case .year: return "average publication year of the node's papers"
        case .citations: return "average citations in the corpus of the node's papers"
        default: return colorBy.rawValue
        }
    }

    func format(_ v: Double) -> String {
        colorBy == .year ? String(format: "%.1f", v) : Report.format(v)
    }

    var legend: DOTWriter.ScaleLegend {
        var note =
            "scale clipped to the 5th–95th percentile of the drawn nodes (as VOSviewer's overlay); range \(format(scale.min))–\(format(scale.max))"
        if unscored > 0 { note += "; \(unscored) without a value in grey" }
        return DOTWriter.ScaleLegend(
            title: "color: \(scoreName) (viridis)", lowText: "≤ \(format(scale.low))",
            highText: "≥ \(format(scale.high))", colors: (0...10).map { Viridis.color(Double($0) / 10) }, note: note)
    }
}
