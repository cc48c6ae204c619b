import Foundation
import Testing

@testable import GraphAlgorithms

/// Kleinberg's two-state burst detection against the PyPI package `burst_detection` 0.1.3
/// (Fixtures/reference/bursts.json, from scripts/reference/compute_bursts.py): the least-cost state sequence found
/// by exhaustive search with the package's cost functions, and the package's own (greedy) output where that is
/// optimal.
@Suite("Kleinberg bursts")
struct KleinbergBurstsTests {
    struct Reference: Decodable {
        struct Case: Decodable {
            struct Burst: Decodable {
                let start: Int
                let end: Int
                let strength: Double
            }
            struct Optimum: Decodable {
                let states: [Int]
                let bursts: [Burst]
            }
            struct PackageBurst: Decodable {
                let begin: Int
                let end: Int
                let weight: Double
            }
            struct Package: Decodable {
                let bursts: [PackageBurst]?
            }
            let name: String
            let counts: [Int]
            let totals: [Int]
            let s: Double
            let gamma: Double
            let optimum: Optimum
            let package: Package
            let packageIsOptimal: Bool
        }
        let versions: [String: String]
        let cases: [Case]
    }

    static func reference() throws -> Reference {
        let url = try #require(
            Bundle.module.url(forResource: "reference/bursts", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    @Test("every case: the bursts of the least-cost state sequence, strengths within 1e-9")
    func optimum() throws {
        let reference = try Self.reference()
        #expect(reference.versions["burst_detection"] == "0.1.3")
        #expect(reference.cases.count == 40)
        for c in reference.cases {
            let found = KleinbergBursts.detect(
                counts: c.counts, totals: c.totals, parameters: .init(s: c.s, gamma: c.gamma))
            let label = "\(c.name) s=\(c.s) γ=\(c.gamma)"
            #expect(found.map(\.start) == c.optimum.bursts.map(\.start), "\(label)")
            #expect(found.map(\.end) == c.optimum.bursts.map(\.end), "\(label)")
            let strengths = zip(found.map(\.strength), c.optimum.bursts.map(\.strength))
            #expect(strengths.allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }, "\(label)")
        }
    }

    @Test("where the package's greedy decoding is optimal (36 of 40 cases), its bursts and weights exactly")
    func package() throws {
        let cases = try Self.reference().cases.filter(\.packageIsOptimal)
        #expect(cases.count == 36)
        for c in cases {
            let found = KleinbergBursts.detect(
                counts: c.counts, totals: c.totals, parameters: .init(s: c.s, gamma: c.gamma))
            let expected = try #require(c.package.bursts, "\(c.name)")
            #expect(found.map { [$0.start, $0.end] } == expected.map { [$0.begin, $0.end] }, "\(c.name)")
            for (a, b) in zip(found, expected) { #expect(abs(a.strength - b.weight) <= 1e-9 * max(1, b.weight)) }
        }
    }

    @Test("no relevant documents, an empty series, all documents relevant: no bursts")
    func degenerate() {
        #expect(KleinbergBursts.detect(counts: [], totals: []).isEmpty)
        #expect(KleinbergBursts.detect(counts: [0, 0, 0], totals: [5, 5, 5]).isEmpty)
        #expect(KleinbergBursts.detect(counts: [0, 0, 0], totals: [0, 0, 0]).isEmpty)
        #expect(KleinbergBursts.detect(counts: [5, 5, 5], totals: [5, 5, 5]).isEmpty)
    }

    @Test("a larger γ makes bursts rarer; the result is deterministic")
    func gamma() {
        let counts = [1, 1, 1, 1, 4, 5, 4, 1, 1, 1, 1, 1]
        let totals = [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20]
        let easy = KleinbergBursts.detect(counts: counts, totals: totals, parameters: .init(s: 2, gamma: 0.1))
        let hard = KleinbergBursts.detect(counts: counts, totals: totals, parameters: .init(s: 2, gamma: 20))
        #expect(!easy.isEmpty && hard.isEmpty)
        #expect(easy == KleinbergBursts.detect(counts: counts, totals: totals, parameters: .init(s: 2, gamma: 0.1)))
    }
}
