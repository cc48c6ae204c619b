import Foundation
import GraphAlgorithms

/// A network's map: the DOT text, the node ids it draws, and the images a `MapRenderer` made from it.
public struct MapDrawing: Sendable {
    public let kind: NetworkKind
    public let dot: String
    /// The node ids drawn, in the DOT's order (`n<id>`), so the report's search index matches the map.
    public let nodeIDs: [Int]
    /// Rendered bytes by format.
    public let images: [ImageFormat: Data]
    /// Where the layout put each drawn node (by node id), in points; empty when the renderer does not say.
    public let positions: [Int: MapPoint]
    public let totalNodes: Int
    /// Set when the map shows only the top nodes of a larger network.
    public let notice: String?

    public var drawnNodes: Int { nodeIDs.count }

    /// Builds the DOT for `net` and renders it in every format of the settings.
    public static func draw(
        _ net: AnalyzedNetwork, settings: AnalysisSettings, corpusSummary: String, renderer: any MapRenderer
    ) throws -> MapDrawing {
        let plan = MapPlan(net, settings: settings, corpusSummary: corpusSummary)
        let text = plan.writer.text
        let rendered = try renderer.renderMap(dot: text, layout: settings.layout, formats: settings.imageFormats)
        let nodeIDs = plan.writer.nodes.map(\.id)
        var positions: [Int: MapPoint] = [:]
        for id in nodeIDs { positions[id] = rendered.positions["n\(id)"] }
        return MapDrawing(
            kind: net.kind, dot: text, nodeIDs: nodeIDs, images: rendered.images, positions: positions,
            totalNodes: net.graph.nodeCount, notice: plan.notice)
    }
}

/// What a map shows: the drawn nodes (all, or the top `maxDrawnNodes` by the size measure), their sizes, labels
/// and tooltips, the edges among them, the legend and the subtitle, as a `DOTWriter`.
struct MapPlan {
    let writer: DOTWriter
    /// Set when the map shows only the top nodes of a larger network.
    let notice: String?

    init(_ net: AnalyzedNetwork, settings: AnalysisSettings, corpusSummary: String) {
        let g = net.graph
        let ranking = net.ranking(by: settings.sizeBy)
        let (drawnNodes, notice) = MapPlan.drawnNodes(net, settings, ranking: ranking)
        self.notice = notice
        let nodes = MapPlan.nodes(net, drawn: drawnNodes, ranking: ranking, settings: settings)
        var subtitle = MapPlan.subtitle(net, settings: settings, corpusSummary: corpusSummary)
        if let notice { subtitle += "\n" + notice }
        let overlay = MapOverlay(net, colorBy: settings.colorBy, drawn: drawnNodes)
        var writer = DOTWriter(
            name: net.name, directed: g.isDirected, layout: settings.layout.rawValue, title: net.kind.mapTitle,
            subtitle: subtitle, legend: overlay == nil ? MapPlan.legend(net, drawn: drawnNodes) : [],
            nodes: nodes, edges: MapPlan.edges(net, drawn: drawnNodes))
        if let overlay {
            for i in writer.nodes.indices { writer.nodes[i].color = overlay.color(writer.nodes[i].id) }
            writer.scale = overlay.legend
        }
        self.writer = writer
    }

    /// The nodes a map of `net` draws with `settings` (`MapFilter`, then the top `maxDrawnNodes` by the size
    /// measure), in id order, and what was left out.
    static func drawnNodes(_ net: AnalyzedNetwork, _ settings: AnalysisSettings, ranking: [Int]? = nil) -> (
        nodes: [Int], notice: String?
    ) {
        let limit = settings.maxDrawnNodes
        let filter = MapFilter(net, settings: settings)
        guard filter.nodes.count > limit else { return (filter.nodes, filter.notice) }
        let allowed = Set(filter.nodes)
        let ranking = ranking ?? net.ranking(by: settings.sizeBy)
        let drawn = ranking.filter(allowed.contains).prefix(limit).sorted()
        let cut =
            filter.notice == nil
            ? "the \(net.name) map shows the top \(limit) of \(net.graph.nodeCount) nodes by \(settings.sizeBy.rawValue); the data exports keep the whole network"
            : "of those it shows the top \(limit) by \(settings.sizeBy.rawValue) (--max-drawn-nodes)"
        return (drawn, ((filter.notice.map { [$0] } ?? []) + [cut]).joined(separator: "; "))
    }

    /// The drawn nodes in id order: size scaled over the drawn values, the top `labels` labeled, a tooltip each.
    static func nodes(_ net: AnalyzedNetwork, drawn: [Int], ranking: [Int], settings: AnalysisSettings)
        -> [DOTWriter.Node]
    {
        let drawnSet = Set(drawn)
        let values = net.values(settings.sizeBy)
        let drawnValues = drawn.map { values[$0] }
        let lo = drawnValues.min() ?? 0
        let hi = drawnValues.max() ?? 1
        let community = net.measures.community
        let labeled = labeledNodes(net, drawn: drawnSet, ranking: ranking, labels: settings.labels)
        return drawn.map { id in
            DOTWriter.Node(
                id: id, label: net.shortLabels[id], tooltip: tooltip(net, node: id, values: values, settings: settings),
                community: community[id], color: net.color(community: community[id]),
                size: hi > lo ? (values[id] - lo) / (hi - lo) : 0.5, showLabel: labeled.contains(id))
        }
    }

