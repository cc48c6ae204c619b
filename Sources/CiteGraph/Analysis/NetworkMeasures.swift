import GraphAlgorithms

/// Which community algorithm to run.
public enum CommunityAlgorithm: String, Sendable, CaseIterable {
    case leiden, louvain
}

public struct MeasureOptions: Sendable {
    public var communities: CommunityAlgorithm = .leiden
    public var resolution = 1.0
    public var seed: UInt64 = 42
    /// Seconds the exact path measures (betweenness, closeness, harmonic) of one graph may take, as predicted by
    /// `PathCostModel` from n and m alone (so the choice is the same on every run); above it they are sampled.
    public var timeBudget = MeasureOptions.defaultTimeBudget
    public static let defaultTimeBudget = 20.0
    /// Exact whatever the prediction.
    public var forceExact = false
    /// How many top nodes the rankings show (the Markdown report's table): sampled betweenness samples until
    /// these are separated.
    public var rankedTop = 20
    public var threads = 2
    /// Leiden iterations (as leidenalg's `n_iterations`; −1 iterates until the partition no longer changes).
    /// Three iterations (NetworKit's default) reach within 1e-4 of the stable modularity on the benchmark corpora.
    public var leidenIterations = MeasureOptions.defaultLeidenIterations
    public static let defaultLeidenIterations = 3
    /// Power-iteration cap for eigenvector centrality on undirected graphs. `metrics` iterates to 1e-14 (100,000
    /// rounds at most) to match networkx exactly; `analyze` caps lower, because a network whose two largest
    /// eigenvalues are close converges slowly, and reports whether it converged.
    public var eigenvectorMaxIterations = 100_000

    public init(
        communities: CommunityAlgorithm = .leiden, resolution: Double = 1, seed: UInt64 = 42,
        timeBudget: Double = MeasureOptions.defaultTimeBudget, forceExact: Bool = false, threads: Int = 2,
        leidenIterations: Int = MeasureOptions.defaultLeidenIterations
    ) {
        self.leidenIterations = leidenIterations
        self.communities = communities
        self.resolution = resolution
        self.seed = seed
        self.timeBudget = timeBudget
        self.forceExact = forceExact
        self.threads = threads
    }
}

/// Every measure CiteGraph reports for a graph, with networkx's conventions:
/// degree and strength; betweenness (normalized, unweighted, and weighted with distance = 1/weight); closeness
/// (Wasserman–Faust) and harmonic, unweighted and weighted; eigenvector (weighted, whole graph, unit norm; also per
/// component);
/// PageRank (weighted, α = 0.85); coreness; local clustering (unweighted); communities (Leiden or Louvain, seeded)
/// with modularity; components, density, transitivity and the diameter of the largest component (exact when the
/// path measures are, else bounds from iFUB).
public struct NetworkMeasures: Sendable {
    public let degree: [Int]
    public let strength: [Double]
    public let betweenness: [Double]?
    public let betweennessWeighted: [Double]?
    /// Whether the path measures were exact, and the prediction that decided it.
    public let pathPlan: PathPlan
    /// Set when betweenness is a sampled estimate: samples, and the bound reached on the top nodes.
    public let betweennessEstimate: BetweennessEstimate?
    /// Set when closeness and harmonic are sampled estimates: pivots per large component, and the bound
    /// (average distances within `epsilon`·diameter with probability 1 − `delta`).
    public let closenessEstimate: (pivots: Int, epsilon: Double, delta: Double)?
    public let closeness: [Double]?
    public let closenessWeighted: [Double]?
    public let harmonic: [Double]?
    public let harmonicWeighted: [Double]?
    /// Whole-graph convention (networkx's power iteration on the whole graph; see `Eigenvector`).
    public let eigenvector: [Double]
    /// Unit norm within each connected component (compare within a component only).
    public let eigenvectorPerComponent: [Double]
    /// False when power iteration did not converge (acyclic citation graphs have no Perron vector, and networkx
    /// raises there; close leading eigenvalues converge slowly). The values are then the last iterate, and the
    /// reports say so.
    public let eigenvectorConverged: Bool
    public let eigenvectorIterations: Int
    public let pagerank: [Double]
    public let coreness: [Int]
    public let clustering: [Double]
    public let community: [Int]
    public let communityCount: Int
    public let modularity: Double
    public let components: Components
    public let density: Double
    public let transitivity: Double
    /// Unweighted diameter of the largest component (taken undirected): exact when `lower == upper`.
    public let diameter: (lower: Int, upper: Int)
    /// Seconds spent per measure, for the manifest.
    public let timings: [(String, Double)]

