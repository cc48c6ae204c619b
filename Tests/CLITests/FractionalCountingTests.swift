import Foundation
import Testing

/// `--counting fractional` end to end: each paper of n authors adds 1/(n−1) to each of its author pairs. The
/// expected weights are computed here from the fixture itself, then compared with coauthorship-edges.csv and with
/// the authors' strengths in report.json.
@Suite(.serialized) struct FractionalCountingTests {
    struct Pair: Hashable {
        var a: String
        var b: String
        init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    /// Pair → sum of 1/(n−1) over the papers of the tab-separated fixture (authors separated by `;`).
    static func expectedWeights(_ fixture: String) throws -> [Pair: Double] {
        let text = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent(fixture), encoding: .utf8)
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let column = try #require(rows.first?.firstIndex(of: "authors"))
        var weights: [Pair: Double] = [:]
        for row in rows.dropFirst() {
            let authors = row[column].split(separator: ";").map(String.init)
            guard authors.count >= 2 else { continue }
            for i in authors.indices {
                for j in authors.indices where j > i {
                    weights[Pair(authors[i], authors[j]), default: 0] += 1 / Double(authors.count - 1)
                }
            }
        }
        return weights
    }

    @Test("coauthorship weights and strengths equal the sums of 1/(n−1) computed from the fixture")
    func smallFixture() throws {
        let expected = try Self.expectedWeights(AnalyzeTests.small)
        #expect(expected.count == 11)
        #expect(expected.values.contains { $0 != $0.rounded() }, "the fixture has papers of three authors")
        let (r, dir) = try AnalyzeTests.analyze([
            AnalyzeTests.small, "--quiet", "--counting", "fractional", "--networks", "coauthorship",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try AnalyzeTests.read(dir, "coauthorship-edges.csv").split(whereSeparator: \.isNewline)
        #expect(csv.first == "source,target,weight,jointPapers,papers")
        var actual: [Pair: Double] = [:]
        for line in csv.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            actual[Pair(cells[0], cells[1])] = try #require(Double(cells[2]), "\(line)")
        }
        #expect(actual.count == expected.count)
        for (pair, weight) in expected {
            let got = try #require(actual[pair], "no edge \(pair.a) – \(pair.b)")
            #expect(abs(got - weight) < 1e-12, "\(pair.a) – \(pair.b): \(got), expected \(weight)")
        }
        let ranked = try #require(
            (try CLI.json(file: dir.appendingPathComponent("report.json"))["authors"] as? [String: Any])?["ranked"]
                as? [[String: Any]])
        #expect(ranked.count == 8)
        for author in ranked {
            let name = try #require(author["name"] as? String)
            let strength = expected.filter { $0.key.a == name || $0.key.b == name }.values.reduce(0, +)
            let got = try #require(author["strength"] as? Double)
            #expect(abs(got - strength) < 1e-12, "\(name): strength \(got), expected \(strength)")
        }
    }
}
