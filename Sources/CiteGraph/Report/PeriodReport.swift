import Foundation

/// The reports' Periods part (inside Time): papers and network sizes per period, with the papers accounted for
/// (periods + undated + outside = corpus); per network and pair of consecutive periods the nodes and links new,
/// continuing and gone, the risers and fallers, and the community flows with their diagram. The same facts in
/// HTML, Markdown, JSON and CSV, every value from the data escaped for its format.
enum PeriodReport {
    static func accountText(_ p: PeriodAnalysis, corpusPapers: Int) -> String {
        let inPeriods = p.slices.map(\.papers).reduce(0, +)
        return
            "\(Report.count(inPeriods)) papers in the periods + \(Report.count(p.undated)) without a year + \(Report.count(p.outside)) dated outside every period = \(Report.count(corpusPapers)) papers. Each period's networks are built from its papers alone with the run's settings (min-papers counts papers within the period), measured and partitioned with the same seed."
    }

    static func changeText(_ changes: [PeriodComparison.Change], integer: Bool) -> String {
        changes.prefix(5).map { c in
            let d = integer ? String(format: "%+.0f", c.delta) : String(format: "%+.2f", c.delta)
            return "\(c.label) (\(d))"
        }.joined(separator: ", ")
    }

    // MARK: HTML

    static func html(_ p: PeriodAnalysis, corpusPapers: Int, kinds: [NetworkKind]) -> String {
        let e = XMLText.escape
        var out =
            "<h3 id=\"periods\">Periods</h3><p class=\"note\">\(e(accountText(p, corpusPapers: corpusPapers)))</p>"
        out += "<table class=\"data\"><thead><tr><th>Period</th><th>Papers</th>"
        for kind in kinds { out += "<th>\(e(kind.title)): nodes / links</th>" }
        out += "<th>Maps</th></tr></thead><tbody>"
        for s in p.slices {
            out += "<tr><td>\(e(s.period.label))</td><td class=\"num\">\(s.papers)</td>"
            for kind in kinds {
                let text = s.network(kind).map { "\($0.graph.nodeCount) / \($0.graph.edgeCount)" } ?? "–"
                out += "<td class=\"num\">\(text)</td>"
            }
            let maps = s.networks.map { net in
                let file = e("period-\(s.period.label).\(net.name).svg")
                return "<a href=\"\(file)\">\(e(net.name))</a>"
            }
            out += "<td>\(maps.joined(separator: " · "))</td></tr>"
        }
        out +=
            "</tbody></table><table class=\"data\"><thead><tr><th>Network</th><th>Periods</th><th>Nodes new / continuing / gone</th><th>Links new / continuing / gone</th><th>Risers by degree</th><th>Risers by PageRank × n</th><th>Fallers by PageRank × n</th></tr></thead><tbody>"
        for c in p.comparisons {
            out +=
                "<tr><td>\(e(c.kind.title))</td><td>\(e(c.from.label)) → \(e(c.to.label))</td><td class=\"num\">\(c.nodes.new) / \(c.nodes.continuing) / \(c.nodes.gone)</td><td class=\"num\">\(c.links.new) / \(c.links.continuing) / \(c.links.gone)</td><td>\(e(changeText(c.degreeRisers, integer: true)))</td><td>\(e(changeText(c.pagerankRisers, integer: false)))</td><td>\(e(changeText(c.pagerankFallers, integer: false)))</td></tr>"
        }
        out += "</tbody></table>"
        for kind in kinds {
            guard let svg = EvolutionDiagram.of(p, kind: kind) else { continue }
            out +=
                "<h4>\(e(kind.title)): communities across periods</h4><p class=\"note\">Bands join communities of consecutive periods that share members; thickness ∝ shared members; hover for the inclusion index |A∩B|/min(|A|,|B|) and its weighted variant (members weighted by their papers in each period). Also <code>evolution-\(e(kind.name)).svg</code>.</p><div class=\"evolution-wrap\">\(svg)</div>"
        }
        return out
    }

