/// Community colors: Paul Tol's "muted" qualitative scheme (nine colors distinguishable under the common forms of
/// color blindness, https://personal.sron.nl/~pault/), then his "light" scheme without its grey, so that seventeen
/// communities get colors of their own before they repeat (`CommunityColors` decides which community gets which);
/// the neutral grey is kept for communities with a single node on the map, and the legend says so.
public enum Palette {
    public static let colors = [
        "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
        "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
    ]
    public static let other = "#BBBBBB"

    /// A text color readable on `fill` (black on light fills, white on dark).
    public static func textColor(on fill: String) -> String {
        let hex = fill.dropFirst()
        guard hex.count == 6, let v = Int(hex, radix: 16) else { return "#000000" }
        let r = Double(v >> 16 & 0xFF), g = Double(v >> 8 & 0xFF), b = Double(v & 0xFF)
        return (0.299 * r + 0.587 * g + 0.114 * b) > 150 ? "#000000" : "#FFFFFF"
    }
}
