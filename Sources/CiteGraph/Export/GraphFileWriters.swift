import GraphAlgorithms

/// Whole-network exports for Gephi, Cytoscape, networkx/igraph and Pajek. Every node carries its label and every
/// measure; every edge its weight (and for co-authorship the ids of the papers behind it). Text goes through
/// `XMLText` (well-formed XML whatever the names contain).
enum GraphFileWriters {
    /// GraphML (http://graphml.graphdrawing.org/), readable by networkx `read_graphml`, igraph, Gephi, yEd.
    static func graphML(_ net: AnalyzedNetwork, paperIDs: [String]) -> String {
        ByteWriter.string { graphML(net, paperIDs: paperIDs, to: $0) }
    }

    /// GraphML, streamed to `out`.
    static func graphML(_ net: AnalyzedNetwork, paperIDs: [String], to out: ByteWriter) {
        let attributes = NodeAttribute.all(net)
        let g = net.graph
        out.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """ as StaticString)
        out.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n" as StaticString)
        for a in attributes {
            out.write(
                "  <key id=\"\(a.name)\" for=\"node\" attr.name=\"\(a.name)\" attr.type=\"\(a.kind == .int ? "int" : "double")\"/>\n"
            )
        }
        out.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n" as StaticString)
        // Key ids are unique in a GraphML document: the edges' `papers` (paper ids) has its own id; readers name
        // the attribute by `attr.name`, so it is still `papers` on edges.
        out.write("  <key id=\"edgePapers\" for=\"edge\" attr.name=\"papers\" attr.type=\"string\"/>\n" as StaticString)
        out.write(
            "  <graph id=\"\(XMLText.escape(net.name))\" edgedefault=\"\(g.isDirected ? "directed" : "undirected")\">\n"
        )
        // Each attribute's opening tag once, not per node.
        let opening = attributes.map { "<data key=\"\($0.name)\">" }
        for node in 0..<g.nodeCount {
            out.write("    <node id=\"n" as StaticString)
            out.write(node)
            out.write("\"><data key=\"label\">" as StaticString)
            XMLText.write(net.labels[node], to: out)
            out.write("</data>" as StaticString)
            for (i, a) in attributes.enumerated() {
                out.write(opening[i])
                a.write(node, to: out)
                out.write("</data>" as StaticString)
            }
            out.write("</node>\n" as StaticString)
        }
        var edgeID = 0
        var provenance = EdgePaperCursor(net.network.edgePapers)
        forEachEdge(g) { u, v, w in
            out.write("    <edge id=\"e" as StaticString)
            out.write(edgeID)
            out.write("\" source=\"n" as StaticString)
            out.write(u)
            out.write("\" target=\"n" as StaticString)
            out.write(v)
            out.write("\"><data key=\"weight\">" as StaticString)
            out.write(w)
            out.write("</data>" as StaticString)
            if !g.isDirected, let papers = provenance.papers(EdgeKey(u, v)) {
                out.write("<data key=\"edgePapers\">" as StaticString)
                writePaperIDs(papers, paperIDs, to: out)
                out.write("</data>" as StaticString)
            }
            out.write("</edge>\n" as StaticString)
            edgeID += 1
        }
        out.write("  </graph>\n</graphml>\n" as StaticString)
    }

    /// Paper ids joined by `;` (ids are generated, `P0001`, and need no escaping).
    static func writePaperIDs(_ papers: ArraySlice<Int32>, _ paperIDs: [String], to out: ByteWriter) {
        for (i, p) in papers.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ";")) }
            out.write(paperIDs[Int(p)])
        }
    }

    /// GEXF 1.3 (https://gexf.net/), Gephi's native format, with typed node attributes (community as the attribute
    /// `community`) and the map's look in `viz:` elements: `viz:color` is the community's map color (grey = a
    /// community with fewer than two nodes on the map, `CommunityColors`), `viz:size` the size measure scaled to 4–40
    /// by its square root over the whole network, and `viz:position` the map's layout (points, y up) for the drawn
    /// nodes, so Gephi opens it colored and laid out as the map (undrawn nodes have no position: Gephi places them).
    static func gexf(_ net: AnalyzedNetwork, sizeBy: NodeMeasure, positions: [Int: MapPoint] = [:]) -> String {
        ByteWriter.string { gexf(net, sizeBy: sizeBy, positions: positions, to: $0) }
    }

    /// GEXF, streamed to `out`.
    static func gexf(_ net: AnalyzedNetwork, sizeBy: NodeMeasure, positions: [Int: MapPoint], to out: ByteWriter) {
        let attributes = NodeAttribute.all(net)
        let g = net.graph
        let sizes = vizSizes(net.values(sizeBy))
        out.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
              <meta><creator>CiteGraph</creator><description>\(XMLText.escape(net.description))</description></meta>
              <graph mode="static" defaultedgetype="\(g.isDirected ? "directed" : "undirected")">
                <attributes class="node">

            """)
        for (i, a) in attributes.enumerated() {
            out.write(
                "      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(a.kind == .int ? "integer" : "double")\"/>\n"
            )
        }
        out.write("    </attributes>\n    <nodes>\n" as StaticString)
        let opening = attributes.indices.map { "<attvalue for=\"\($0)\" value=\"" }
        // One `viz:color` element per community, not per node.
        var colors: [Int: String] = [:]
        for node in 0..<g.nodeCount {
            out.write("      <node id=\"n" as StaticString)
            out.write(node)
            out.write("\" label=\"" as StaticString)
            XMLText.write(net.labels[node], to: out)
            out.write("\"><attvalues>" as StaticString)
            for (i, a) in attributes.enumerated() {
                out.write(opening[i])
                a.write(node, to: out)
                out.write("\"/>" as StaticString)
            }
            out.write("</attvalues>" as StaticString)
            let community = net.measures.community[node]
            if colors[community] == nil { colors[community] = vizColor(net.color(community: community)) }
            out.write(colors[community]!)
            out.write("<viz:size value=\"" as StaticString)
            out.write(sizes[node])
            out.write("\"/>" as StaticString)
            if let p = positions[node] {
                out.write("<viz:position x=\"" as StaticString)
                out.write(p.x)
                out.write("\" y=\"" as StaticString)
                out.write(p.y)
                out.write("\" z=\"0\"/>" as StaticString)
            }
            out.write("</node>\n" as StaticString)
        }
        out.write("    </nodes>\n    <edges>\n" as StaticString)
        var edgeID = 0
        forEachEdge(g) { u, v, w in
            out.write("      <edge id=\"e" as StaticString)
            out.write(edgeID)
            out.write("\" source=\"n" as StaticString)
            out.write(u)
            out.write("\" target=\"n" as StaticString)
            out.write(v)
            out.write("\" weight=\"" as StaticString)
            out.write(w)
            out.write("\"/>\n" as StaticString)
            edgeID += 1
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n" as StaticString)
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
        ByteWriter.string { pajek(net, to: $0) }
    }

