import Bibliography

/// `report.json`: the run's results in a stable, documented schema (docs/report-schema.md). Keys are sorted and
/// numbers printed in their shortest round-trip form, so the same inputs and settings give the same bytes.
enum ReportJSON {
    static let schema = "citegraph-report/1"

    static func value(_ analysis: Analysis, drawings: [MapDrawing], paperIDs: [String]) -> JSONValue {
        var networks: [String: JSONValue] = [:]
        for net in analysis.networks {
            let drawing = drawings.first { $0.kind == net.kind }
            networks[net.name] = network(net, drawing: drawing, algorithm: analysis.settings.communities)
        }
        let skipped: [JSONValue] = analysis.skippedNetworks.map {
            .object(["network": .string($0.kind.name), "reason": .string($0.reason)])
        }
        var value: [String: JSONValue] = [
            "schema": .string(schema),
            "tool": .object(["name": .string("citegraph"), "version": .string(CiteGraphInfo.version)]),
            "corpus": corpusJSON(analysis.corpus),
            "dataQuality": quality(analysis.corpus),
            "networks": .object(networks),
            "skippedNetworks": .array(skipped),
            "authors": authors(analysis),
            "papers": papers(analysis, paperIDs: paperIDs),
            "communities": .array(
                analysis.networks.flatMap { net in
                    net.communities.prefix(CommunitySummarizer.limit).map { community(net, $0, paperIDs: paperIDs) }
                }),
            "issues": .array(analysis.issues.map(InspectionReport.issueJSON)),
            "notes": .strings(analysis.notes),
            "time": TimeReport.json(analysis.time),
            "periods": analysis.periods.map(PeriodReport.json) ?? .null,
        ]
        // Only under --engine spark: where it ran, the whole graph, and which measures came from Spark.
        if let spark = analysis.spark { value["engine"] = spark.json }
        return .object(value)
    }

    /// The accounting and the corpus's size.
    static func corpusJSON(_ corpus: Corpus) -> JSONValue {
        let a = corpus.accounting
        let years = corpus.papers.compactMap(\.year)
        return .object([
            "files": .int(a.files), "unreadableFiles": .int(a.unreadableFiles),
            "records": .int(a.recordsRead), "papers": .int(a.papers), "duplicatesMerged": .int(a.duplicatesMerged),
            "skipped": .int(a.skipped), "skippedReasons": .object(a.skippedReasons.mapValues { .int($0) }),
            "authors": .int(corpus.authors.count), "persons": .int(corpus.persons), "groups": .int(corpus.groups),
            "authorSlots": .int(corpus.papers.reduce(0) { $0 + $1.authors.count }),
            "ownerInferred": .int(corpus.ownerInferences.count),
            "years": years.isEmpty ? .null : .object(["first": .int(years.min()!), "last": .int(years.max()!)]),
        ])
    }

    /// Name merges, name conflicts, split profiles and merged duplicates.
    static func quality(_ corpus: Corpus) -> JSONValue {
        .object([
            "nameMerges": nameMerges(corpus), "nameConflicts": nameConflicts(corpus),
            "splitProfiles": splitProfiles(corpus), "duplicates": duplicates(corpus, reasons: true),
        ])
    }

    /// Written names kept apart as several people by their author identifiers, with the thesaurus rows that
    /// merge them on purpose.
    static func splitProfiles(_ corpus: Corpus) -> JSONValue {
        .array(
            corpus.splitProfiles.map { split in
                .object([
                    "written": .string(split.written), "scheme": .string(split.scheme.rawValue),
                    "parts": .array(
                        split.parts.map { part in
                            .object([
                                "label": .string(part.label),
                                "identifier": part.identifier.map { .string($0) } ?? .null,
                                "countedAs": part.countedAs.map { .string($0) } ?? .null, "papers": .int(part.papers),
                            ])
                        }),
                    "thesaurusRows": .strings(split.thesaurusRows),
                ])
            })
    }

    /// Every name merge with its rule and reason (report.json and `inspect --json`).
    static func nameMerges(_ corpus: Corpus) -> JSONValue {
        .array(
            corpus.merges.map {
                .object([
                    "variant": .string($0.variant), "canonical": .string($0.canonical),
                    "rule": .string($0.rule.rawValue), "reason": .string($0.reason),
                ])
            })
    }

    /// Names not merged because candidates conflict.
    static func nameConflicts(_ corpus: Corpus) -> JSONValue {
        .array(corpus.conflicts.map { .object(["names": .strings($0.names), "reason": .string($0.reason)]) })
    }

    /// Merged duplicate records: where each copy was read, the title, and (in report.json) why they merged.
    static func duplicates(_ corpus: Corpus, reasons: Bool) -> JSONValue {
        .array(
            corpus.duplicates.map {
                var fields: [String: JSONValue] = [
                    "kept": .string($0.kept.description), "duplicate": .string($0.duplicate.description),
                    "title": .string($0.title),
                ]
                if reasons { fields["reason"] = .string($0.reason) }
                return .object(fields)
            })
    }

