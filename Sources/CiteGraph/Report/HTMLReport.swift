import Foundation

/// `report.html`: one self-contained page (inline CSS, script and map data; no external requests) with the corpus
/// summary, each network's interactive map viewer (`HTMLReport+Viewer.swift`) with a sortable table of its top
/// nodes and its communities, the networks overview, data quality and settings. Every value from the data goes through
/// `XMLText`; data handed to the script is JSON inside a `<script type="application/json">` block with `<`
/// escaped, so nothing from the input can end the block or run.
enum HTMLReport {
    static func render(_ c: ReportContent) -> String {
        let e = XMLText.escape
        var body = "<header><h1>CiteGraph report</h1><p class=\"summary\">\(e(c.summary))</p></header>\n<main>\n"
        body += cards(c)
        body += "<nav class=\"toc\">"
        body += "<a href=\"#quality\">Data quality</a>"
        for net in c.analysis.networks {
            body += "<a href=\"#net-\(e(net.name))\">\(e(net.kind.title))</a>"
        }
        body += "<a href=\"#time\">Time</a><a href=\"#settings\">Settings</a></nav>\n"
        for net in c.analysis.networks { body += networkSection(net, c) }
        body += TimeReport.html(c.analysis.time, periods: c.analysis.periods, kinds: c.analysis.networks.map(\.kind))
        body += networksOverview(c)
        body += quality(c)
        body +=
            "<section id=\"settings\"><h2>Settings</h2><p>citegraph \(e(CiteGraphInfo.version)) · counting \(e(c.settings.counting.rawValue)) · \(e(c.settings.communities.rawValue)) communities (resolution \(Report.format(c.settings.resolution)), seed \(c.settings.seed)) · layout \(e(c.settings.layout.rawValue)) · node size by \(e(c.settings.sizeBy.rawValue)). Every setting, input checksum and step timing is in <code>manifest.json</code>; the data is in <code>report.json</code> and the CSV, GraphML, GEXF and Pajek files next to this page.</p></section>\n"
        body += "</main>\n"
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        page += "<title>CiteGraph report — \(e(c.summary))</title>\n<link rel=\"icon\" href=\"data:,\">\n"
        page += "<style>\n\(HTMLAssets.css)</style>\n</head>\n<body>\n\(body)"
        page += "<script>\n\(HTMLAssets.script)\(ViewerScript.source)</script>\n</body>\n</html>\n"
        return page
    }

    static func cards(_ c: ReportContent) -> String {
        let a = c.corpus.accounting
        var items = [
            ("Papers", Report.count(a.papers)), ("Authors", Report.count(c.corpus.authors.count)),
            ("Records read", Report.count(a.recordsRead)),
        ]
        if let net = c.authorNetwork {
            items.append(("Co-author links", Report.count(net.graph.edgeCount)))
            items.append(("Communities", Report.count(net.measures.communityCount)))
        }
        var out = "<section class=\"cards\">"
        for (label, value) in items {
            out += "<div class=\"card\"><div class=\"value\">\(value)</div><div class=\"label\">\(label)</div></div>"
        }
        return out + "</section>\n"
    }