    /// Pajek, streamed to `out`.
    static func pajek(_ net: AnalyzedNetwork, to out: ByteWriter) {
        let g = net.graph
        out.write("*Vertices " as StaticString)
        out.write(g.nodeCount)
        out.byte(10)
        for node in 0..<g.nodeCount {
            out.write(node + 1)
            out.write(" \"" as StaticString)
            var label = net.labels[node]
            let plain = label.withUTF8 { bytes in
                // Bytes that may start `"`, a control character or a Unicode line break (U+0085, U+2028/9).
                !bytes.contains { $0 == UInt8(ascii: "\"") || $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }
            }
            out.write(plain ? label : pajekLabel(label))
            out.write("\"\n" as StaticString)
        }
        out.write(g.isDirected ? "*Arcs\n" as StaticString : "*Edges\n" as StaticString)
        forEachEdge(g) { u, v, w in
            out.write(u + 1)
            out.byte(32)
            out.write(v + 1)
            out.byte(32)
            out.write(w)
            out.byte(10)
        }
    }

    /// A label as Pajek can hold it: `"` becomes `'` (Pajek has no escape), line breaks become spaces.
    static func pajekLabel(_ label: String) -> String {
        String(label.map { $0 == "\"" ? "'" : ($0.isNewline ? " " : $0) })
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
