import GraphAlgorithms

/// A network as VOSviewer reads it: a map file (items), a network file (links) and a VOSviewer Online JSON
/// document, following the format facts in `../shared/formats/vosviewer.md` (VOSviewer Online's documentation).
///
/// - Items are numbered 1…N in node order; labels are single-line (tabs and line breaks become spaces) and quoted
///   when they hold a comma, semicolon or double quote (quotes doubled). Papers are labeled as on the maps
///   ("Lovelace 1843"), with the title as the item's description.
/// - Clusters are CiteGraph's communities, which are already numbered by size (largest first): cluster =
///   community + 1; communities past the 1000th go into cluster 1000 (`clusterNote` says so).
/// - Links are undirected pairs written once with id1 < id2 (a citation network's arcs in both directions between
///   two papers are summed, as VOSviewer does); strengths are the edge weights, all positive.
/// - Weights: `Links` (distinct neighbours) and `Total link strength` (sum of link strengths) from those pairs;
///   `Documents` for author networks, `Citations` (inside the corpus) for paper networks. Score: `Avg. pub. year`
///   for paper networks (the paper's year; missing when unknown).
/// - x/y: the map's layout (graphviz, in points, y up) when the map drew every node; else no x/y columns and
///   VOSviewer lays the map out itself (it takes both coordinates for every item or none).
/// - Fewer than 3 items: no files (VOSviewer refuses them); `skipReason` says why.
struct VOSviewerExport {
    struct Item {
        var label: String
        /// Paper networks: the full title (HTML-escaped; VOSviewer shows descriptions as HTML).
        var description: String?
        var cluster: Int
        /// Display label → value, in `VOSviewerExport.weightKeys` order.
        var weights: [Double]
        var year: Int?
        var position: MapPoint?
    }

    let kind: NetworkKind
    let items: [Item]
    /// (id1, id2, strength), 1-based ids, id1 < id2, sorted.
    let links: [(Int, Int, Double)]
    let weightKeys: [String]
    let clusterLabels: [Int: String]
    let clusterNote: String?

    static let maxClusters = 1000
    /// VOSviewer refuses a map of fewer items.
    static let minItems = 3

    init(_ net: AnalyzedNetwork, years: [Int?]? = nil, positions: [Int: MapPoint] = [:]) {
        kind = net.kind
        let g = net.graph
        links = Self.links(g)
        var neighbours = [Int](repeating: 0, count: g.nodeCount)
        var total = [Double](repeating: 0, count: g.nodeCount)
        for (a, b, s) in links {
            neighbours[a - 1] += 1
            neighbours[b - 1] += 1
            total[a - 1] += s
            total[b - 1] += s
        }
        let extra: (key: String, values: [Int])? =
            net.nodeKind == .author ? ("Documents", net.papers) : net.localCitations.map { ("Citations", $0) }
        weightKeys = ["Links", "Total link strength"] + (extra.map { [$0.key] } ?? [])
        let community = net.measures.community
        items = (0..<g.nodeCount).map { node in
            var weights = [Double(neighbours[node]), total[node]]
            if let extra { weights.append(Double(extra.values[node])) }
            let year = net.paperIndex.flatMap { index in years?[index[node]] ?? nil }
            return Item(
                label: net.nodeKind == .paper ? net.shortLabels[node] : net.labels[node],
                description: net.nodeKind == .paper ? XMLText.escape(net.labels[node]) : nil,
                cluster: min(community[node], Self.maxClusters - 1) + 1, weights: weights,
                year: year, position: positions.count == g.nodeCount ? positions[node] : nil)
        }
        let communityCount = (community.max() ?? -1) + 1
        clusterNote =
            communityCount > Self.maxClusters
            ? "\(communityCount - Self.maxClusters + 1) smallest communities share cluster \(Self.maxClusters) (VOSviewer allows at most \(Self.maxClusters))"
            : nil
        var labels: [Int: String] = [:]
        for summary in net.communities.prefix(Self.maxClusters - 1) {
            let label =
                summary.topTerms.isEmpty
                ? summary.members.first.map { net.labels[$0] } ?? ""
                : summary.topTerms.prefix(3).joined(separator: ", ")
            labels[summary.id + 1] = label
        }
        clusterLabels = labels
    }

