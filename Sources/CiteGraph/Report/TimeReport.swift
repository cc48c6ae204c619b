import Foundation

/// The reports' Time section: documents, authors and new authors per year (charts with their numbers), each input
/// file's year coverage, the warning about undated records, and the strongest bursts as a timeline table. The
/// same facts in HTML, Markdown and JSON; every value from the data escaped for its format.
enum TimeReport {
    /// The three per-year series: title, then (year, value).
    static func series(_ years: YearStatistics) -> [(String, [(year: Int, value: Int)])] {
        [
            ("Documents per year", years.years.map { ($0.year, $0.documents) }),
            ("Authors per year", years.years.map { ($0.year, $0.authors) }),
            ("New authors per year", years.years.map { ($0.year, $0.newAuthors) }),
        ]
    }

    static func parameterText(_ bursts: BurstTable) -> String {
        "Kleinberg's two-state burst detection on yearly counts (Kleinberg 2003; s = \(Report.format(bursts.parameters.s)), γ = \(Report.format(bursts.parameters.gamma)), CiteSpace's defaults are s = 2, γ = 1; --burst-scale, --burst-gamma): an item bursts in the years its share of the year's dated papers is best explained by s times its average share, entering a burst costing γ·ln(years). Strength is the log-likelihood gain of the burst state over its years."
    }

    /// The timeline cell text: one mark per year, `█` inside the burst.
    static func timeline(_ entry: BurstTable.Entry, first: Int, last: Int) -> String {
        String((first...last).map { ($0 >= entry.start && $0 <= entry.end) ? "█" : "·" })
    }

    // MARK: HTML

    static func html(_ time: TimeAnalysis, periods: PeriodAnalysis? = nil, kinds: [NetworkKind] = []) -> String {
        let e = XMLText.escape
        let years = time.years
        var out = "<section id=\"time\"><h2>Time</h2>"
        if let warning = years.warning { out += "<p class=\"warn\"><strong>Warning:</strong> \(e(warning)).</p>" }
        out +=
            "<p class=\"note\">\(Report.count(years.papers - years.undated)) dated papers, \(Report.count(years.undated)) without a year (counted, left out of the per-year counts and the bursts).</p>"
        for (title, points) in series(years) where !points.isEmpty {
            out += "<h3>\(e(title))</h3><div class=\"two\"><div>\(YearChart.svg(title: title, points: points))</div>"
            out +=
                "<details><summary>The numbers</summary><table class=\"data\"><thead><tr><th>Year</th><th>\(e(title))</th></tr></thead><tbody>"
            for p in points { out += "<tr><td>\(p.year)</td><td class=\"num\">\(p.value)</td></tr>" }
            out += "</tbody></table></details></div>"
        }
        out +=
            "<h3>Year coverage of the input files</h3><table class=\"data\"><thead><tr><th>File</th><th>Papers</th><th>Without a year</th><th>First year</th><th>Last year</th></tr></thead><tbody>"
        for f in years.files {
            out +=
                "<tr><td><code>\(e(f.file))</code></td><td class=\"num\">\(f.papers)</td><td class=\"num\">\(f.undated)</td><td>\(f.first.map(String.init) ?? "–")</td><td>\(f.last.map(String.init) ?? "–")</td></tr>"
        }
        out += "</tbody></table>" + risingHTML(time.rising) + burstsHTML(time.bursts)
        if let periods { out += PeriodReport.html(periods, corpusPapers: years.papers, kinds: kinds) }
        return out + "</section>\n"
    }

    static let risingDefinition =
        "Authors with 2+ papers in the last 3 dated years, ranked by growth: papers per year in those years minus papers per year before them (from the author's first paper on; 0 for newcomers); ties by the same growth in distinct co-authors per year. Only authors who grow are listed."

    static func rate(_ x: Double) -> String { String(format: "%.2f", x) }

