import Foundation

/// The data behind one map's interactive viewer in `report.html`: the drawn nodes at the positions the graphviz
/// layout gave them (columns: label, x, y, size value, community, scores), the edges among them, the community
/// colors of the run (`CommunityColors`) with what grey means, and each node's papers (an author's first
/// `maxPapersPerNode`, titles stored once). Embedded as `<script type="application/json" id="map-NAME">`, made safe
/// by `scriptSafe`: nothing from the data can end the block.
enum ViewerData {
    /// Node attributes the viewer offers as scores (hover, side panel, "color by"), in this order, when the network
    /// has them; the overlay scores of issue 11 (`avgYear`, `avgCitations`) are picked up as soon as
    /// `NodeAttribute.all` carries them.
    static let scoreNames = [
        "avgYear", "avgCitations", "papers", "localCitations", "degree", "strength", "pagerank", "betweenness",
        "coreness",
    ]
    static let maxPapersPerNode = 20
    static let legendNames = 3

    static func json(_ net: AnalyzedNetwork, drawing: MapDrawing, content c: ReportContent) -> JSONValue {
        let nodes = drawing.nodeIDs
        let values = net.values(c.settings.sizeBy)
        let community = net.measures.community
        let positioned = !nodes.isEmpty && nodes.allSatisfy { drawing.positions[$0] != nil }
        var columns: [String: JSONValue] = [
            "label": .strings(nodes.map { net.labels[$0] }),
            "short": .strings(nodes.map { net.shortLabels[$0] }),
            "size": .array(nodes.map { .double(values[$0]) }),
            "community": .array(nodes.map { .int(community[$0]) }),
            "x": .array(positioned ? nodes.map { .double(drawing.positions[$0]!.x) } : []),
            "y": .array(positioned ? nodes.map { .double(drawing.positions[$0]!.y) } : []),
        ]
        columns["papers"] = papersColumn(net, nodes: nodes, content: c)
        var fields: [String: JSONValue] = [
            "name": .string(net.name), "title": .string(net.kind.title), "nodeKind": .string(net.nodeKind.rawValue),
            "sizeBy": .string(c.settings.sizeBy.rawValue), "weightMeaning": .string(net.weightMeaning),
            "directed": .bool(net.graph.isDirected), "totalNodes": .int(net.graph.nodeCount),
            "nodes": .object(columns), "scores": scores(net, nodes: nodes), "edges": edges(net, nodes: nodes),
            "communities": legend(net, nodes: nodes),
        ]
        fields["paperList"] = .strings(paperList(net, nodes: nodes, content: c))
        return .object(fields)
    }

    /// The scores of `scoreNames` the network has, one column each.
    static func scores(_ net: AnalyzedNetwork, nodes: [Int]) -> JSONValue {
        let attributes = NodeAttribute.all(net)
        var out: [String: JSONValue] = [:]
        var order: [JSONValue] = []
        for name in scoreNames {
            guard let a = attributes.first(where: { $0.name == name }) else { continue }
            out[name] = .array(nodes.map { a.json($0) })
            order.append(.string(name))
        }
        return .object(["order": .array(order), "values": .object(out)])
    }

    /// Edges among the drawn nodes as a flat [source, target, weight, …] over positions in `nodes` (each
    /// undirected edge once).
    static func edges(_ net: AnalyzedNetwork, nodes: [Int]) -> JSONValue {
        let g = net.graph
        var position: [Int: Int] = [:]
        for (i, node) in nodes.enumerated() { position[node] = i }
        var flat: [JSONValue] = []
        for (i, u) in nodes.enumerated() {
            for e in g.neighborRange(u) {
                guard let j = position[Int(g.targets[e])], g.isDirected || i < j else { continue }
                flat += [.int(i), .int(j), .double(g.weights[e])]
            }
        }
        return .array(flat)
    }

    /// The colored communities on the map, most drawn members first: id, color, drawn and total members, and the
    /// first drawn names; then how many drawn nodes are grey (alone on the map in their community).
    static func legend(_ net: AnalyzedNetwork, nodes: [Int]) -> JSONValue {
        let community = net.measures.community
        var drawnBy: [Int: [Int]] = [:]
        for node in nodes { drawnBy[community[node], default: []].append(node) }
        var entries: [JSONValue] = []
        for id in net.colors.ranked {
            guard let members = drawnBy[id] else { continue }
            let drawnSet = Set(members)
            let ranked = net.communities[id].members.filter(drawnSet.contains)
            entries.append(
                .object([
                    "id": .int(id), "color": .string(net.color(community: id)), "drawn": .int(members.count),
                    "size": .int(net.communities[id].size),
                    "names": .strings(ranked.prefix(legendNames).map { net.shortLabels[$0] }),
                ]))
        }
        let grey = nodes.filter { !net.colors.isColored(community[$0]) }.count
        return .object([
            "colored": .array(entries), "grey": .int(grey), "greyColor": .string(Palette.other),
            "repeat": .bool(net.colors.colorsRepeat),
        ])
    }

    /// Per drawn node, indices into `paperList`: an author's papers (newest first, at most `maxPapersPerNode`),
    /// a paper itself.
    static func papersColumn(_ net: AnalyzedNetwork, nodes: [Int], content c: ReportContent) -> JSONValue {
        let lists = paperLists(net, nodes: nodes, content: c)
        let index = Dictionary(uniqueKeysWithValues: paperList(lists).enumerated().map { ($1, $0) })
        return .array(lists.map { list in .array(list.map { .int(index[$0]!) }) })
    }

    static func paperList(_ net: AnalyzedNetwork, nodes: [Int], content c: ReportContent) -> [String] {
        paperList(paperLists(net, nodes: nodes, content: c)).map { c.citation($0) }
    }

    /// The distinct corpus papers of `lists`, in ascending order.
    static func paperList(_ lists: [[Int]]) -> [Int] { Array(Set(lists.joined())).sorted() }

    static func paperLists(_ net: AnalyzedNetwork, nodes: [Int], content c: ReportContent) -> [[Int]] {
        if let paperIndex = net.paperIndex { return nodes.map { [paperIndex[$0]] } }
        let papers = c.authorPapers
        let years = c.corpus.papers.map { $0.year ?? Int.min }
        return nodes.map { node in
            let list = papers.papers(of: net.labels[node]).sorted {
                years[$0] != years[$1] ? years[$0] > years[$1] : $0 < $1
            }
            return Array(list.prefix(maxPapersPerNode))
        }
    }

    /// `json` as text safe inside a `<script>` block: `<`, `>` and `&` as \u escapes (so no `</script>` or
    /// `<!--`), and U+2028/U+2029 escaped as well.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }
}
