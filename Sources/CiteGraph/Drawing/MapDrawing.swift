import Foundation
import GraphAlgorithms
import GraphvizRender

/// A network's map: the DOT text and the images graphviz rendered from it.
public struct MapDrawing: Sendable {
    public let network: String
    public let dot: String
    /// Rendered bytes by format name (`svg`, `png`, `pdf`).
    public let images: [String: Data]
    public let drawnNodes: Int
    public let totalNodes: Int
    /// Set when the map shows only the top nodes of a larger network.
    public let notice: String?

    /// Builds the DOT for `net` and renders it with libgraphviz.
    public static func draw(_ net: AnalyzedNetwork, settings: AnalysisSettings, corpusSummary: String) throws
        -> MapDrawing
    {
        let writer = dot(net, settings: settings, corpusSummary: corpusSummary)
        let text = writer.dot.text
        var images: [String: Data] = [:]
        let engine = LayoutEngine(rawValue: settings.layout) ?? .sfdp
        for format in settings.imageFormats {
            guard let f = RenderFormat(rawValue: format) else { continue }
            images[format] = try GraphvizRenderer.render(dot: text, engine: engine, format: f)
        }
        return MapDrawing(
            network: net.name, dot: text, images: images, drawnNodes: writer.drawn, totalNodes: net.graph.nodeCount,
            notice: writer.notice)
    }

    /// The DOT of the map (without rendering), the number of nodes drawn, and the top-N notice if any.
    static func dot(_ net: AnalyzedNetwork, settings: AnalysisSettings, corpusSummary: String) -> (
        dot: DOTWriter, drawn: Int, notice: String?
    ) {
        let g = net.graph
        let ranking = net.ranking(by: settings.sizeBy)
        let limit = settings.maxDrawnNodes
        let drawnNodes = g.nodeCount > limit ? Array(ranking.prefix(limit)) : Array(0..<g.nodeCount)
        let notice =
            g.nodeCount > limit
            ? "the \(net.name) map shows the top \(limit) of \(g.nodeCount) nodes by \(settings.sizeBy.rawValue); the data exports keep the whole network"
            : nil
        let drawn = Set(drawnNodes)
        let rank = Dictionary(uniqueKeysWithValues: ranking.enumerated().map { ($1, $0) })
        let values = net.values(settings.sizeBy)
        let drawnValues = drawnNodes.map { values[$0] }
        let lo = drawnValues.min() ?? 0, hi = drawnValues.max() ?? 1
        let labeled = Set(ranking.lazy.filter(drawn.contains).prefix(settings.labels))
        let m = net.measures
        let unit = net.nodeKind == .author ? "papers" : "local citations"
        var nodes: [DOTWriter.Node] = []
        for id in drawnNodes.sorted() {
            var tip = [net.labels[id]]
            if net.nodeKind == .author {
                tip.append("papers: \(net.papers[id])")
            } else if let local = net.localCitations {
                tip.append("\(unit): \(local[id])")
            }
            tip.append("degree: \(m.degree[id])")
            tip.append("\(settings.sizeBy.rawValue): \(Report.format(values[id]))")
            if settings.sizeBy != .pagerank { tip.append("pagerank: \(Report.format(m.pagerank[id]))") }
            if let b = m.betweenness, settings.sizeBy != .betweenness {
                tip.append("betweenness: \(Report.format(b[id]))")
            }
            tip.append("community: \(m.community[id])")
            let size = hi > lo ? (values[id] - lo) / (hi - lo) : 0.5
            nodes.append(
                DOTWriter.Node(
                    id: id, label: net.shortLabels[id], tooltip: tip.joined(separator: "\n"),
                    community: m.community[id], color: net.color(community: m.community[id]), size: size,
                    showLabel: labeled.contains(id),
                    labelRank: rank[id] ?? 0))
        }
        var edges: [DOTWriter.Edge] = []
        var wmin = Double.infinity, wmax = -Double.infinity
        for u in drawnNodes.sorted() {
            for e in g.neighborRange(u) {
                let v = Int(g.targets[e])
                guard drawn.contains(v), g.isDirected || u < v else { continue }
                wmin = min(wmin, g.weights[e])
                wmax = max(wmax, g.weights[e])
                edges.append(DOTWriter.Edge(u: u, v: v, width: g.weights[e], tooltip: ""))
            }
        }
        for i in edges.indices {
            let w = edges[i].width
            edges[i].width = wmax > wmin ? ((w - wmin) / (wmax - wmin)).squareRoot() : 0.3
            let a = net.shortLabels[edges[i].u], b = net.shortLabels[edges[i].v]
            edges[i].tooltip = "\(a) \(g.isDirected ? "→" : "—") \(b): \(Report.format(w)) \(net.weightMeaning)"
        }
        // Legend: the drawn communities, largest first.
        var drawnPerCommunity: [Int: Int] = [:]
        for id in drawnNodes { drawnPerCommunity[m.community[id], default: 0] += 1 }
        var legend: [DOTWriter.LegendEntry] = []
        let colored = net.communities.prefix(Palette.colors.count).filter { $0.size >= 2 }
        let noun = net.nodeKind == .author ? "authors" : "papers"
        for summary in colored where drawnPerCommunity[summary.id] != nil {
            let names = summary.members.prefix(3).map { net.shortLabels[$0] }.joined(separator: ", ")
            legend.append(
                .init(
                    color: net.color(community: summary.id),
                    text: "community \(summary.id) · \(summary.size) \(noun) · \(names)"))
        }
        let rest = net.communities.count - colored.count
        if rest > 0 {
            let singles = net.communities.filter { $0.size == 1 }.count
            legend.append(
                .init(
                    color: Palette.other,
                    text: "\(rest) other communit\(rest == 1 ? "y" : "ies")"
                        + (singles > 0 ? " (\(singles) of them single \(net.nodeKind.rawValue)s)" : "")))
        }
        let kindNoun = net.nodeKind == .author ? "authors" : "papers"
        var subtitle =
            "corpus: \(corpusSummary) · this network: \(g.nodeCount) \(kindNoun), \(g.edgeCount) links\nnode size: \(settings.sizeBy.rawValue) · edge width: \(net.weightMeaning) · \(settings.communities.rawValue) communities, modularity \(Report.format(m.modularity, digits: 3))"
        if let notice { subtitle += "\n" + notice }
        let titles = [
            "coauthorship": "Co-authorship network", "topics": "Shared-topic network", "citations": "Citation network",
            "cocitation": "Co-citation network", "coupling": "Bibliographic coupling network",
        ]
        let writer = DOTWriter(
            name: net.name, directed: g.isDirected, layout: settings.layout,
            title: titles[net.name] ?? net.name, subtitle: subtitle, legend: legend,
            nodes: nodes, edges: edges)
        return (writer, drawnNodes.count, notice)
    }
}
