import Bibliography
import GraphAlgorithms

/// The CSV files of a run (RFC 4180, UTF-8, CRLF line ends, a header row; every text field through `CSVField`).
enum TableExports {
    /// authors.csv: one row per corpus author — name, kind, papers, written variants, then every co-authorship
    /// measure and the community in each author network. Ranked by the size measure on the co-authorship network;
    /// authors outside it (groups, below min-papers) follow by name with empty measure cells.
    static func authors(_ corpus: Corpus, networks: [AnalyzedNetwork], sizeBy: NodeMeasure) -> String {
        ByteWriter.string { authors(corpus, networks: networks, sizeBy: sizeBy, to: $0) }
    }

    /// authors.csv, streamed to `out`.
    static func authors(_ corpus: Corpus, networks: [AnalyzedNetwork], sizeBy: NodeMeasure, to out: ByteWriter) {
        let authorNets = networks.filter { $0.nodeKind == .author }
        let main = authorNets.first { $0.kind == .coauthorship } ?? authorNets.first
        let attributes = main.map(NodeAttribute.all) ?? []
        var header = ["rank", "name", "kind", "papers", "variants"]
        header += attributes.filter { $0.name != "papers" }.map(\.name)
        let others = authorNets.filter { $0.name != main?.name }
        header += others.map { "\($0.name)Community" }
        CSVField.writeRow(header, to: out)
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
            // Numbers need no CSV escaping; text fields go through `CSVField`.
            out.write(i + 1)
            out.byte(UInt8(ascii: ","))
            CSVField.write(name, to: out)
            out.byte(UInt8(ascii: ","))
            out.write(author.kind.rawValue)
            out.byte(UInt8(ascii: ","))
            out.write(author.papers)
            out.byte(UInt8(ascii: ","))
            CSVField.write(author.variants.joined(separator: "; "), to: out)
            let node = main.flatMap { nodeOf[$0.name]?[name] }
            for a in attributes where a.name != "papers" {
                out.byte(UInt8(ascii: ","))
                if let node { a.write(node, to: out) }
            }
            for net in others {
                out.byte(UInt8(ascii: ","))
                if let node = nodeOf[net.name]?[name] { out.write(net.measures.community[node]) }
            }
            out.write("\r\n" as StaticString)
        }
    }

    /// coauthorship-edges.csv: both names, weight, number of joint papers and their ids, each edge once
    /// (in node-id order).
    static func coauthorshipEdges(_ net: AnalyzedNetwork, paperIDs: [String]) -> String {
        ByteWriter.string { coauthorshipEdges(net, paperIDs: paperIDs, to: $0) }
    }

    /// coauthorship-edges.csv, streamed to `out`.
    static func coauthorshipEdges(_ net: AnalyzedNetwork, paperIDs: [String], to out: ByteWriter) {
        CSVField.writeRow(["source", "target", "weight", "jointPapers", "papers"], to: out)
        var provenance = EdgePaperCursor(net.network.edgePapers)
        GraphFileWriters.forEachEdge(net.graph) { u, v, w in
            let papers = provenance.papers(EdgeKey(u, v)) ?? []
            CSVField.write(net.labels[u], to: out)
            out.byte(UInt8(ascii: ","))
            CSVField.write(net.labels[v], to: out)
            out.byte(UInt8(ascii: ","))
            out.write(w)
            out.byte(UInt8(ascii: ","))
            out.write(papers.count)
            out.byte(UInt8(ascii: ","))
            // Paper ids (`P0001`) need no escaping.
            GraphFileWriters.writePaperIDs(papers, paperIDs, to: out)
            out.write("\r\n" as StaticString)
        }
    }

    /// communities.csv: one row per community of every network — size, top members, top terms, key papers.
    static func communities(_ networks: [AnalyzedNetwork], paperIDs: [String]) -> String {
        ByteWriter.string { communities(networks, paperIDs: paperIDs, to: $0) }
    }

    /// communities.csv, streamed to `out`.
    static func communities(_ networks: [AnalyzedNetwork], paperIDs: [String], to out: ByteWriter) {
        CSVField.writeRow(["network", "community", "size", "topMembers", "topTerms", "keyPapers"], to: out)
        for net in networks {
            for c in net.communities {
                CSVField.writeRow(
                    [
                        net.name, String(c.id), String(c.size),
                        c.members.prefix(10).map { net.labels[$0] }.joined(separator: "; "),
                        c.topTerms.joined(separator: "; "),
                        c.keyPapers.map { paperIDs[$0] }.joined(separator: ";"),
                    ], to: out)
            }
        }
    }

    /// papers.csv: one row per unique paper — id, title, authors (canonical), year, venue, DOI, source id, topics,
    /// where it was read (every copy), and its community in each paper network.
    static func papers(_ corpus: Corpus, networks: [AnalyzedNetwork], paperIDs: [String]) -> String {
        ByteWriter.string { papers(corpus, networks: networks, paperIDs: paperIDs, to: $0) }
    }

    /// papers.csv, streamed to `out`.
    static func papers(_ corpus: Corpus, networks: [AnalyzedNetwork], paperIDs: [String], to out: ByteWriter) {
        let paperNets = networks.filter { $0.nodeKind == .paper }
        var header = [
            "paper", "title", "authors", "authorsTruncated", "year", "venue", "doi", "sourceId", "topics", "sources",
        ]
        header += paperNets.flatMap { ["\($0.name)Community"] }
        if let citations = paperNets.first(where: { $0.localCitations != nil }), citations.localCitations != nil {
            header.append("localCitations")
        }
        CSVField.writeRow(header, to: out)
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
            CSVField.writeRow(row, to: out)
        }
    }
}