    static func risingHTML(_ rising: RisingAuthors) -> String {
        let e = XMLText.escape
        guard let recent = rising.recent, !rising.rows.isEmpty else { return "" }
        var out =
            "<h3>Rising authors (\(recent.lowerBound)–\(recent.upperBound) against their past)</h3><p class=\"note\">\(e(risingDefinition))</p>"
        out +=
            "<table class=\"data\"><thead><tr><th>Author</th><th>Papers before / recent</th><th>Papers per year before → recent</th><th>Co-authors per year before → recent</th><th>Growth</th></tr></thead><tbody>"
        for r in rising.rows {
            out +=
                "<tr><td>\(e(r.name))</td><td class=\"num\">\(r.pastPapers) / \(r.recentPapers)</td><td class=\"num\">\(rate(r.pastRate)) → \(rate(r.recentRate))</td><td class=\"num\">\(rate(r.pastCoauthorRate)) → \(rate(r.recentCoauthorRate))</td><td class=\"num\">+\(rate(r.growth))</td></tr>"
        }
        return out + "</tbody></table>"
    }

    static func burstsHTML(_ bursts: BurstTable) -> String {
        let e = XMLText.escape
        var out = "<h3>Bursts</h3><p class=\"note\">\(e(parameterText(bursts)))</p>"
        guard let first = bursts.firstYear, let last = bursts.lastYear, !bursts.entries.isEmpty else {
            return out + "<p>No bursts.</p>"
        }
        out +=
            "<p class=\"note\">The \(min(TimeAnalysis.reportedBursts, bursts.entries.count)) strongest of \(Report.count(bursts.entries.count)) bursts; all are in <code>bursts.csv</code>.</p>"
        out +=
            "<table class=\"data bursts\"><thead><tr><th>Item</th><th>Kind</th><th>Papers</th><th>Begin</th><th>End</th><th>Strength</th><th>\(first)–\(last)</th></tr></thead><tbody>"
        for b in bursts.entries.prefix(TimeAnalysis.reportedBursts) {
            out +=
                "<tr><td>\(e(b.item))</td><td>\(b.kind.rawValue)</td><td class=\"num\">\(b.papers)</td><td>\(b.start)</td><td>\(b.end)</td><td class=\"num\">\(Report.format(b.strength, digits: 3))</td><td><code>\(timeline(b, first: first, last: last))</code></td></tr>"
        }
        return out + "</tbody></table>"
    }

    // MARK: Markdown

    static func markdown(_ time: TimeAnalysis, periods: PeriodAnalysis? = nil, kinds: [NetworkKind] = []) -> String {
        let e = MarkdownText.escape
        let years = time.years
        var out = "## Time\n\n"
        if let warning = years.warning { out += "**Warning:** \(e(warning)).\n\n" }
        out +=
            "\(Report.count(years.papers - years.undated)) dated papers, \(Report.count(years.undated)) without a year.\n\n"
        if !years.years.isEmpty {
            out += "| Year | Documents | Authors | New authors |\n|---:|---:|---:|---:|\n"
            for y in years.years { out += "| \(y.year) | \(y.documents) | \(y.authors) | \(y.newAuthors) |\n" }
            out += "\n"
        }
        out += "### Year coverage of the input files\n\n| File | Papers | Without a year | First | Last |\n"
        out += "|---|---:|---:|---:|---:|\n"
        for f in years.files {
            out +=
                "| \(e(f.file)) | \(f.papers) | \(f.undated) | \(f.first.map(String.init) ?? "–") | \(f.last.map(String.init) ?? "–") |\n"
        }
        if let periods { out += "\n" + PeriodReport.markdown(periods, corpusPapers: years.papers, kinds: kinds) }
        if let recent = time.rising.recent, !time.rising.rows.isEmpty {
            out += "\n### Rising authors (\(recent.lowerBound)–\(recent.upperBound))\n\n\(e(risingDefinition))\n\n"
            out +=
                "| Author | Papers before / recent | Papers per year | Co-authors per year | Growth |\n|---|---:|---:|---:|---:|\n"
            for r in time.rising.rows {
                out +=
                    "| \(e(r.name)) | \(r.pastPapers) / \(r.recentPapers) | \(rate(r.pastRate)) → \(rate(r.recentRate)) | \(rate(r.pastCoauthorRate)) → \(rate(r.recentCoauthorRate)) | +\(rate(r.growth)) |\n"
            }
        }
        out += "\n### Bursts\n\n\(e(parameterText(time.bursts)))\n\n"
        let bursts = time.bursts
        guard let first = bursts.firstYear, let last = bursts.lastYear, !bursts.entries.isEmpty else {
            return out + "No bursts.\n\n"
        }
        out +=
            "| Item | Kind | Papers | Begin | End | Strength | \(first)–\(last) |\n|---|---|---:|---:|---:|---:|---|\n"
        for b in bursts.entries.prefix(TimeAnalysis.reportedBursts) {
            out +=
                "| \(e(b.item)) | \(b.kind.rawValue) | \(b.papers) | \(b.start) | \(b.end) | \(Report.format(b.strength, digits: 3)) | `\(timeline(b, first: first, last: last))` |\n"
        }
        return out + "\n"
    }

