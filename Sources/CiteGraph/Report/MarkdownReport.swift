/// `report.md`: the report as Markdown (GitHub-flavored tables). Every value from the data goes through
/// `MarkdownText`.
enum MarkdownReport {
    static func render(_ c: ReportContent) -> String {
        let e = MarkdownText.escape
        var out = "# CiteGraph report\n\n"
        out += "\(e(c.summary)).\n\n"
        out += "## Data quality\n\n| | |\n|---|---:|\n"
        for (label, value) in c.accounting { out += "| \(e(label)) | \(value) |\n" }
        out += "\n"
        if !c.corpus.merges.isEmpty {
            out += "### Name merges\n\n| Written | Counted as | Rule | Reason |\n|---|---|---|---|\n"
            for m in c.corpus.merges {
                out += "| \(e(m.variant)) | \(e(m.canonical)) | \(m.rule.rawValue) | \(e(m.reason)) |\n"
            }
            out += "\n"
        }
        if !c.corpus.conflicts.isEmpty {
            out += "### Names not merged (conflicting candidates)\n\n"
            for conflict in c.corpus.conflicts {
                out += "- \(conflict.names.map(e).joined(separator: " / ")): \(e(conflict.reason))\n"
            }
            out += "\n"
        }
        out += splitProfiles(c)
        let counts = c.issueCounts
        if !counts.isEmpty {
            out += "### Notices\n\n| Severity | Code | Count | Example |\n|---|---|---:|---|\n"
            for row in counts {
                out +=
                    "| \(row.severity) | \(e(row.code)) | \(row.count) | \(e(row.example.location.description)): \(e(row.example.message)) |\n"
            }
            out += "\n"
        }
        out +=
            "## Networks\n\n| \(ReportContent.networkHeader.joined(separator: " | ")) |\n|---|\(String(repeating: "---:|", count: ReportContent.networkHeader.count - 1))\n"
        for net in c.analysis.networks { out += "| \(c.networkRow(net).map(e).joined(separator: " | ")) |\n" }
        out += "\n"
        for skipped in c.analysis.skippedNetworks { out += "- Not built: \(e(skipped.reason))\n" }
        for note in c.analysis.notes { out += "- \(e(note))\n" }
        for net in c.analysis.networks {
            for note in net.network.notes { out += "- \(net.kind.title): \(e(note))\n" }
            for note in c.measureNotes(net) { out += "- \(net.kind.title): \(e(note))\n" }
        }
        for d in c.drawings { if let notice = d.notice { out += "- Map: \(e(notice))\n" } }
        out += "\n"
        for net in c.analysis.networks { out += networkSection(net, c) }
        out += TimeReport.markdown(c.analysis.time, periods: c.analysis.periods, kinds: c.analysis.networks.map(\.kind))
        out += "## Settings\n\n"
        out +=
            "citegraph \(CiteGraphInfo.version) · counting \(c.settings.counting.rawValue) · \(c.settings.communities.rawValue) (resolution \(Report.format(c.settings.resolution)), seed \(c.settings.seed)) · layout \(c.settings.layout.rawValue) · nodes sized by \(c.settings.sizeBy.rawValue). Every setting and input checksum is in manifest.json.\n"
        return out
    }

    /// One network's section: its top nodes by the size measure, what the measures mean, its communities.
    static func networkSection(_ net: AnalyzedNetwork, _ c: ReportContent) -> String {
        let e = MarkdownText.escape
        var out = ""
        let top = net.ranking(by: c.settings.sizeBy).prefix(20)
        let noun = net.nodeKind == .author ? "authors" : "papers"
        out += "## \(net.kind.title): top \(top.count) \(noun) by \(c.settings.sizeBy.rawValue)\n\n"
        out += "\(e(net.description))\n\n"
        if c.drawings.contains(where: { $0.kind == net.kind }) {
            out += "Map: [\(net.name).svg](\(net.name).svg)\n\n"
        }
        let cols = c.columns(net)
        out +=
            "| # | Name | \(cols.map(\.0).joined(separator: " | ")) |\n|---:|---|\(String(repeating: "---:|", count: cols.count))\n"
        for (rank, node) in top.enumerated() {
            out +=
                "| \(rank + 1) | \(e(net.labels[node])) | \(cols.map { $0.1(node) }.joined(separator: " | ")) |\n"
        }
        out += "\n**Measures**\n\n"
        for line in MeasureGlossary.lines(net, algorithm: c.settings.communities) {
            out += "- \(line.measure): \(e(line.text))\n"
        }
        out +=
            "\n### Communities (\(net.communities.count), modularity \(Report.format(net.measures.modularity, digits: 3)))\n\n"
        for community in net.communities.prefix(10) {
            let members = community.members.prefix(8).map { e(net.labels[$0]) }.joined(separator: ", ")
            out +=
                "- **Community \(community.id)** (\(community.size) \(noun)): \(members)\(community.size > 8 ? ", …" : "")\n"
            if !community.topTerms.isEmpty {
                out += "  - Terms: \(community.topTerms.map(e).joined(separator: ", "))\n"
            }
            for p in community.keyPapers.prefix(3) { out += "  - Key paper: \(e(c.citation(p)))\n" }
        }
        if net.communities.count > 10 { out += "- … \(net.communities.count - 10) more in communities.csv\n" }
        out += "\n"
        return out
    }

    /// Written names kept apart as several people by their author ids, and the thesaurus rows that would merge
    /// them on purpose.
    static func splitProfiles(_ c: ReportContent) -> String {
        guard !c.corpus.splitProfiles.isEmpty else { return "" }
        let e = MarkdownText.escape
        var out = "### Possible split profiles (one name, several author ids: kept apart)\n\n"
        for split in c.corpus.splitProfiles {
            out +=
                "- \(e(split.written)) — kept apart as "
                + ReportContent.splitParts(split).map(e).joined(separator: "; ") + "\n"
        }
        out += "\nThesaurus rows that merge each name's people on purpose (`--thesaurus FILE`):\n\n"
        return out + MarkdownText.codeBlock(c.splitThesaurus) + "\n"
    }
}