    /// The `labels` highest-ranked drawn nodes, plus the highest-ranked drawn member of each of the first
    /// `Palette.colors.count` colored communities (those with a color of their own) that has none among them, so
    /// that no distinctly colored community goes unnamed on the map.
    static func labeledNodes(_ net: AnalyzedNetwork, drawn: Set<Int>, ranking: [Int], labels: Int) -> Set<Int> {
        var labeled = Set(ranking.lazy.filter(drawn.contains).prefix(labels))
        guard labels > 0 else { return labeled }
        let community = net.measures.community
        var named = Set(labeled.map { community[$0] })
        let toName = Set(net.colors.ranked.prefix(Palette.colors.count))
        for node in ranking where drawn.contains(node) && !named.contains(community[node]) {
            guard toName.contains(community[node]) else { continue }
            labeled.insert(node)
            named.insert(community[node])
        }
        return labeled
    }

    static func tooltip(_ net: AnalyzedNetwork, node id: Int, values: [Double], settings: AnalysisSettings) -> String {
        let m = net.measures
        var tip = [net.labels[id]]
        if net.nodeKind == .author {
            tip.append("papers: \(net.papers[id])")
        } else if let local = net.localCitations {
            tip.append("local citations: \(local[id])")
        }
        tip.append("degree: \(m.degree[id])")
        tip.append("\(settings.sizeBy.rawValue): \(Report.format(values[id]))")
        if settings.sizeBy != .pagerank { tip.append("pagerank: \(Report.format(m.pagerank[id]))") }
        if let b = m.betweenness, settings.sizeBy != .betweenness {
            tip.append("betweenness: \(Report.format(b[id]))")
        }
        tip.append("community: \(m.community[id])")
        if id < net.avgYear.count, net.avgYear[id].isFinite {
            tip.append("average year: \(String(format: "%.1f", net.avgYear[id]))")
        }
        return tip.joined(separator: "\n")
    }

    /// Edges among the drawn nodes (each undirected edge once), width = √ of the weight scaled over them.
    static func edges(_ net: AnalyzedNetwork, drawn: [Int]) -> [DOTWriter.Edge] {
        let g = net.graph
        let drawnSet = Set(drawn)
        var edges: [DOTWriter.Edge] = []
        var wmin = Double.infinity
        var wmax = -Double.infinity
        for u in drawn {
            for e in g.neighborRange(u) {
                let v = Int(g.targets[e])
                guard drawnSet.contains(v), g.isDirected || u < v else { continue }
                wmin = min(wmin, g.weights[e])
                wmax = max(wmax, g.weights[e])
                edges.append(DOTWriter.Edge(u: u, v: v, width: g.weights[e], tooltip: ""))
            }
        }
        for i in edges.indices {
            let w = edges[i].width
            edges[i].width = wmax > wmin ? ((w - wmin) / (wmax - wmin)).squareRoot() : 0.3
            let a = net.shortLabels[edges[i].u]
            let b = net.shortLabels[edges[i].v]
            edges[i].tooltip = "\(a) \(g.isDirected ? "→" : "—") \(b): \(Report.format(w)) \(net.weightMeaning)"
        }
        return edges
    }

    /// The drawn communities with a color, most drawn members first (the first `Palette.colors.count` named),
    /// then one line saying what grey means.
    static func legend(_ net: AnalyzedNetwork, drawn: [Int]) -> [DOTWriter.LegendEntry] {
        var drawnPerCommunity: [Int: Int] = [:]
        for id in drawn { drawnPerCommunity[net.measures.community[id], default: 0] += 1 }
        let shown = net.colors.ranked.filter { drawnPerCommunity[$0] != nil }
        var legend: [DOTWriter.LegendEntry] = []
        for id in shown.prefix(Palette.colors.count) {
            let summary = net.communities[id]
            let names = summary.members.filter { drawnPerCommunity[net.measures.community[$0]] != nil }
                .prefix(3).map { net.shortLabels[$0] }.joined(separator: ", ")
            legend.append(
                .init(
                    color: net.color(community: id),
                    text:
                        "community \(id) · \(drawnPerCommunity[id] ?? 0) of \(summary.size) \(net.nodeKind.plural) · \(names)"
                ))
        }
        if shown.count > Palette.colors.count {
            legend.append(
                .init(color: "#FFFFFF", text: "\(shown.count - Palette.colors.count) more communities (colors repeat)"))
        }
        let greyNodes = drawn.filter { !net.colors.isColored(net.measures.community[$0]) }.count
        if greyNodes > 0 {
            legend.append(
                .init(
                    color: Palette.other,
                    text:
                        "grey: \(greyNodes) \(greyNodes == 1 ? net.nodeKind.rawValue : net.nodeKind.plural) alone on the map in their community"
                ))
        }
        return legend
    }

    static func subtitle(_ net: AnalyzedNetwork, settings: AnalysisSettings, corpusSummary: String) -> String {
        let g = net.graph
        let modularity = Report.format(net.measures.modularity, digits: 3)
        var text =
            "corpus: \(corpusSummary) · this network: \(g.nodeCount) \(net.nodeKind.plural), \(g.edgeCount) links\nnode size: \(settings.sizeBy.rawValue) · edge width: \(net.weightMeaning) · \(settings.communities.rawValue) communities, modularity \(modularity)"
        if settings.colorBy != .community, net.overlayValues(settings.colorBy) == nil {
            text +=
                "\ncolored by community: no \(settings.colorBy.rawValue) values for this network (citation counts are known only when the citation networks are built)"
        }
        return text
    }
}