    // MARK: JSON

    static func json(_ time: TimeAnalysis) -> JSONValue {
        let years = time.years
        let bursts = time.bursts
        return .object([
            "papers": .int(years.papers),
            "undated": .int(years.undated),
            "warning": years.warning.map(JSONValue.string) ?? .null,
            "years": .array(
                years.years.map {
                    .object([
                        "year": .int($0.year), "documents": .int($0.documents), "authors": .int($0.authors),
                        "newAuthors": .int($0.newAuthors),
                    ])
                }),
            "files": .array(
                years.files.map {
                    .object([
                        "file": .string($0.file), "papers": .int($0.papers), "undated": .int($0.undated),
                        "firstYear": $0.first.map(JSONValue.int) ?? .null,
                        "lastYear": $0.last.map(JSONValue.int) ?? .null,
                    ])
                }),
            "risingAuthors": .array(
                time.rising.rows.map {
                    .object([
                        "name": .string($0.name), "pastPapers": .int($0.pastPapers),
                        "recentPapers": .int($0.recentPapers),
                        "pastRate": .double($0.pastRate), "recentRate": .double($0.recentRate),
                        "pastCoauthorRate": .double($0.pastCoauthorRate),
                        "recentCoauthorRate": .double($0.recentCoauthorRate),
                    ])
                }),
            "bursts": .object([
                "model": .string("kleinberg-two-state-batched"),
                "s": .double(bursts.parameters.s),
                "gamma": .double(bursts.parameters.gamma),
                "count": .int(bursts.entries.count),
                "firstYear": bursts.firstYear.map(JSONValue.int) ?? .null,
                "totals": .array(bursts.totals.map(JSONValue.int)),
                "tested": .object(
                    Dictionary(uniqueKeysWithValues: bursts.tested.map { ($0.key.rawValue, JSONValue.int($0.value)) })),
                "strongest": .array(bursts.entries.prefix(TimeAnalysis.reportedBursts).map(entryJSON)),
            ]),
        ])
    }

    static func entryJSON(_ b: BurstTable.Entry) -> JSONValue {
        .object([
            "kind": .string(b.kind.rawValue), "item": .string(b.item), "start": .int(b.start), "end": .int(b.end),
            "strength": .double(b.strength), "papers": .int(b.papers), "counts": .array(b.counts.map(JSONValue.int)),
        ])
    }

    /// bursts.csv: every burst, strongest first.
    static func csv(_ bursts: BurstTable) -> String {
        var out = CSVField.row(["kind", "item", "start", "end", "strength", "papers"])
        for b in bursts.entries {
            out += CSVField.row([
                b.kind.rawValue, b.item, String(b.start), String(b.end), Report.exact(b.strength), String(b.papers),
            ])
        }
        return out
    }
}
