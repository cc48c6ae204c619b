import Bibliography
import GraphAlgorithms

/// The CSV files of a run (RFC 4180, UTF-8, CRLF line ends, a header row; every text field through `CSVField`).
enum TableExports {
    /// authors.csv: one row per corpus author — name, kind, papers, written variants, then every co-authorship
    /// measure and the community in each author network. Ranked by the size measure on the co-authorship network;
    /// authors outside it (groups, below min-papers) follow by name with empty measure cells.
    static func authors(_ corpus: Corpus, networks: [AnalyzedNetwork], sizeBy: NodeMeasure) -> String {
        let authorNets = networks.filter { $0.nodeKind == .author }
        let main = authorNets.first { $0.kind == .coauthorship } ?? authorNets.first
        let attributes = main.map(NodeAttribute.all) ?? []
        var header = ["rank", "name", "kind", "papers", "variants"]
        header += attributes.filter { $0.name != "papers" }.map(\.name)
        let others = authorNets.filter { $0.name != main?.name }
        header += others.map { "\($0.name)Community" }
        var out = CSVField.row(header)
        let byName = Dictionary(uniqueKeysWithValues: corpus.authors.map { ($0.name, $0) })
        var nodeOf: [String: [String: Int]] = [:]
        for net in authorNets {
            nodeOf[net.name] = Dictionary(net.labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }
        var order: [String] = []
        var listed = Set<String>()
        if let main {
            for node in main.ranking(by: sizeBy) {
                order.append(main.labels[node])
                listed.insert(main.labels[node])
            }
        }
        order += corpus.authors.map(\.name).filter { !listed.contains($0) }
        for (i, name) in order.enumerated() {
            guard let author = byName[name] else { continue }
            var row = [
                String(i + 1), name, author.kind.rawValue, String(author.papers),
                author.variants.joined(separator: "; "),
            ]
            let node = main.flatMap { nodeOf[$0.name]?[name] }
            for a in attributes where a.name != "papers" { row.append(node.map(a.text) ?? "") }
            for net in others {
                row.append(nodeOf[net.name]?[name].map { String(net.measures.community[$0]) } ?? "")
            }
            out += CSVField.row(row)
        }
        return out
    }

    /// coauthorship-edges.csv: both names, weight, number of joint papers and their ids, each edge once
    /// (in node-id order).
    static func coauthorshipEdges(_ net: AnalyzedNetwork, paperIDs: [String]) -> String {
        var out = CSVField.row(["source", "target", "weight", "jointPapers", "papers"])
        var provenance = EdgePaperCursor(net.network.edgePapers)
        GraphFileWriters.forEachEdge(net.graph) { u, v, w in
            let papers = provenance.papers(EdgeKey(u, v)) ?? []
            out += CSVField.row([
                net.labels[u], net.labels[v], Report.exact(w), String(papers.count),
                papers.map { paperIDs[Int($0)] }.joined(separator: ";"),
            ])
        }
        return out
    }

    /// communities.csv: one row per community of every network — size, top members, top terms, key papers.
    static func communities(_ networks: [AnalyzedNetwork], paperIDs: [String]) -> String {
        var out = CSVField.row(["network", "community", "size", "topMembers", "topTerms", "keyPapers"])
        for net in networks {
            for c in net.communities {
                out += CSVField.row([
                    net.name, String(c.id), String(c.size),
                    c.members.prefix(10).map { net.labels[$0] }.joined(separator: "; "),
                    c.topTerms.joined(separator: "; "),
                    c.keyPapers.map { paperIDs[$0] }.joined(separator: ";"),
                ])
            }
        }
        return out
    }

    /// papers.csv: one row per unique paper — id, title, authors (canonical), year, venue, DOI, source id, topics,
    /// where it was read (every copy), and its community in each paper network.
    static func papers(_ corpus: Corpus, networks: [AnalyzedNetwork], paperIDs: [String]) -> String {
        let paperNets = networks.filter { $0.nodeKind == .paper }
        var header = [
            "paper", "title", "authors", "authorsTruncated", "year", "venue", "doi", "sourceId", "topics", "sources",
        ]
        header += paperNets.flatMap { ["\($0.name)Community"] }
        if let citations = paperNets.first(where: { $0.localCitations != nil }), citations.localCitations != nil {
            header.append("localCitations")
        }
        var out = CSVField.row(header)
        let local = paperNets.first { $0.localCitations != nil }?.localCitations
        for (i, p) in corpus.papers.enumerated() {
            var authors: [String] = []
            var seen = Set<String>()
            for a in p.authors where seen.insert(a.resolved).inserted { authors.append(a.resolved) }
            var row = [
                paperIDs[i], p.title, authors.joined(separator: "; "), p.authorsTruncated ? "true" : "false",
                p.year.map(String.init) ?? "", p.venue ?? "", p.doi ?? "", p.identifiers[.sourceID] ?? "",
                p.topics.joined(separator: "; "), p.locations.map(\.description).joined(separator: "; "),
            ]
            for net in paperNets { row.append(String(net.measures.community[i])) }
            if let local { row.append(String(local[i])) }
            out += CSVField.row(row)
        }
        return out
    }
}
