import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The network exports read back: GraphML and Pajek through `citegraph metrics`, GEXF with XMLParser. Nodes, edges
/// and weights must be those report.json and coauthorship-edges.csv give for the same run. Fractional counting
/// makes weights of 0.5 and 1.5, so a reader that rounds or drops weights is caught.
@Suite(.serialized) struct ExportReadBackTests {
    static let networks = ["coauthorship", "topics", "citations", "cocitation", "coupling"]

    /// Runs analyze with fractional counting on `fixture`; returns the folder and its report.json.
    static func analyze(_ fixture: String) throws -> (URL, [String: Any]) {
        let (r, dir) = try AnalyzeTests.analyze([fixture, "--quiet", "--counting", "fractional"])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, try CLI.json(file: dir.appendingPathComponent("report.json")))
    }

    /// report.json's authors by name: (degree, strength, weighted betweenness).
    static func authors(_ report: [String: Any]) throws -> [String: [Double]] {
        let ranked = try #require((report["authors"] as? [String: Any])?["ranked"] as? [[String: Any]])
        var byName: [String: [Double]] = [:]
        for a in ranked {
            byName[try #require(a["name"] as? String)] = ["degree", "strength", "betweennessWeighted"].map {
                a[$0] as? Double ?? .nan
            }
        }
        return byName
    }

    /// `citegraph metrics FILE --input-format FORMAT --json`, checked against report.json's counts; returns the
    /// nodes by label: (degree, strength, weighted betweenness).
    static func readBack(_ file: URL, _ format: String, network: String, report: [String: Any]) throws
        -> [String: [Double]]
    {
        let r = try CLI.run(["metrics", file.path, "--input-format", format, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let metrics = try CLI.json(r.stdout)
        let expected = try #require((report["networks"] as? [String: [String: Any]])?[network])
        #expect(metrics["nodesCount"] as? Int == expected["nodes"] as? Int, "\(file.lastPathComponent)")
        #expect(metrics["edgesCount"] as? Int == expected["edges"] as? Int, "\(file.lastPathComponent)")
        #expect(metrics["directed"] as? Bool == expected["directed"] as? Bool, "\(file.lastPathComponent)")
        var byLabel: [String: [Double]] = [:]
        for node in try #require(metrics["nodes"] as? [[String: Any]]) {
            byLabel[try #require(node["label"] as? String)] = ["degree", "strength", "betweennessWeighted"].map {
                node[$0] as? Double ?? .nan
            }
        }
        return byLabel
    }

    static func expectSame(_ read: [String: [Double]], _ expected: [String: [Double]], _ what: String) {
        #expect(read.keys.sorted() == expected.keys.sorted(), "\(what): labels")
        for (label, values) in expected {
            let got = read[label] ?? []
            #expect(
                got.count == values.count && zip(got, values).allSatisfy { abs($0 - $1) < 1e-9 },
                "\(what) \(label): read back \(got), report.json \(values)")
        }
    }

    @Test("GraphML and Pajek read back with the counts, labels, degrees and weights of report.json")
    func graphMLAndPajek() throws {
        let (dir, report) = try Self.analyze(AnalyzeTests.small)
        defer { try? FileManager.default.removeItem(at: dir) }
        for network in Self.networks {
            for (ext, format) in [("graphml", "graphml"), ("net", "pajek")] {
                let read = try Self.readBack(
                    dir.appendingPathComponent("\(network).\(ext)"), format, network: network, report: report)
                if network == "coauthorship" { Self.expectSame(read, try Self.authors(report), "\(network).\(ext)") }
            }
        }
    }

    @Test("Pajek and GraphML keep hostile labels: spaces, quotes, markup, backslashes")
    func hostileLabels() throws {
        let (dir, report) = try Self.analyze(AnalyzeTests.hostile)
        defer { try? FileManager.default.removeItem(at: dir) }
        let authors = try Self.authors(report)
        #expect(authors.keys.contains("O\"Brien & Sons"))
        let graphml = try Self.readBack(
            dir.appendingPathComponent("coauthorship.graphml"), "graphml", network: "coauthorship", report: report)
        Self.expectSame(graphml, authors, "coauthorship.graphml")
        // A Pajek label cannot hold a double quote: the writer turns it into an apostrophe.
        let pajek = try Self.readBack(
            dir.appendingPathComponent("coauthorship.net"), "pajek", network: "coauthorship", report: report)
        let renamed = Dictionary(
            uniqueKeysWithValues: authors.map { ($0.key.replacingOccurrences(of: "\"", with: "'"), $0.value) })
        Self.expectSame(pajek, renamed, "coauthorship.net")
    }

    /// Collects a GEXF file's node labels by id and its edges (source label, target label, weight).
    final class GEXFReader: NSObject, XMLParserDelegate {
        var labels: [String: String] = [:]
        var edges: [(String, String, Double)] = []

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            if element == "node", let id = attributes["id"] { labels[id] = attributes["label"] ?? "" }
            if element == "edge", let s = attributes["source"], let t = attributes["target"] {
                edges.append((labels[s] ?? "?\(s)", labels[t] ?? "?\(t)", Double(attributes["weight"] ?? "") ?? .nan))
            }
        }
    }

    @Test("GEXF parses with its nodes, edges and the weights of coauthorship-edges.csv")
    func gexf() throws {
        let (dir, report) = try Self.analyze(AnalyzeTests.small)
        defer { try? FileManager.default.removeItem(at: dir) }
        let nets = try #require(report["networks"] as? [String: [String: Any]])
        for network in Self.networks {
            let reader = GEXFReader()
            let parser = XMLParser(data: try Data(contentsOf: dir.appendingPathComponent("\(network).gexf")))
            parser.delegate = reader
            #expect(parser.parse(), "\(network).gexf: \(String(describing: parser.parserError))")
            #expect(reader.labels.count == nets[network]?["nodes"] as? Int, "\(network).gexf nodes")
            #expect(reader.edges.count == nets[network]?["edges"] as? Int, "\(network).gexf edges")
            #expect(reader.edges.allSatisfy { $0.2 > 0 }, "\(network).gexf: every edge has a positive weight")
            guard network == "coauthorship" else { continue }
            let csv = try AnalyzeTests.read(dir, "coauthorship-edges.csv").split(whereSeparator: \.isNewline)
            let expected = Set(csv.dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") })
            let read = Set(reader.edges.map { "\($0.0),\($0.1),\(Self.format($0.2))" })
            #expect(read == expected)
            #expect(expected.contains("Alan Turing,John von Neumann,0.5"))
        }
    }

    /// A weight as the CSV writes it: integers without a fraction.
    static func format(_ w: Double) -> String { w == w.rounded() ? String(Int(w)) : String(w) }
}
