import Foundation
import Testing

@testable import CiteGraph

/// Every rule of ../shared/formats/vosviewer.md, checked on the files written for the small fixture's networks.
@Suite("VOSviewer export")
struct VOSviewerExportTests {
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test("map file: header, ids 1…N, clusters 1…1000, non-negative weights, one line per node")
    func mapFile() throws {
        let a = try analyzeSmall()
        for net in a.networks {
            let vos = VOSviewerExport(net, years: a.corpus.papers.map(\.year))
            let text = vos.mapFile
            #expect(!text.hasPrefix("\u{FEFF}") && !text.contains("\r") && text.hasSuffix("\n"))
            let rows = Self.rows(text)
            let header = try #require(rows.first)
            let extra = net.nodeKind == .author ? "weight<Documents>" : "weight<Citations>"
            let paper = net.nodeKind == .paper
            var expected = ["id", "label"] + (paper ? ["description"] : []) + ["cluster"]
            expected += ["weight<Links>", "weight<Total link strength>", extra]
            if paper { expected.append("score<Avg. pub. year>") }
            #expect(header == expected, "\(net.name)")
            let c = paper ? 3 : 2
            let body = rows.dropFirst()
            #expect(body.count == net.graph.nodeCount)
            for (index, row) in body.enumerated() {
                #expect(row.count == header.count)
                #expect(row[0] == String(index + 1))
                #expect(row[1] == VOSviewerExport.cell(paper ? net.shortLabels[index] : net.labels[index]))
                if paper { #expect(row[2] == VOSviewerExport.cell(XMLText.escape(net.labels[index]))) }
                let cluster = try #require(Int(row[c]))
                #expect((1...1000).contains(cluster) && cluster == net.measures.community[index] + 1)
                for cell in row[(c + 1)..<(c + 4)] { #expect((Double(cell) ?? -1) >= 0, "\(net.name) \(row)") }
            }
        }
    }

    @Test("Links and Total link strength are the node's distinct neighbours and summed link strengths")
    func weights() throws {
        let a = try analyzeSmall()
        let co = try #require(a.network(.coauthorship))
        let vos = VOSviewerExport(co)
        for node in 0..<co.graph.nodeCount {
            #expect(vos.items[node].weights[0] == Double(co.measures.degree[node]))
            #expect(abs(vos.items[node].weights[1] - co.measures.strength[node]) < 1e-12)
            #expect(vos.items[node].weights[2] == Double(co.papers[node]))
        }
    }

    @Test("network file: ids from the map, id1 < id2, each pair once, positive strengths summing to the weights")
    func networkFile() throws {
        let a = try analyzeSmall()
        for net in a.networks {
            let vos = VOSviewerExport(net)
            var seen = Set<[Int]>()
            var total = 0.0
            for row in Self.rows(vos.networkFile) {
                #expect(row.count == 3)
                let ids = row.prefix(2).compactMap { Int($0) }
                let strength = try #require(Double(row[2]))
                #expect(ids.count == 2 && ids[0] < ids[1] && ids[1] <= net.graph.nodeCount && ids[0] >= 1)
                #expect(strength > 0)
                #expect(seen.insert(ids).inserted, "\(net.name): pair \(ids) twice")
                total += strength
            }
            var weights = 0.0
            GraphFileWriters.forEachEdge(net.graph) { _, _, w in weights += w }
            #expect(abs(total - weights) < 1e-9, "\(net.name)")
            if !net.graph.isDirected { #expect(seen.count == net.graph.edgeCount) }
        }
    }

    @Test("x/y from the map's layout when it drew every node, else no coordinates at all")
    func positions() throws {
        let a = try analyzeSmall()
        let co = try #require(a.network(.coauthorship))
        var all: [Int: MapPoint] = [:]
        for node in 0..<co.graph.nodeCount { all[node] = MapPoint(x: Double(node), y: -Double(node) / 2) }
        let placed = VOSviewerExport(co, positions: all)
        let rows = Self.rows(placed.mapFile)
        #expect(Array(rows[0].prefix(5)) == ["id", "label", "x", "y", "cluster"])
        #expect(rows[4][2] == "3" && rows[4][3] == "-1.5")
        var some = all
        some[0] = nil
        let unplaced = VOSviewerExport(co, positions: some)
        #expect(!unplaced.hasPositions)
        #expect(!Self.rows(unplaced.mapFile)[0].contains("x"))
        #expect(!unplaced.json(title: "", description: "", colors: [:]).rendered().contains("\"x\""))
        #expect(placed.json(title: "", description: "", colors: [:]).rendered().contains("\"x\":3"))
    }

    @Test("labels are one line and quoted when they hold a comma, semicolon or double quote")
    func cells() {
        #expect(VOSviewerExport.cell("Ada Lovelace") == "Ada Lovelace")
        #expect(VOSviewerExport.cell("Lovelace, Ada") == "\"Lovelace, Ada\"")
        #expect(VOSviewerExport.cell("a; b") == "\"a; b\"")
        #expect(VOSviewerExport.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(VOSviewerExport.cell("tab\there\nnext") == "tab here next")
    }

    @Test("JSON: items, links and clusters as VOSviewer Online reads them, with the kind's terminology")
    func json() throws {
        let a = try analyzeSmall()
        let co = try #require(a.network(.coauthorship))
        let vos = VOSviewerExport(co)
        let text = vos.json(title: "t", description: "d", colors: [1: "#CC6677"]).prettyRendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let network = try #require(root["network"] as? [String: Any])
        let items = try #require(network["items"] as? [[String: Any]])
        #expect(items.count == co.graph.nodeCount)
        let ids = Set(items.compactMap { $0["id"] as? Int })
        #expect(ids == Set(1...co.graph.nodeCount))
        for item in items {
            let weights = try #require(item["weights"] as? [String: Double])
            #expect(Set(weights.keys) == ["Links", "Total link strength", "Documents"])
            #expect((1...1000).contains(item["cluster"] as? Int ?? 0))
        }
        for link in try #require(network["links"] as? [[String: Any]]) {
            #expect(ids.contains(link["source_id"] as? Int ?? 0) && ids.contains(link["target_id"] as? Int ?? 0))
            #expect((link["strength"] as? Double ?? -1) >= 0)
        }
        let config = try #require(root["config"] as? [String: Any])
        let terminology = try #require(config["terminology"] as? [String: String])
        #expect(terminology["item"] == "Author" && terminology["links"] == "Co-authorship links")
        #expect(terminology.count == 6)
        // item_size points at Documents in the sorted weight keys the viewer sees.
        let parameters = try #require(config["parameters"] as? [String: Any])
        #expect(parameters["item_size"] as? Int == 1)
        let clusters = try #require(network["clusters"] as? [[String: Any]])
        #expect(
            clusters.count == co.communities.count && clusters.allSatisfy { !($0["label"] as? String ?? "").isEmpty })
    }

    @Test("paper networks carry the publication year as the overlay score")
    func years() throws {
        let a = try analyzeSmall()
        let citations = try #require(a.network(.citations))
        let vos = VOSviewerExport(citations, years: a.corpus.papers.map(\.year))
        let index = try #require(citations.paperIndex)
        for node in 0..<citations.graph.nodeCount {
            #expect(vos.items[node].year == a.corpus.papers[index[node]].year)
        }
        #expect(vos.hasYears)
        #expect(VOSviewerExport(try #require(a.network(.coauthorship))).hasYears == false)
    }

    @Test("fewer than 3 items: no files, with the reason; over 1000 communities: the tail shares cluster 1000")
    func limits() throws {
        let small = try analyzeTable("title\tauthors\tyear\nOne\tAda Lovelace; Charles Babbage\t1843\n")
        let vos = VOSviewerExport(try #require(small.network(.coauthorship)))
        #expect(vos.skipReason == "VOSviewer needs at least 3 items; the coauthorship network has 2")

        var table = "title\tauthors\tyear\n"
        for i in 0..<1002 { table += "Paper \(i)\tAuthor A\(i); Author B\(i)\t2000\n" }
        let big = try analyzeTable(table) { $0.networks = [.coauthorship] }
        let co = try #require(big.network(.coauthorship))
        #expect(co.communities.count == 1002)
        let clustered = VOSviewerExport(co)
        #expect(clustered.items.map(\.cluster).max() == 1000)
        #expect(Set(clustered.items.map(\.cluster)).count == 1000)
        #expect(clustered.clusterNote == "3 smallest communities share cluster 1000 (VOSviewer allows at most 1000)")
    }
}

extension VOSviewerExportTests {
    /// The streamed JSON document is byte for byte the pretty rendering of the value (items and links included,
    /// and with no items at all).
    @Test func streamedJSONEqualsTheValue() throws {
        let a = try analyzeSmall()
        for net in a.networks {
            let vos = VOSviewerExport(net, years: a.corpus.papers.map(\.year))
            let colors = [1: "#123456", 2: "#abcdef"]
            let value = vos.json(title: "T <x>", description: "D \"q\"", colors: colors).prettyRendered()
            let streamed = ByteWriter.string {
                vos.writeJSON(title: "T <x>", description: "D \"q\"", colors: colors, to: $0)
            }
            #expect(streamed == value, "\(net.name)")
            #expect(value.contains("\"items\": [\n      {"))
        }
    }
}
