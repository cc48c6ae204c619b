import Foundation
import GraphAlgorithms

/// Whether a graph's path measures are computed exactly: exact when the predicted time of the exact passes fits
/// the time budget (or `forceExact`), sampled otherwise.
public struct PathPlan: Sendable {
    public let exact: Bool
    /// Predicted seconds of the exact passes on one thread (`PathCostModel`).
    public let predictedExactSeconds: Double
    public let budget: Double
    /// The most betweenness samples a sampled run may draw (the budget over the predicted cost of one sample).
    public let maxSamples: Int
    /// The most arcs a sampled betweenness run may scan (the budget over the cost of scanning one arc).
    public let maxWork: Int

    init(_ g: CSRGraph, _ options: MeasureOptions) {
        predictedExactSeconds = PathCostModel.exactSeconds(g)
        budget = options.timeBudget
        exact = options.forceExact || predictedExactSeconds <= options.timeBudget
        maxSamples = PathCostModel.maxSamples(g, budget: options.timeBudget)
        maxWork = PathCostModel.maxSampleWork(budget: options.timeBudget)
    }
}

/// Predicted cost of the path measures from n and m and fixed per-arc constants measured once on this project's
/// machines (2-core x86-64, release build, CPU seconds of the fused passes in `citegraph metrics --exact`:
/// ca-GrQc 3.9 s, cond-mat 70 s, both weighted; the constants fit cond-mat and overestimate ca-GrQc by half).
/// Fixed rather than measured at run time so that the exact/sampled choice, and hence every output, is the same
/// on every run and machine for the same graph and budget; the prediction is written to the manifest.
public enum PathCostModel {
    /// Seconds per (source × arc) of the fused Brandes BFS pass (`PathCentralities`, unweighted).
    public static let bfsSecondsPerArc = 5e-9
    /// Seconds per (source × arc × log2 n) of the fused Brandes Dijkstra pass (weighted).
    public static let dijkstraSecondsPerArcLog = 2.8e-9
    /// Seconds per arc of one sampled pair (bidirectional BFS, which usually stops long before the whole graph;
    /// conservative: 182,479 samples on the 40,157-node, 548,008-arc medium corpus took under 9 CPU seconds).
    public static let sampleSecondsPerArc = 1e-10

    /// One fused pass unweighted, one weighted (none when all weights are equal: the results are the same);
    /// directed graphs need a second search per node for closeness.
    public static func exactSeconds(_ g: CSRGraph) -> Double {
        let n = Double(g.nodeCount), arcs = Double(g.targets.count)
        guard n > 2 else { return 0 }
        var perSource = bfsSecondsPerArc * arcs
        if !g.isUnweighted { perSource += dijkstraSecondsPerArcLog * arcs * max(1, log2(n)) }
        if g.isDirected { perSource *= 2 }
        return n * perSource
    }

    /// CPU seconds per arc a sampling search scans (bidirectional BFS with path counts): 67 CPU s for 1.0·10^10
    /// arcs on the shared-topic graph of the 20,000-paper synthetic corpus (15,893 nodes, diameter ≈ 21), whose
    /// long paths make a sample 8× dearer than `sampleSecondsPerArc` assumes for a co-authorship graph.
    public static let sampleSecondsPerScannedArc = 7e-9

    /// The arcs sampled betweenness may scan within a budget of CPU seconds (with 2 threads, about half of it in
    /// wall time).
    public static func maxSampleWork(budget: Double) -> Int {
        let arcs = budget / sampleSecondsPerScannedArc
        return arcs >= Double(Int.max / 2) ? Int.max / 2 : Int(arcs)
    }

    /// The sample cap for a budget: at least one round (2,048), at most 2^22.
    public static func maxSamples(_ g: CSRGraph, budget: Double) -> Int {
        let perSample = sampleSecondsPerArc * Double(max(1, g.targets.count))
        let fitting = budget / perSample
        return fitting >= Double(1 << 22) ? 1 << 22 : max(2_048, Int(fitting))
    }
}

/// How a sampled betweenness was obtained and how good it is where the reports look: on the top `shown` nodes.
public struct BetweennessEstimate: Sendable {
    public let samples: Int
    public let rounds: Int
    public let maxSamples: Int
    /// Every interval holds with probability at least 1 − `delta`.
    public let delta: Double
    /// The largest confidence radius among the `shown` top nodes (normalized scale).
    public let epsilon: Double
    /// The largest confidence radius over all nodes.
    public let epsilonAll: Double
    public let shown: Int
    /// The smallest estimate among the shown nodes.
    public let smallestShown: Double
    /// How many of the `shown` rank boundaries are separated by the intervals.
    public let separatedBoundaries: Int
    /// The shown nodes are the exact top `shown` (with probability ≥ 1 − `delta`).
    public let topSetCertain: Bool
    /// Arcs the sampling searches scanned, and the most the budget allowed (`PathPlan.maxWork`).
    public var arcsScanned = 0
    public var maxArcsScanned = 0