    // MARK: Markdown

    static func markdown(_ p: PeriodAnalysis, corpusPapers: Int, kinds: [NetworkKind]) -> String {
        let e = MarkdownText.escape
        var out = "### Periods\n\n\(e(accountText(p, corpusPapers: corpusPapers)))\n\n| Period | Papers |"
        for kind in kinds { out += " \(e(kind.title)) nodes / links |" }
        out += "\n|---|---:|" + String(repeating: "---:|", count: kinds.count) + "\n"
        for s in p.slices {
            out += "| \(s.period.label) | \(s.papers) |"
            for kind in kinds {
                out += " \(s.network(kind).map { "\($0.graph.nodeCount) / \($0.graph.edgeCount)" } ?? "–") |"
            }
            out += "\n"
        }
        out +=
            "\n| Network | Periods | Nodes new / continuing / gone | Links new / continuing / gone | Risers by degree | Risers by PageRank × n |\n|---|---|---:|---:|---|---|\n"
        for c in p.comparisons {
            out +=
                "| \(e(c.kind.title)) | \(c.from.label) → \(c.to.label) | \(c.nodes.new) / \(c.nodes.continuing) / \(c.nodes.gone) | \(c.links.new) / \(c.links.continuing) / \(c.links.gone) | \(e(changeText(c.degreeRisers, integer: true))) | \(e(changeText(c.pagerankRisers, integer: false))) |\n"
        }
        return out + "\n"
    }

    // MARK: JSON and CSV

    static func json(_ p: PeriodAnalysis) -> JSONValue {
        func counts(_ c: PeriodComparison.Counts) -> JSONValue {
            .object(["new": .int(c.new), "continuing": .int(c.continuing), "gone": .int(c.gone)])
        }
        func changes(_ list: [PeriodComparison.Change]) -> JSONValue {
            .array(
                list.map {
                    .object(["label": .string($0.label), "before": .double($0.before), "after": .double($0.after)])
                })
        }
        return .object([
            "undated": .int(p.undated), "outside": .int(p.outside),
            "periods": .array(
                p.slices.map { s in
                    .object([
                        "period": .string(s.period.label), "papers": .int(s.papers),
                        "networks": .object(
                            Dictionary(
                                uniqueKeysWithValues: s.networks.map {
                                    (
                                        $0.name,
                                        .object(["nodes": .int($0.graph.nodeCount), "links": .int($0.graph.edgeCount)])
                                    )
                                })),
                    ])
                }),
            "comparisons": .array(
                p.comparisons.map { c in
                    .object([
                        "network": .string(c.kind.name), "from": .string(c.from.label), "to": .string(c.to.label),
                        "nodes": counts(c.nodes), "links": counts(c.links),
                        "degreeRisers": changes(c.degreeRisers), "degreeFallers": changes(c.degreeFallers),
                        "pagerankRisers": changes(c.pagerankRisers), "pagerankFallers": changes(c.pagerankFallers),
                        "communityFlows": .array(
                            c.flows.map {
                                .object([
                                    "from": .int($0.from), "to": .int($0.to), "shared": .int($0.shared),
                                    "inclusion": .double($0.inclusion),
                                    "weightedInclusion": .double($0.weightedInclusion),
                                ])
                            }),
                    ])
                }),
        ])
    }

    /// periods.csv: one row per network and pair of consecutive periods.
    static func csv(_ p: PeriodAnalysis) -> String {
        var out = CSVField.row([
            "network", "from", "to", "nodesNew", "nodesContinuing", "nodesGone", "linksNew", "linksContinuing",
            "linksGone",
        ])
        for c in p.comparisons {
            out += CSVField.row(
                [c.kind.name, c.from.label, c.to.label]
                    + [c.nodes.new, c.nodes.continuing, c.nodes.gone, c.links.new, c.links.continuing, c.links.gone].map
                {
                    String($0)
                })
        }
        return out
    }
}
