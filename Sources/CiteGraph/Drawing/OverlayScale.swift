import Foundation

/// The continuous color scale of an overlay map (`--color-by year|citations|MEASURE`), as VOSviewer's overlay
/// visualization: each node's score is placed between the 5th and the 95th percentile of the drawn nodes' scores
/// (values beyond are clipped to the ends, so a few outliers do not wash out the rest) and colored with viridis,
/// which is perceptually uniform, readable in grey and under the common forms of color blindness (van der Walt and
/// Smith, matplotlib 2015). Nodes without a score (non-finite: no dated paper) get `Palette.other`.
///
/// Percentiles interpolate linearly between order statistics (numpy's default `linear` method).
public struct OverlayScale: Sendable, Equatable {
    /// The 5th and 95th percentiles: the ends of the color scale.
    public let low: Double
    public let high: Double
    /// The smallest and largest score (the range the legend states).
    public let min: Double
    public let max: Double

    /// The scale over the finite `values`; nil when there is none.
    public init?(values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        min = first
        max = last
        low = OverlayScale.percentile(sorted, 5)
        high = OverlayScale.percentile(sorted, 95)
    }

    /// The `p`th percentile (0...100) of ascending, non-empty `sorted`, linearly interpolated.
    public static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "percentile of no values")
        let rank = p / 100 * Double(sorted.count - 1)
        let below = Int(rank.rounded(.down))
        let above = Swift.min(below + 1, sorted.count - 1)
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - Double(below))
    }

    /// Where `value` falls on the scale, 0...1 (clipped; 0.5 when the scale has no width).
    public func position(_ value: Double) -> Double {
        guard high > low else { return 0.5 }
        return Swift.min(1, Swift.max(0, (value - low) / (high - low)))
    }

    /// The fill color of `value` (`Palette.other` when it is not finite).
    public func color(_ value: Double) -> String {
        value.isFinite ? Viridis.color(position(value)) : Palette.other
    }
}

/// matplotlib's viridis color map, sampled at 11 evenly spaced points (`viridis(np.linspace(0, 1, 11))`) and
/// interpolated linearly in RGB between them.
public enum Viridis {
    public static let stops = [
        "#440154", "#482475", "#414487", "#355F8D", "#2A788E", "#21918C", "#22A884", "#44BF70", "#7AD151",
        "#BDDF26", "#FDE725",
    ]

    /// The color at `t` in 0...1 (clipped), as `#RRGGBB`.
    public static func color(_ t: Double) -> String {
        let x = Swift.min(1, Swift.max(0, t.isFinite ? t : 0)) * Double(stops.count - 1)
        let i = Swift.min(Int(x.rounded(.down)), stops.count - 2)
        let f = x - Double(i)
        let a = rgb(stops[i]), b = rgb(stops[i + 1])
        let mixed = (0..<3).map { (c: Int) -> Int in
            let from = Double(a[c])
            let to = Double(b[c])
            return Int((from + (to - from) * f).rounded())
        }
        return String(format: "#%02X%02X%02X", mixed[0], mixed[1], mixed[2])
    }

    private static func rgb(_ hex: String) -> [Int] {
        let v = Int(hex.dropFirst(), radix: 16)!
        return [v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF]
    }
}