    /// Computes every measure of `g`; each measure is a step of `progress` when given (`stepCount` steps).
    public init(_ g: CSRGraph, options: MeasureOptions = MeasureOptions(), progress: StepTimer? = nil) {
        var clock = MeasureClock(timer: progress)
        let degrees = clock.time("degree") { Degrees(g) }
        degree = degrees.degree
        strength = degrees.strength
        components = clock.time("components") { Components(g) }
        density = g.density
        let undirected = g.isDirected ? g.undirected() : g
        pathPlan = PathPlan(g, options)
        let exact = pathPlan.exact
        let largest = components.count > 0 ? components.members(of: 0) : []
        diameter = clock.time("diameter") { () -> (lower: Int, upper: Int) in
            guard exact else { return Eccentricity.diameterBounds(undirected, component: largest) }
            let d = Eccentricity.diameter(undirected, component: largest, threads: options.threads)
            return (d, d)
        }
        let paths = exact ? PathMeasures.exact(g, options, &clock) : PathMeasures.sampled(g, options, pathPlan, &clock)
        betweenness = paths.betweenness
        betweennessWeighted = paths.betweennessWeighted
        betweennessEstimate = paths.betweennessEstimate
        closeness = paths.closeness
        closenessWeighted = paths.closenessWeighted
        harmonic = paths.harmonic
        harmonicWeighted = paths.harmonicWeighted
        closenessEstimate = paths.closenessEstimate
        // A directed acyclic graph (most citation graphs) has a nilpotent adjacency matrix: the iteration on A + I
        // converges only like 1/k, so it is capped there instead of running 100,000 rounds.
        let cap = g.isDirected ? min(1_000, options.eigenvectorMaxIterations) : options.eigenvectorMaxIterations
        let eigen = clock.time("eigenvector") { Eigenvector.compute(g, maxIterations: cap) }
        eigenvector = eigen.scores
        eigenvectorPerComponent = eigen.perComponent
        eigenvectorConverged = eigen.converged
        eigenvectorIterations = eigen.iterations
        pagerank = clock.time("pagerank") { PageRank.compute(g).scores }
        coreness = clock.time("coreness") { CoreNumber.coreness(g) }
        let clusteringResult = clock.time("clustering") { Clustering(g) }
        clustering = clusteringResult.coefficients
        transitivity = clusteringResult.transitivity
        let partition = clock.time(options.communities.rawValue) { NetworkMeasures.communities(undirected, options) }
        community = partition.membership
        communityCount = partition.count
        modularity = partition.modularity
        timings = clock.timings
    }

    /// The number of progress steps `init` takes for `g`: degree, components, diameter, the path measures (the
    /// fused exact pass, and a weighted one unless every weight is equal; or sampled betweenness, and sampled
    /// closeness when undirected), eigenvector, PageRank, coreness, clustering, communities.
    public static func stepCount(_ g: CSRGraph, options: MeasureOptions) -> Int {
        let paths = PathPlan(g, options).exact ? (g.isUnweighted ? 1 : 2) : (g.isDirected ? 1 : 2)
        return 3 + paths + 5
    }

    /// Leiden or Louvain on the undirected view, seeded.
    static func communities(_ undirected: CSRGraph, _ options: MeasureOptions) -> Partition {
        switch options.communities {
        case .leiden:
            return Leiden.run(
                undirected, resolution: options.resolution, seed: options.seed, iterations: options.leidenIterations)
        case .louvain: return Louvain.run(undirected, resolution: options.resolution, seed: options.seed)
        }
    }
}

/// Wall time per measure, for the manifest.
struct MeasureClock {
    /// Progress, one step per measure, when someone is watching.
    var timer: StepTimer?
    private(set) var timings: [(String, Double)] = []

    mutating func time<T>(_ name: String, _ body: () -> T) -> T {
        let start = ContinuousClock.now
        let value = timer.map { $0.run(name, body) } ?? body()
        timings.append((name, StepTimer.seconds(ContinuousClock.now - start)))
        return value
    }
}
