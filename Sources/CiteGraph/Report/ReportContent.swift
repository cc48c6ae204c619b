import Bibliography

/// The facts both human-readable reports (Markdown and HTML) show, computed once so the two always agree.
struct ReportContent {
    let analysis: Analysis
    let drawings: [MapDrawing]
    let paperIDs: [String]
    /// The corpus papers of each author, for the map viewer's paper lists.
    let authorPapers: AuthorPapers

    init(analysis: Analysis, drawings: [MapDrawing], paperIDs: [String]) {
        self.analysis = analysis
        self.drawings = drawings
        self.paperIDs = paperIDs
        authorPapers = AuthorPapers(analysis.corpus)
    }

    var corpus: Corpus { analysis.corpus }
    var settings: AnalysisSettings { analysis.settings }

    /// "101 papers by 175 authors (1990–2024) from 5 files".
    var summary: String {
        let years = corpus.papers.compactMap(\.year)
        let span = years.isEmpty ? "" : " (\(years.min()!)–\(years.max()!))"
        return
            "\(Report.count(corpus.papers.count)) papers by \(Report.count(corpus.authors.count)) authors\(span) from \(corpus.accounting.files) file\(corpus.accounting.files == 1 ? "" : "s")"
    }

    /// Rows of the accounting table: label, value.
    var accounting: [(String, String)] {
        let a = corpus.accounting
        var rows = [
            ("Records read", Report.count(a.recordsRead)),
            ("Unique papers used", Report.count(a.papers)),
            ("Duplicates merged", Report.count(a.duplicatesMerged)),
            ("Records skipped", Report.count(a.skipped)),
        ]
        for reason in a.skippedReasons.keys.sorted() {
            rows.append(("  skipped: \(reason)", Report.count(a.skippedReasons[reason]!)))
        }
        rows += [
            (
                "Authors (persons / groups)",
                "\(Report.count(corpus.authors.count)) (\(Report.count(corpus.persons)) / \(Report.count(corpus.groups)))"
            ),
            ("Name merges", Report.count(corpus.merges.count)),
            ("Profile owner added as author", Report.count(corpus.ownerInferences.count)),
            ("Input files (unreadable)", "\(a.files) (\(a.unreadableFiles))"),
        ]
        return rows
    }

    /// One text per part of a split profile: "Wu H. (2) (Scopus author id 55622444400, 1 paper)", with the name it
    /// is counted as when another form of that person is preferred ("counted as Hao Wu") or when dropped.
    static func splitParts(_ split: Corpus.SplitProfile) -> [String] {
        split.parts.map { part in
            let id = part.identifier.map { "\(split.scheme.authorLabel) \($0)" } ?? "no \(split.scheme.authorLabel)"
            var line = "\(part.label) (\(id), \(Report.count(part.papers)) paper\(part.papers == 1 ? "" : "s")"
            if let counted = part.countedAs {
                if counted != part.label { line += ", counted as \(counted)" }
            } else {
                line += ", dropped by the thesaurus"
            }
            return line + ")"
        }
    }

    /// The thesaurus rows of every split profile, under the thesaurus header, ready to copy into a thesaurus file.
    var splitThesaurus: [String] {
        ["label\treplace by"] + corpus.splitProfiles.flatMap(\.thesaurusRows)
    }

    /// Issues counted by severity and code, most severe first.
    var issueCounts: [(severity: String, code: String, count: Int, example: ParseIssue)] {
        var groups: [String: (ParseIssue, Int)] = [:]
        for issue in analysis.issues {
            let key = "\(issue.severity.rawValue)\u{0}\(issue.code)"
            groups[key] = (groups[key]?.0 ?? issue, (groups[key]?.1 ?? 0) + 1)
        }
        return groups.values.map { ($0.0.severity.rawValue, $0.0.code, $0.1, $0.0) }
            .sorted { a, b in
                if a.example.severity != b.example.severity { return a.example.severity > b.example.severity }
                return a.code < b.code
            }
    }

    /// The network whose authors the "top authors" table ranks.
    var authorNetwork: AnalyzedNetwork? {
        analysis.network(.coauthorship) ?? analysis.networks.first { $0.nodeKind == .author }
    }