    static func quality(_ c: ReportContent) -> String {
        let e = XMLText.escape
        var out = "<section id=\"quality\"><h2>Data quality</h2><div class=\"two\"><table class=\"kv\"><tbody>"
        for (label, value) in c.accounting {
            let indent = label.hasPrefix("  ")
            out +=
                "<tr\(indent ? " class=\"sub\"" : "")><th>\(e(label.trimmingCharacters(in: .whitespaces)))</th><td>\(value)</td></tr>"
        }
        out += "</tbody></table><div>"
        let counts = c.issueCounts
        if counts.isEmpty {
            out += "<p>No issues in the input.</p>"
        } else {
            out +=
                "<table class=\"data\"><thead><tr><th>Severity</th><th>Issue</th><th>Count</th><th>Example</th></tr></thead><tbody>"
            for row in counts {
                out +=
                    "<tr><td><span class=\"sev \(row.severity)\">\(row.severity)</span></td><td><code>\(e(row.code))</code></td><td class=\"num\">\(row.count)</td><td><span class=\"loc\">\(e(row.example.location.description))</span> \(e(row.example.message))</td></tr>"
            }
            out += "</tbody></table>"
        }
        out += "</div></div>"
        if !c.corpus.merges.isEmpty {
            out +=
                "<details open><summary>Name merges (\(c.corpus.merges.count)) — every merge with its rule</summary><table class=\"data\"><thead><tr><th>Written</th><th>Counted as</th><th>Rule</th><th>Reason</th></tr></thead><tbody>"
            for m in c.corpus.merges {
                out +=
                    "<tr><td>\(e(m.variant))</td><td>\(e(m.canonical))</td><td><code>\(e(m.rule.rawValue))</code></td><td>\(e(m.reason))</td></tr>"
            }
            out += "</tbody></table></details>"
        }
        if !c.corpus.conflicts.isEmpty {
            out += "<details><summary>Names not merged (\(c.corpus.conflicts.count))</summary><ul>"
            for conflict in c.corpus.conflicts {
                out += "<li>\(conflict.names.map(e).joined(separator: " / ")): \(e(conflict.reason))</li>"
            }
            out += "</ul></details>"
        }
        out += splitProfiles(c)
        if !c.corpus.duplicates.isEmpty {
            out +=
                "<details><summary>Duplicate records merged (\(c.corpus.duplicates.count))</summary><table class=\"data\"><thead><tr><th>Title</th><th>Kept</th><th>Duplicate</th><th>Reason</th></tr></thead><tbody>"
            for d in c.corpus.duplicates.prefix(500) {
                out +=
                    "<tr><td>\(e(d.title))</td><td class=\"loc\">\(e(d.kept.description))</td><td class=\"loc\">\(e(d.duplicate.description))</td><td>\(e(d.reason))</td></tr>"
            }
            out += "</tbody></table></details>"
        }
        return out + "</section>\n"
    }

    /// Written names kept apart as several people by their author ids, and the thesaurus rows that would merge
    /// them on purpose.
    static func splitProfiles(_ c: ReportContent) -> String {
        guard !c.corpus.splitProfiles.isEmpty else { return "" }
        let e = XMLText.escape
        var out =
            "<details><summary>Possible split profiles (\(c.corpus.splitProfiles.count)) — one name, several author ids: kept apart</summary><ul>"
        for split in c.corpus.splitProfiles {
            out +=
                "<li>\(e(split.written)) — kept apart as "
                + ReportContent.splitParts(split).map(e).joined(separator: "; ") + "</li>"
        }
        out += "</ul><p>Thesaurus rows that merge each name's people on purpose (<code>--thesaurus FILE</code>):</p>"
        return out + "<pre>" + c.splitThesaurus.map(e).joined(separator: "\n") + "</pre></details>"
    }

    static func networksOverview(_ c: ReportContent) -> String {
        let e = XMLText.escape
        var out = "<section id=\"networks\"><h2>Networks</h2><table class=\"data\"><thead><tr>"
        out += ReportContent.networkHeader.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
        for net in c.analysis.networks {
            out +=
                "<tr>"
                + c.networkRow(net).enumerated().map {
                    $0 == 0 ? "<td>\(e($1))</td>" : "<td class=\"num\">\(e($1))</td>"
                }.joined() + "</tr>"
        }
        out += "</tbody></table><ul class=\"notes\">"
        for skipped in c.analysis.skippedNetworks {
            out += "<li class=\"skipped\">Not built — \(e(skipped.reason))</li>"
        }
        for note in c.analysis.notes { out += "<li>\(e(note))</li>" }
        for net in c.analysis.networks {
            for note in net.network.notes { out += "<li>\(e(net.kind.title)): \(e(note))</li>" }
            for note in c.measureNotes(net) { out += "<li>\(e(net.kind.title)): \(e(note))</li>" }
        }
        return out + "</ul></section>\n"
    }

    static func networkSection(_ net: AnalyzedNetwork, _ c: ReportContent) -> String {
        let e = XMLText.escape
        let name = net.name
        var out =
            "<section id=\"net-\(e(name))\" class=\"network\"><h2>\(e(net.kind.title))</h2><p>\(e(net.description))</p>\n"
        if let drawing = c.drawings.first(where: { $0.kind == net.kind }) { out += viewer(net, drawing: drawing, c) }
        let top = net.ranking(by: c.settings.sizeBy).prefix(min(c.settings.reportAuthors, 200))
        let cols = c.columns(net)
        out +=
            "<h3>Top \(top.count) \(net.nodeKind == .author ? "authors" : "papers") <small>(ranked by \(e(c.settings.sizeBy.rawValue)); click a column to sort)</small></h3>"
        out +=
            "<div class=\"scroll\"><table class=\"data sortable\"><thead><tr><th data-type=\"num\">#</th><th data-type=\"text\">\(net.nodeKind == .author ? "Author" : "Paper")</th>"
        out += cols.map { "<th data-type=\"num\">\(e($0.0))</th>" }.joined() + "</tr></thead><tbody>"
        for (rank, node) in top.enumerated() {
            out += "<tr><td class=\"num\" data-v=\"\(rank + 1)\">\(rank + 1)</td><td>\(e(net.labels[node]))</td>"
            for col in cols {
                out += "<td class=\"num\" data-v=\"\(JSONValue.format(col.2(node)))\">\(e(col.1(node)))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        for note in c.measureNotes(net) { out += "<p class=\"note\">\(e(note))</p>" }
        out += "<details class=\"measures\"><summary>Measures: what each column means</summary><ul>"
        for line in MeasureGlossary.lines(net, algorithm: c.settings.communities) {
            out += "<li><strong>\(e(line.measure))</strong>: \(e(line.text))</li>"
        }
        out += "</ul></details>"
        out +=
            "<h3>Communities <small>(\(net.communities.count); \(e(c.settings.communities.rawValue)), modularity \(Report.format(net.measures.modularity, digits: 3)))</small></h3><div class=\"communities\">"
        let noun = net.nodeKind == .author ? "authors" : "papers"
        for community in net.communities.prefix(12) {
            let color = net.color(community: community.id)
            out +=
                "<div class=\"community\"><h4><span class=\"swatch\" style=\"background:\(color)\"></span>Community \(community.id) <small>\(community.size) \(noun)</small></h4>"
            out +=
                "<p class=\"members\">\(community.members.prefix(12).map { e(net.labels[$0]) }.joined(separator: ", "))\(community.size > 12 ? ", …" : "")</p>"
            if !community.topTerms.isEmpty {
                out +=
                    "<p class=\"terms\">\(community.topTerms.map { "<span class=\"term\">\(e($0))</span>" }.joined(separator: " "))</p>"
            }
            if !community.keyPapers.isEmpty {
                out +=
                    "<ul class=\"papers\">\(community.keyPapers.prefix(3).map { "<li>\(e(c.citation($0)))</li>" }.joined())</ul>"
            }
            out += "</div>"
        }
        out += "</div>"
        if net.communities.count > 12 {
            out +=
                "<p class=\"note\">\(net.communities.count - 12) more communities in <code>communities.csv</code>.</p>"
        }
        return out + "</section>\n"
    }
}