    /// One network's sizes, structure, how its measures were computed, and its map.
    static func network(_ net: AnalyzedNetwork, drawing: MapDrawing?, algorithm: CommunityAlgorithm) -> JSONValue {
        let m = net.measures
        return .object([
            "description": .string(net.description),
            "nodeKind": .string(net.nodeKind.rawValue),
            "directed": .bool(net.graph.isDirected),
            "nodes": .int(net.graph.nodeCount), "edges": .int(net.graph.edgeCount),
            "components": .int(m.components.count), "largestComponent": .int(m.components.largestSize),
            "density": .double(m.density), "transitivity": .double(m.transitivity),
            "diameter": m.diameter.lower == m.diameter.upper ? .int(m.diameter.lower) : .null,
            "diameterBounds": .array([.int(m.diameter.lower), .int(m.diameter.upper)]),
            "modularity": .double(m.modularity), "communities": .int(m.communityCount),
            "communityAlgorithm": .string(algorithm.rawValue),
            "weight": .string(net.weightMeaning),
            "betweenness": m.betweennessEstimate.map { PathReport.json($0) }
                ?? .object(["exact": .bool(m.betweenness != nil)]),
            "closenessComputed": .bool(m.closeness != nil),
            "closeness": m.closenessEstimate.flatMap { $0.pivots > 0 ? $0 : nil }.map {
                .object([
                    "exact": .bool(false), "pivots": .int($0.pivots), "epsilon": .double($0.epsilon),
                    "delta": .double($0.delta),
                ])
            } ?? .object(["exact": .bool(m.closeness != nil)]),
            "eigenvectorConverged": .bool(m.eigenvectorConverged),
            "measures": MeasureGlossary.json(net, algorithm: algorithm),
            "paths": PathReport.json(m),
            "notes": .strings(net.network.notes),
            "drawn": drawing.map { .object(["nodes": .int($0.drawnNodes), "notice": .optional($0.notice)]) }
                ?? .null,
        ])
    }

    /// The top authors of the co-authorship network (or the first author network) with every measure.
    static func authors(_ analysis: Analysis) -> JSONValue {
        guard
            let net = analysis.network(.coauthorship)
                ?? analysis.networks.first(where: { $0.nodeKind == .author })
        else {
            return .object(["network": .null, "total": .int(0), "ranked": .array([])])
        }
        let attributes = NodeAttribute.all(net)
        let others = analysis.networks.filter { $0.nodeKind == .author && $0.name != net.name }
        let otherIndex = others.map { o in
            Dictionary(o.labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let ranked = net.ranking(by: analysis.settings.sizeBy).prefix(analysis.settings.reportAuthors)
        let rows: [JSONValue] = ranked.enumerated().map { rank, node in
            var fields: [String: JSONValue] = ["rank": .int(rank + 1), "name": .string(net.labels[node])]
            for a in attributes { fields[a.name] = a.json(node) }
            for (o, index) in zip(others, otherIndex) {
                fields["\(o.name)Community"] = index[net.labels[node]].map { .int(o.measures.community[$0]) } ?? .null
            }
            return .object(fields)
        }
        return .object([
            "network": .string(net.name), "rankedBy": .string(analysis.settings.sizeBy.rawValue),
            "total": .int(net.graph.nodeCount), "ranked": .array(rows),
        ])
    }

    /// The papers of paper networks with their local citations (only when a paper network exists).
    static func papers(_ analysis: Analysis, paperIDs: [String]) -> JSONValue {
        guard let net = analysis.networks.first(where: { $0.localCitations != nil }), let local = net.localCitations
        else { return .null }
        let ranked = net.ranking(by: analysis.settings.sizeBy).prefix(analysis.settings.reportAuthors)
        return .array(
            ranked.map { node in
                let p = analysis.corpus.papers[node]
                return .object([
                    "paper": .string(paperIDs[node]), "title": .string(p.title), "year": .optional(p.year),
                    "localCitations": .int(local[node]), "pagerank": .double(net.measures.pagerank[node]),
                    "community": .int(net.measures.community[node]),
                ])
            })
    }

    static func community(_ net: AnalyzedNetwork, _ c: CommunitySummary, paperIDs: [String]) -> JSONValue {
        .object([
            "network": .string(net.name), "id": .int(c.id), "size": .int(c.size),
            "members": .strings(c.members.prefix(20).map { net.labels[$0] }),
            "topTerms": .strings(c.topTerms),
            "keyPapers": .strings(c.keyPapers.map { paperIDs[$0] }),
        ])
    }
}

/// The tool's name and version as reports state them.
public enum CiteGraphInfo {
    public static let version = "0.2.0"
}