    /// `epsilon` relative to the smallest shown value.
    public var relativeEpsilon: Double { smallestShown > 0 ? epsilon / smallestShown : .infinity }
    /// The whole ranking shown is certain.
    public var rankingCertain: Bool { separatedBoundaries == shown }
}

/// Betweenness, closeness and harmonic centrality: exact (weighted and unweighted, one fused pass each), or
/// sampled when the exact passes would exceed the time budget (unweighted betweenness until the top nodes are
/// separated; closeness from pivots, not for directed graphs).
struct PathMeasures {
    var betweenness: [Double]?
    var betweennessWeighted: [Double]?
    var betweennessEstimate: BetweennessEstimate?
    var closeness: [Double]?
    var closenessWeighted: [Double]?
    var harmonic: [Double]?
    var harmonicWeighted: [Double]?
    var closenessEstimate: (pivots: Int, epsilon: Double, delta: Double)?

    static func exact(_ g: CSRGraph, _ options: MeasureOptions, _ clock: inout MeasureClock) -> PathMeasures {
        let threads = options.threads
        var p = PathMeasures()
        let plain = clock.time("paths") { PathCentralities.exact(g, weighted: false, threads: threads) }
        p.betweenness = plain.betweenness
        p.closeness = plain.closeness
        p.harmonic = plain.harmonic
        // Equal weights give equal lengths: the weighted values are the unweighted ones.
        let weighted =
            g.isUnweighted
            ? plain : clock.time("pathsWeighted") { PathCentralities.exact(g, weighted: true, threads: threads) }
        p.betweennessWeighted = weighted.betweenness
        p.closenessWeighted = weighted.closeness
        p.harmonicWeighted = weighted.harmonic
        return p
    }

    static func sampled(
        _ g: CSRGraph, _ options: MeasureOptions, _ plan: PathPlan, _ clock: inout MeasureClock
    ) -> PathMeasures {
        var p = PathMeasures()
        let estimate = clock.time("betweennessSampled") {
            Betweenness.estimateTopK(
                g, k: options.rankedTop, weighted: false, maxSamples: plan.maxSamples, maxWork: plan.maxWork,
                seed: options.seed,
                threads: options.threads)
        }
        p.betweenness = estimate.values
        p.betweennessEstimate = BetweennessEstimate(
            samples: estimate.samples, rounds: estimate.rounds, maxSamples: plan.maxSamples, delta: estimate.delta,
            epsilon: estimate.epsilon, epsilonAll: estimate.epsilonAll, shown: estimate.top.count,
            smallestShown: estimate.top.last.map { estimate.values[$0] } ?? 0,
            separatedBoundaries: estimate.separatedBoundaries, topSetCertain: estimate.topSetCertain,
            arcsScanned: estimate.work, maxArcsScanned: plan.maxWork)
        guard !g.isDirected else { return p }
        let sampled = clock.time("closenessSampled") {
            Closeness.estimate(g.unweighted(), seed: options.seed, threads: options.threads)
        }
        p.closeness = sampled.closeness
        p.harmonic = sampled.harmonic
        p.closenessEstimate = (sampled.pivots, sampled.epsilon, sampled.delta)
        return p
    }
}

/// How the path measures of one graph were computed, as JSON for report.json and the manifest.
enum PathReport {
    static func json(_ m: NetworkMeasures) -> JSONValue {
        let plan = m.pathPlan
        return .object([
            "exact": .bool(plan.exact), "predictedExactSeconds": .double(plan.predictedExactSeconds),
            "betweenness": m.betweennessEstimate.map { json($0) } ?? .object(["exact": .bool(m.betweenness != nil)]),
        ])
    }

    static func json(_ e: BetweennessEstimate) -> JSONValue {
        .object([
            "exact": .bool(false), "samples": .int(e.samples), "rounds": .int(e.rounds),
            "maxSamples": .int(e.maxSamples),
            "epsilon": .double(e.epsilon), "epsilonAllNodes": .double(e.epsilonAll), "delta": .double(e.delta),
            "shown": .int(e.shown), "smallestShown": .double(e.smallestShown),
            "relativeEpsilon": e.smallestShown > 0 ? .double(e.relativeEpsilon) : .null,
            "separatedBoundaries": .int(e.separatedBoundaries), "topSetCertain": .bool(e.topSetCertain),
            "arcsScanned": .int(e.arcsScanned), "maxArcsScanned": .int(e.maxArcsScanned),
            "method": .string("adaptive path sampling (KADABRA-style stop, empirical Bernstein bounds)"),
        ])
    }
}
