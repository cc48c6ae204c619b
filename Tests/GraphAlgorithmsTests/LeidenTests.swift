import Testing

@testable import GraphAlgorithms

@Suite("Leiden")
struct LeidenTests {
    @Test func iterationsParameter() throws {
        let g = try CommunityFixtures.graph("ca-grqc")
        // No iteration: nothing is optimized.
        #expect(Leiden.run(g, iterations: 0).count == g.nodeCount)
        let one = Leiden.run(g, iterations: 1)
        let two = Leiden.run(g, iterations: 2)
        let stable = Leiden.run(g)
        for p in [one, two, stable] { CommunityFixtures.expectValid(p, on: g) }
        // Each iteration starts from the previous result and only ever improves it.
        #expect(two.modularity >= one.modularity - 1e-12)
        #expect(stable.modularity >= two.modularity - 1e-12)
        // Running to stability from the same seed is a fixed point of one more pass.
        #expect(Leiden.run(g, iterations: 1_000) == stable)
    }

    @Test func improvesOnLouvainOnAverage() throws {
        let g = try CommunityFixtures.graph("ca-grqc")
        let seeds: [UInt64] = [1, 2, 3]
        let louvain = seeds.map { Louvain.run(g, seed: $0).modularity }.reduce(0, +)
        let leiden = seeds.map { Leiden.run(g, seed: $0).modularity }.reduce(0, +)
        #expect(leiden > louvain)
    }
}
