extension HTMLReport {
    /// One map's viewer: toolbar (search, color by, view, zoom, the static graphviz SVG), the canvas and, beside it,
    /// the legend and the selected node's details; then the map's data (`ViewerData`) as a JSON script block. The
    /// script (`ViewerScript`) draws everything from that data; every string from the input reaches the page as
    /// JSON and is shown with `textContent`, never as markup.
    static func viewer(_ net: AnalyzedNetwork, drawing: MapDrawing, _ c: ReportContent) -> String {
        let e = XMLText.escape
        let name = e(net.name)
        let noun = net.nodeKind == .author ? "an author" : "a paper"
        var out = "<div class=\"viewer\" data-map=\"\(name)\"><div class=\"toolbar\">"
        out +=
            "<input type=\"search\" class=\"search\" placeholder=\"Find \(noun)… (Enter zooms to it)\" aria-label=\"Search the \(e(net.kind.title)) map\">"
        out += "<span class=\"hits\"></span>"
        out +=
            "<label>Color <select class=\"color-by\" aria-label=\"Node colors\"><option value=\"community\">communities</option></select></label>"
        out +=
            "<label>View <select class=\"view\" aria-label=\"View\"><option value=\"network\">network</option><option value=\"density\">density</option></select></label>"
        out +=
            "<button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">−</button><button type=\"button\" data-zoom=\"reset\" title=\"Show the whole map\">Fit</button>"
        if drawing.images[.svg] != nil {
            out += "<a class=\"static\" href=\"\(name).svg\">Static map (SVG, for publication)</a>"
        }
        out += "</div>"
        out += "<div class=\"viewer-body\"><div class=\"viewport\"><canvas></canvas><div class=\"tip\" hidden></div>"
        out += "</div>"
        out +=
            "<aside class=\"side\"><div class=\"selection\" hidden></div><div class=\"legend\"></div><p class=\"help\">Drag to pan, wheel to zoom, click a node for its links and papers, Esc to clear.</p></aside></div>"
        // Below the map, so the map itself starts at the same place on every page.
        if let notice = drawing.notice { out += "<p class=\"notice\">\(e(notice))</p>" }
        out += "</div>\n"
        let json = ViewerData.json(net, drawing: drawing, content: c).rendered()
        out += "<script type=\"application/json\" id=\"map-\(name)\">\(ViewerData.scriptSafe(json))</script>\n"
        return out
    }
}
