/// Community colors: Paul Tol's "muted" qualitative scheme (nine colors distinguishable under the common forms of
/// color blindness, https://personal.sron.nl/~pault/), largest communities first; smaller communities share
/// the neutral grey, and the legend says so.
public enum Palette {
    public static let colors = [
        "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
    ]
    public static let other = "#BBBBBB"

    /// The color of canonical community `id` (ids are ordered by size, largest first) of `size` members: a
    /// single node is not a community worth a color.
    public static func color(community id: Int, size: Int = 2) -> String {
        id < colors.count && size >= 2 ? colors[id] : other
    }

    /// A text color readable on `fill` (black on light fills, white on dark).
    public static func textColor(on fill: String) -> String {
        let hex = fill.dropFirst()
        guard hex.count == 6, let v = Int(hex, radix: 16) else { return "#000000" }
        let r = Double(v >> 16 & 0xFF), g = Double(v >> 8 & 0xFF), b = Double(v & 0xFF)
        return (0.299 * r + 0.587 * g + 0.114 * b) > 150 ? "#000000" : "#FFFFFF"
    }
}