    /// Each linked pair once, 1-based, id1 < id2, in order. An undirected graph's edges come that way already; a
    /// directed graph's arcs are sorted by pair and the (at most two) arcs of a pair summed.
    static func links(_ g: CSRGraph) -> [(Int, Int, Double)] {
        var pairs: [(Int, Int, Double)] = []
        pairs.reserveCapacity(g.edgeCount)
        GraphFileWriters.forEachEdge(g) { u, v, w in pairs.append((min(u, v) + 1, max(u, v) + 1, w)) }
        guard g.isDirected else { return pairs }
        pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var merged: [(Int, Int, Double)] = []
        merged.reserveCapacity(pairs.count)
        for pair in pairs {
            if let last = merged.last, last.0 == pair.0, last.1 == pair.1 {
                merged[merged.count - 1].2 += pair.2
            } else {
                merged.append(pair)
            }
        }
        return merged
    }

    /// Why VOSviewer files are not written for this network (nil when they are).
    var skipReason: String? {
        items.count < Self.minItems
            ? "VOSviewer needs at least \(Self.minItems) items; the \(kind.name) network has \(items.count)" : nil
    }

    var hasYears: Bool { items.contains { $0.year != nil } }

    /// Every item has a position (the map drew the whole network).
    var hasPositions: Bool { !items.isEmpty && items.allSatisfy { $0.position != nil } }

    /// The map file: a header line, then one tab-separated line per item.
    var mapFile: String { ByteWriter.string(writeMap) }

    /// The map file, streamed to `out`.
    func writeMap(to out: ByteWriter) {
        let described = items.contains { $0.description != nil }
        let placed = hasPositions
        let years = hasYears
        var header = ["id", "label"] + (described ? ["description"] : []) + (placed ? ["x", "y"] : []) + ["cluster"]
        header += weightKeys.map { "weight<\($0)>" }
        if years { header.append("score<Avg. pub. year>") }
        out.write(header.joined(separator: "\t"))
        out.byte(10)
        let tab = UInt8(ascii: "\t")
        for (index, item) in items.enumerated() {
            out.write(index + 1)
            out.byte(tab)
            out.write(Self.cell(item.label))
            if described {
                out.byte(tab)
                out.write(Self.cell(item.description ?? ""))
            }
            if placed, let p = item.position {
                out.byte(tab)
                out.write(p.x)
                out.byte(tab)
                out.write(p.y)
            }
            out.byte(tab)
            out.write(item.cluster)
            for w in item.weights {
                out.byte(tab)
                out.write(w)
            }
            if years {
                out.byte(tab)
                if let year = item.year { out.write(year) }
            }
            out.byte(10)
        }
    }

    /// The network file: `id1 <TAB> id2 <TAB> strength`, no header.
    var networkFile: String { ByteWriter.string(writeNetwork) }

    /// The network file, streamed to `out`.
    func writeNetwork(to out: ByteWriter) {
        for (a, b, s) in links {
            out.write(a)
            out.byte(UInt8(ascii: "\t"))
            out.write(b)
            out.byte(UInt8(ascii: "\t"))
            out.write(s)
            out.byte(10)
        }
    }

    /// A label as one map-file cell: single-line, quoted when it holds a comma, semicolon or double quote.
    static func cell(_ text: String) -> String {
        var text = text
        let plain = text.withUTF8 { bytes in
            // Bytes that may start a tab, a line break (also U+0085, U+2028/9), a comma, semicolon or quote.
            !bytes.contains {
                $0 < 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"")
                    || $0 == 0xC2 || $0 == 0xE2
            }
        }
        if plain { return text }
        let line = String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        guard line.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" }) else { return line }
        return "\"" + line.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
