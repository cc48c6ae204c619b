/// Which community gets which color, decided once per network from the nodes its map draws and reused by every
/// view of that network in one run (the static map, the viewer, the reports, the GEXF and VOSviewer exports, and a
/// map of fewer nodes of the same network), so a community keeps its color wherever its nodes appear.
///
/// Communities are ranked by their number of drawn members (ties: the smaller id, which is the larger community of
/// the whole network), and every community with at least two drawn members gets a palette color in that order —
/// after `Palette.colors.count` communities the colors repeat. Grey (`Palette.other`) means one thing only: a
/// community with fewer than two nodes on the map (a single author, or a community the map does not show).
/// Ranking over the whole network instead left a thresholded map mostly grey: its communities were small ones.
public struct CommunityColors: Sendable, Equatable {
    /// Colored community ids, most drawn members first.
    public let ranked: [Int]
    /// Drawn members per colored community, in `ranked` order.
    public let drawnMembers: [Int]
    private let colorIndex: [Int: Int]

    /// `community[node]` for every node of the network; `drawn` the nodes of the full map.
    public init(community: [Int], drawn: [Int]) {
        var counts: [Int: Int] = [:]
        for node in drawn { counts[community[node], default: 0] += 1 }
        let colored = counts.filter { $0.value >= 2 }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        ranked = colored.map(\.key)
        drawnMembers = colored.map(\.value)
        var index: [Int: Int] = [:]
        for (rank, id) in ranked.enumerated() { index[id] = rank }
        colorIndex = index
    }

    /// No community colored (a network before its map is planned).
    public static let none = CommunityColors(community: [], drawn: [])

    /// The fill of community `id`: its palette color, or grey when it has fewer than two drawn members.
    public func color(community id: Int) -> String {
        guard let rank = colorIndex[id] else { return Palette.other }
        return Palette.colors[rank % Palette.colors.count]
    }

    /// Whether community `id` has a color of its own (at least two drawn members).
    public func isColored(_ id: Int) -> Bool { colorIndex[id] != nil }

    /// Whether two colored communities share a color (more colored communities than palette colors).
    public var colorsRepeat: Bool { ranked.count > Palette.colors.count }
}
