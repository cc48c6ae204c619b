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
        let limit = settings.maxDrawnNodes
        let filter = MapFilter(net, settings: settings)
        let allowed = Set(filter.nodes)
        let drawnNodes =
            filter.nodes.count > limit ? ranking.filter(allowed.contains).prefix(limit).sorted() : filter.nodes
        var notices = filter.notice.map { [$0] } ?? []
        if filter.nodes.count > limit {
            notices.append(
                filter.notice == nil
                    ? "the \(net.name) map shows the top \(limit) of \(g.nodeCount) nodes by \(settings.sizeBy.rawValue); the data exports keep the whole network"
                    : "of those it shows the top \(limit) by \(settings.sizeBy.rawValue) (--max-drawn-nodes)")
        }
        notice = notices.isEmpty ? nil : notices.joined(separator: "; ")
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

    /// The `labels` highest-ranked drawn nodes, plus the highest-ranked drawn member of every colored community
    /// that has none among them, so that no colored community goes unnamed on the map.
    static func labeledNodes(_ net: AnalyzedNetwork, drawn: Set<Int>, ranking: [Int], labels: Int) -> Set<Int> {
        var labeled = Set(ranking.lazy.filter(drawn.contains).prefix(labels))
        guard labels > 0 else { return labeled }
        let community = net.measures.community
        var named = Set(labeled.map { community[$0] })
        for node in ranking where drawn.contains(node) && !named.contains(community[node]) {
            let c = community[node]
            guard net.color(community: c) != Palette.other else { continue }
            labeled.insert(node)
            named.insert(c)
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

    /// The drawn communities that get a color, largest first, then one line for the rest.
    static func legend(_ net: AnalyzedNetwork, drawn: [Int]) -> [DOTWriter.LegendEntry] {
        var drawnPerCommunity: [Int: Int] = [:]
        for id in drawn { drawnPerCommunity[net.measures.community[id], default: 0] += 1 }
        var legend: [DOTWriter.LegendEntry] = []
        let colored = net.communities.prefix(Palette.colors.count).filter { $0.size >= 2 }
        for summary in colored where drawnPerCommunity[summary.id] != nil {
            let names = summary.members.prefix(3).map { net.shortLabels[$0] }.joined(separator: ", ")
            legend.append(
                .init(
                    color: net.color(community: summary.id),
                    text: "community \(summary.id) · \(summary.size) \(net.nodeKind.plural) · \(names)"))
        }
        let rest = net.communities.count - colored.count
        if rest > 0 {
            let singles = net.communities.filter { $0.size == 1 }.count
            let text =
                "\(rest) other communit\(rest == 1 ? "y" : "ies")"
                + (singles > 0 ? " (\(singles) of them single \(net.nodeKind.rawValue)s)" : "")
            legend.append(.init(color: Palette.other, text: text))
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
