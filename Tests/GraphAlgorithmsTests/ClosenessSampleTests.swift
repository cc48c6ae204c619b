import Foundation
import Testing

@testable import GraphAlgorithms

struct ClosenessSampleTests {
    /// Exact average distances from networkx's closeness: c = ((s − 1)/(n − 1)) / avg.
    static func averageDistances(_ closeness: [Double], components: Components, n: Int) -> [Double] {
        closeness.indices.map { v in
            let s = Double(components.sizes[components.membership[v]])
            return closeness[v] > 0 ? ((s - 1) / Double(n - 1)) / closeness[v] : 0
        }
    }

    @Test func estimateIsWithinItsBoundOnCaGrQc() throws {
        let g = try PathCentralityFixtures.graph("ca-grqc").graph.unweighted()
        let exactCloseness = Closeness.closeness(g, weighted: false)
        let exactHarmonic = Closeness.harmonic(g, weighted: false)
        let estimate = Closeness.estimate(g, pivots: 300, delta: 0.1, seed: 5)
        #expect(estimate.pivots == 300)
        #expect(abs(estimate.epsilon - (log(2 * 5242 / 0.1) / 600).squareRoot()) < 1e-12)
        let components = Components(g)
        let exactAvg = Self.averageDistances(exactCloseness, components: components, n: g.nodeCount)
        let estAvg = Self.averageDistances(estimate.closeness, components: components, n: g.nodeCount)
        let largest = components.members(of: 0)
        let diameter = Double(Eccentricity.diameter(g, component: largest))
        var worstAvg = 0.0, worstHarmonic = 0.0
        for v in 0..<g.nodeCount {
            let s = components.sizes[components.membership[v]]
            if s <= 300 {
                // Components no larger than the pivot budget are exact.
                #expect(abs(estimate.closeness[v] - exactCloseness[v]) < 1e-12)
                #expect(abs(estimate.harmonic[v] - exactHarmonic[v]) < 1e-6)
            } else {
                worstAvg = max(worstAvg, abs(estAvg[v] - exactAvg[v]))
                worstHarmonic = max(worstHarmonic, abs(estimate.harmonic[v] - exactHarmonic[v]) / Double(s - 1))
            }
        }
        #expect(
            worstAvg <= estimate.epsilon * diameter,
            "average distance off by \(worstAvg), bound \(estimate.epsilon * diameter)")
        #expect(worstHarmonic <= estimate.epsilon)
        // Informative: the estimate ranks the exact top node near the top.
        let top = exactCloseness.indices.max { exactCloseness[$0] < exactCloseness[$1] }!
        let rank = estimate.closeness.filter { $0 > estimate.closeness[top] }.count
        #expect(rank < 20, "the exact top node ranks \(rank)")
    }

    @Test func deterministicForASeedWhateverTheThreads() throws {
        let g = try PathCentralityFixtures.graph("ca-grqc").graph.unweighted()
        let a = Closeness.estimate(g, pivots: 64, seed: 9, threads: 1)
        let b = Closeness.estimate(g, pivots: 64, seed: 9, threads: 3)
        let c = Closeness.estimate(g, pivots: 64, seed: 10)
        #expect(ValueComparison.bitDifferences(a.closeness, b.closeness).isEmpty)
        #expect(ValueComparison.bitDifferences(a.harmonic, b.harmonic).isEmpty)
        #expect(a.closeness != c.closeness)
    }

    @Test func smallGraphsAreExact() throws {
        let g = try PathCentralityFixtures.graph("lesmis").graph.unweighted()
        let estimate = Closeness.estimate(g, pivots: 512)
        #expect(estimate.pivots == 0 && estimate.epsilon == 0)
        let exact = Closeness.closeness(g, weighted: false)
        #expect(zip(estimate.closeness, exact).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    /// Above the 20,000-node switch: the sampled component's average distances are within ε·diameter, and the
    /// triangles (below the pivot budget) are exact.
    @Test func estimateIsWithinItsBoundAboveTheSwitchSize() {
        let g = PathCentralityFixtures.largeSparseGraph()
        #expect(g.nodeCount > 20_000)
        let estimate = Closeness.estimate(g, pivots: 200, delta: 0.1, seed: 3)
        #expect(estimate.pivots == 200)
        let exact = Closeness.closeness(g, weighted: false)
        let components = Components(g)
        let exactAvg = Self.averageDistances(exact, components: components, n: g.nodeCount)
        let estAvg = Self.averageDistances(estimate.closeness, components: components, n: g.nodeCount)
        let large = components.members(of: 0)
        #expect(large.count == 7_000)
        let diameter = Double(Eccentricity.diameter(g, component: large))
        let (error, at) = ValueComparison.maxError(large.map { estAvg[$0] }, large.map { exactAvg[$0] })
        #expect(error <= estimate.epsilon * diameter, "off by \(error) at \(at), bound \(estimate.epsilon * diameter)")
        let small = Array(7_000..<g.nodeCount)
        #expect(ValueComparison.close(small.map { estimate.closeness[$0] }, small.map { exact[$0] }, within: 1e-12))
    }
}
