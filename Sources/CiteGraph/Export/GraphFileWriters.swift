import GraphAlgorithms

/// Whole-network exports for Gephi, Cytoscape, networkx/igraph and Pajek. Every node carries its label and every
/// measure; every edge its weight (and for co-authorship the ids of the papers behind it). Text goes through
/// `XMLText` (well-formed XML whatever the names contain).
enum GraphFileWriters {
    /// GraphML (http://graphml.graphdrawing.org/), readable by networkx `read_graphml`, igraph, Gephi, yEd.
    static func graphML(_ net: AnalyzedNetwork, paperIDs: [String]) -> String {
        let attributes = NodeAttribute.all(net)
        let g = net.graph
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        for a in attributes {
            out +=
                "  <key id=\"\(a.name)\" for=\"node\" attr.name=\"\(a.name)\" attr.type=\"\(a.kind == .int ? "int" : "double")\"/>\n"
        }
        out += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        // Key ids are unique in a GraphML document: the edges' `papers` (paper ids) has its own id; readers name
        // the attribute by `attr.name`, so it is still `papers` on edges.
        out += "  <key id=\"edgePapers\" for=\"edge\" attr.name=\"papers\" attr.type=\"string\"/>\n"
        out +=
            "  <graph id=\"\(XMLText.escape(net.name))\" edgedefault=\"\(g.isDirected ? "directed" : "undirected")\">\n"
        for node in 0..<g.nodeCount {
            out += "    <node id=\"n\(node)\"><data key=\"label\">\(XMLText.escape(net.labels[node]))</data>"
            for a in attributes { out += "<data key=\"\(a.name)\">\(a.text(node))</data>" }
            out += "</node>\n"
        }
        var edgeID = 0
        var provenance = EdgePaperCursor(net.network.edgePapers)
        forEachEdge(g) { u, v, w in
            out +=
                "    <edge id=\"e\(edgeID)\" source=\"n\(u)\" target=\"n\(v)\"><data key=\"weight\">\(Report.exact(w))</data>"
            if !g.isDirected, let papers = provenance.papers(EdgeKey(u, v)) {
                out += "<data key=\"edgePapers\">\(papers.map { paperIDs[Int($0)] }.joined(separator: ";"))</data>"
            }
            out += "</edge>\n"
            edgeID += 1
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// GEXF 1.3 (https://gexf.net/), Gephi's native format, with typed node attributes (community as the attribute
    /// `community`) and the map's look in `viz:` elements: `viz:color` is the community's map color (grey = a
    /// community with fewer than two nodes on the map, `CommunityColors`), `viz:size` the size measure scaled to 4–40
    /// by its square root over the whole network, and `viz:position` the map's layout (points, y up) for the drawn
    /// nodes, so Gephi opens it colored and laid out as the map (undrawn nodes have no position: Gephi places them).
    static func gexf(_ net: AnalyzedNetwork, sizeBy: NodeMeasure, positions: [Int: MapPoint] = [:]) -> String {
        let attributes = NodeAttribute.all(net)
        let g = net.graph
        let sizes = vizSizes(net.values(sizeBy))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
              <meta><creator>CiteGraph</creator><description>\(XMLText.escape(net.description))</description></meta>
              <graph mode="static" defaultedgetype="\(g.isDirected ? "directed" : "undirected")">
                <attributes class="node">

            """
        for (i, a) in attributes.enumerated() {
            out +=
                "      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(a.kind == .int ? "integer" : "double")\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in 0..<g.nodeCount {
            out += "      <node id=\"n\(node)\" label=\"\(XMLText.escape(net.labels[node]))\"><attvalues>"
            for (i, a) in attributes.enumerated() { out += "<attvalue for=\"\(i)\" value=\"\(a.text(node))\"/>" }
            out += "</attvalues>\(vizColor(net.color(community: net.measures.community[node])))"
            out += "<viz:size value=\"\(Report.exact(sizes[node]))\"/>"
            if let p = positions[node] {
                out += "<viz:position x=\"\(Report.exact(p.x))\" y=\"\(Report.exact(p.y))\" z=\"0\"/>"
            }
            out += "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        var edgeID = 0
        forEachEdge(g) { u, v, w in
            out += "      <edge id=\"e\(edgeID)\" source=\"n\(u)\" target=\"n\(v)\" weight=\"\(Report.exact(w))\"/>\n"
            edgeID += 1
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// `<viz:color r= g= b=/>` of a `#RRGGBB` color.
    static func vizColor(_ hex: String) -> String {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0xBBBBBB
        return "<viz:color r=\"\(v >> 16 & 0xFF)\" g=\"\(v >> 8 & 0xFF)\" b=\"\(v & 0xFF)\"/>"
    }

    /// Node sizes 4…40: the square root of the value over the largest (all 4 when every value is 0 or less).
    static func vizSizes(_ values: [Double]) -> [Double] {
        let top = values.max() ?? 0
        guard top > 0 else { return values.map { _ in 4 } }
        return values.map { v in ((4 + 36 * (max(v, 0) / top).squareRoot()) * 1000).rounded() / 1000 }
    }

    /// Pajek `.net`: 1-based vertices with quoted labels (Pajek has no escape for `"`, so it becomes `'`), then
    /// `*Edges` or `*Arcs` with weights.
    static func pajek(_ net: AnalyzedNetwork) -> String {
        let g = net.graph
        var out = "*Vertices \(g.nodeCount)\n"
        for node in 0..<g.nodeCount {
            let label = net.labels[node].map { $0 == "\"" ? "'" : ($0.isNewline ? " " : $0) }
            out += "\(node + 1) \"\(String(label))\"\n"
        }
        out += g.isDirected ? "*Arcs\n" : "*Edges\n"
        forEachEdge(g) { u, v, w in out += "\(u + 1) \(v + 1) \(Report.exact(w))\n" }
        return out
    }

    /// Each edge once (u < v for undirected graphs), in source-id order.
    static func forEachEdge(_ g: CSRGraph, _ body: (Int, Int, Double) -> Void) {
        for u in 0..<g.nodeCount {
            for e in g.neighborRange(u) {
                let v = Int(g.targets[e])
                if g.isDirected || u < v { body(u, v, g.weights[e]) }
            }
        }
    }
}

/// Walks an `EdgePapers` alongside edges visited in increasing key order (as `forEachEdge` visits an undirected
/// graph), so looking up each edge's papers is O(1) amortized instead of a binary search and a copy.
struct EdgePaperCursor {
    private var iterator: AnyIterator<(key: EdgeKey, papers: ArraySlice<Int32>)>
    private var current: (key: EdgeKey, papers: ArraySlice<Int32>)?

    init(_ edgePapers: EdgePapers) {
        iterator = edgePapers.makeIterator()
        current = iterator.next()
    }

    /// The papers behind `key`; keys must be asked in increasing order.
    mutating func papers(_ key: EdgeKey) -> ArraySlice<Int32>? {
        while let c = current, c.key < key { current = iterator.next() }
        guard let c = current, c.key == key else { return nil }
        return c.papers
    }
}
