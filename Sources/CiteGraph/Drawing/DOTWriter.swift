import Foundation
import GraphAlgorithms

/// Writes a network map as DOT for graphviz: node size by a measure, fill color by community, edge width by
/// weight, labels (as external labels) for the most central nodes, a tooltip on every node, and a title with a
/// legend as an HTML-like graph label.
///
/// Node ids are `n<id>` (never user text); every user string goes through `DOTString` or `XMLText`. The output is
/// a pure function of its input (fixed number formatting, nodes and edges in id order), so it is byte-stable.
public struct DOTWriter {
    public struct Node {
        public var id: Int
        public var label: String
        public var tooltip: String
        public var community: Int
        /// Fill color (the community's, see `Palette`).
        public var color: String
        /// The size measure scaled to 0...1 over the drawn nodes.
        public var size: Double
        public var showLabel: Bool
    }

    public struct Edge {
        public var u: Int
        public var v: Int
        /// Scaled to 0...1 over the drawn edges.
        public var width: Double
        public var tooltip: String
    }

    public struct LegendEntry {
        public var color: String
        public var text: String
    }

    /// The legend of a continuous color scale (overlay maps): a title line, then the low end's text, a row of
    /// color marks, the high end's text, and a note line.
    public struct ScaleLegend: Equatable {
        public var title: String
        public var lowText: String
        public var highText: String
        public var colors: [String]
        public var note: String
    }

    public var name: String
    public var directed: Bool
    public var layout: String
    public var title: String
    public var subtitle: String
    public var legend: [LegendEntry]
    public var nodes: [Node]
    public var edges: [Edge]
    /// Set on overlay maps: drawn after the (then empty) community legend.
    public var scale: ScaleLegend?

    public init(
        name: String, directed: Bool, layout: String, title: String, subtitle: String,
        legend: [LegendEntry], nodes: [Node], edges: [Edge]
    ) {
        self.name = name
        self.directed = directed
        self.layout = layout
        self.title = title
        self.subtitle = subtitle
        self.legend = legend
        self.nodes = nodes
        self.edges = edges
    }

    static func number(_ x: Double) -> String { String(format: "%.3f", x) }

    /// Text grows with the drawing (a map of 2,000 nodes is ~3× wider than one of 200), so labels and the legend
    /// stay readable when the whole map is shown at once.
    var textScale: Double { max(1, (Double(nodes.count) / 200).squareRoot()) }
    /// Node labels grow more slowly than the legend: they sit in the crowded middle of the map.
    var labelScale: Double { textScale.squareRoot() }

    public var text: String {
        var out = "\(directed ? "digraph" : "graph") \(DOTString.quoted(name)) {\n"
        let font = "DejaVu Sans"
        var graphAttrs = [
            "layout=\(layout)", "outputorder=edgesfirst", "bgcolor=\"white\"", "pad=0.4",
            "fontname=\(DOTString.quoted(font))", "labelloc=t", "labeljust=l",

            "label=<\(legendTable)>",
        ]
        switch layout {
        case "sfdp":
            graphAttrs += ["overlap=prism", "overlap_scaling=-6", "K=0.8", "repulsiveforce=1.5", "splines=false"]
        case "neato", "fdp": graphAttrs += ["overlap=prism", "overlap_scaling=-4", "splines=false", "sep=\"+6\""]
        case "dot": graphAttrs += ["rankdir=LR", "ranksep=0.6", "nodesep=0.15"]
        default: graphAttrs += ["overlap=false"]
        }
        out += "  graph [\(graphAttrs.joined(separator: ", "))];\n"
        out +=
            "  node [shape=circle, style=filled, fixedsize=true, label=\"\", color=\"#FFFFFF\", penwidth=0.6, fontname=\(DOTString.quoted(font)), fontsize=10, fontcolor=\"#222222\"];\n"
        out += "  edge [color=\"#8C8C8C80\", arrowsize=0.5];\n"
        for node in nodes {
            var attrs = [
                "id=\"n\(node.id)\"", "fillcolor=\"\(node.color)\"", "tooltip=\(DOTString.tooltip(node.tooltip))",
            ]
            if node.showLabel {
                // A labeled node carries its name inside a rounded box of its community's color, so overlap removal
                // keeps every label clear of the other nodes and labels; the text grows with the size measure as the
                // unlabeled nodes do (√ of the value scaled over the drawn nodes), so equal values get equal text.
                let fontSize = (9.0 + 6.0 * node.size.squareRoot()) * labelScale
                attrs += [
                    "shape=box", "style=\"rounded,filled\"", "fixedsize=false", "margin=\"0.06,0.03\"",
                    "width=0", "height=0", "label=\(DOTString.quoted(node.label))",
                    "fontsize=\(DOTWriter.number(fontSize))", "fontcolor=\"\(Palette.textColor(on: node.color))\"",
                ]
            } else {
                attrs.append("width=\(DOTWriter.number(0.12 + 0.5 * node.size.squareRoot()))")
            }
            out += "  n\(node.id) [\(attrs.joined(separator: ", "))];\n"
        }
        let arrow = directed ? "->" : "--"
        for edge in edges {
            let pen = 0.4 + 3.0 * edge.width
            out +=
                "  n\(edge.u) \(arrow) n\(edge.v) [penwidth=\(DOTWriter.number(pen)), tooltip=\(DOTString.tooltip(edge.tooltip))];\n"
        }
        out += "}\n"
        return out
    }

    /// The title and legend as an HTML-like label (graphviz draws it, so it is part of every image format).
    var legendTable: String {
        let big = DOTWriter.number(18 * textScale), small = DOTWriter.number(11 * textScale),
            mark = DOTWriter.number(13 * textScale)
        var rows = "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(big)\"><B>\(DOTString.html(title))</B></FONT></TD></TR>"
        for line in subtitle.components(separatedBy: "\n") {
            rows +=
                "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(small)\" COLOR=\"#444444\">\(DOTString.html(line))</FONT></TD></TR>"
        }
        for entry in legend {
            rows +=
                "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(mark)\" COLOR=\"\(entry.color)\">■</FONT><FONT POINT-SIZE=\"\(small)\"> \(DOTString.html(entry.text))</FONT></TD></TR>"
        }
        if let scale {
            let marks = scale.colors.map { "<FONT POINT-SIZE=\"\(mark)\" COLOR=\"\($0)\">■</FONT>" }.joined()
            rows +=
                "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(small)\">\(DOTString.html(scale.title))</FONT></TD></TR>"
            rows +=
                "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(small)\">\(DOTString.html(scale.lowText)) </FONT>\(marks)<FONT POINT-SIZE=\"\(small)\"> \(DOTString.html(scale.highText))</FONT></TD></TR>"
            rows +=
                "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(small)\" COLOR=\"#444444\">\(DOTString.html(scale.note))</FONT></TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">\(rows)</TABLE>"
    }
}