    /// The table columns for ranked nodes: header and a value per node.
    func columns(_ net: AnalyzedNetwork) -> [(String, (Int) -> String, (Int) -> Double)] {
        let m = net.measures
        var cols: [(String, (Int) -> String, (Int) -> Double)] = []
        if net.nodeKind == .author {
            cols.append(("Papers", { String(net.papers[$0]) }, { Double(net.papers[$0]) }))
        } else if let local = net.localCitations {
            cols.append(("Local citations", { String(local[$0]) }, { Double(local[$0]) }))
        }
        cols.append(("Degree", { String(m.degree[$0]) }, { Double(m.degree[$0]) }))
        cols.append(("Strength", { Report.format(m.strength[$0]) }, { m.strength[$0] }))
        if let b = m.betweenness {
            cols.append(
                (
                    m.betweennessEstimate == nil ? "Betweenness" : "Betweenness (est.)", { Report.format(b[$0]) },
                    { b[$0] }
                ))
        }
        let estimated = m.closenessEstimate.map { $0.pivots > 0 } ?? false
        if let c = m.closeness {
            cols.append((estimated ? "Closeness (est.)" : "Closeness", { Report.format(c[$0]) }, { c[$0] }))
        }
        if let h = m.harmonic {
            cols.append((estimated ? "Harmonic (est.)" : "Harmonic", { Report.format(h[$0]) }, { h[$0] }))
        }
        cols.append(("Eigenvector", { Report.format(m.eigenvector[$0]) }, { m.eigenvector[$0] }))
        cols.append(("PageRank", { Report.format(m.pagerank[$0]) }, { m.pagerank[$0] }))
        cols.append(("k-core", { String(m.coreness[$0]) }, { Double(m.coreness[$0]) }))
        cols.append(("Clustering", { Report.format(m.clustering[$0]) }, { m.clustering[$0] }))
        cols.append(("Community", { String(m.community[$0]) }, { Double(m.community[$0]) }))
        return cols
    }

    /// One line per network for the overview table.
    func networkRow(_ net: AnalyzedNetwork) -> [String] {
        let m = net.measures
        let diameter =
            m.diameter.lower == m.diameter.upper ? String(m.diameter.lower) : "\(m.diameter.lower)–\(m.diameter.upper)"
        return [
            net.kind.title, Report.count(net.graph.nodeCount), Report.count(net.graph.edgeCount),
            Report.count(m.components.count), Report.count(m.components.largestSize),
            Report.format(m.density, digits: 3),
            diameter, Report.count(m.communityCount), Report.format(m.modularity, digits: 3),
        ]
    }

    static let networkHeader = [
        "Network", "Nodes", "Edges", "Components", "Largest component", "Density", "Diameter",
        "Communities", "Modularity",
    ]

    /// A paper as a one-line citation: "Title (2021) — A, B, C et al."
    func citation(_ index: Int) -> String {
        let p = corpus.papers[index]
        var names: [String] = []
        var seen = Set<String>()
        for a in p.authors where seen.insert(a.resolved).inserted { names.append(a.resolved) }
        let authors = names.prefix(3).joined(separator: ", ") + (names.count > 3 || p.authorsTruncated ? " et al." : "")
        return "\(p.title)\(p.year.map { " (\($0))" } ?? "")\(authors.isEmpty ? "" : " — " + authors)"
    }

    /// How measures were computed where it differs from the exact default (sampled betweenness, eigenvector
    /// without convergence), for the notes under the tables.
    func measureNotes(_ net: AnalyzedNetwork) -> [String] {
        var notes: [String] = []
        if !net.measures.eigenvectorConverged {
            if net.graph.isDirected {
                notes.append(
                    "Eigenvector centrality did not converge (a directed graph without cycles has no dominant eigenvector; networkx raises here): its column shows the last iterate — rank by PageRank instead."
                )
            } else {
                notes.append(
                    "Eigenvector centrality did not converge to 1e-14 within \(Report.count(net.measures.eigenvectorIterations)) iterations (the two largest eigenvalues are close): its column shows the last iterate."
                )
            }
        }
        if net.measures.betweennessEstimate != nil {
            notes.append(
                "Betweenness, closeness and harmonic centrality are sampled (see Measures for the bounds): the exact passes were predicted to take \(Report.format(net.measures.pathPlan.predictedExactSeconds, digits: 2)) s, over the \(Report.format(settings.timeBudget)) s time budget (--time-budget, or --exact); weighted variants are not computed."
            )
        }
        if net.measures.closeness == nil {
            notes.append(
                "Closeness is not computed for directed graphs over the time budget (use --exact or a larger --time-budget)."
            )
        }
        return notes
    }
}
