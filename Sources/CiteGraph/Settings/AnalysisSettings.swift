import Bibliography

/// Every setting of an `analyze` run, resolved from defaults, then `citegraph.toml` (or `--config`), then flags.
/// `AnalysisSettings.table` names, reads, writes and checks each one; the manifest records them under the same names.
public struct AnalysisSettings: Sendable, Equatable {
    public var inputs: [String] = ["seeds"]
    public var out = "output"
    public var inputFormat: InputFormat?
    /// Header mapping for plain tables (`--columns authors=Writers,...`), as written.
    public var columns: String?
    public var counting: Counting = .full
    public var minPapers = 1
    public var maxAuthorsPerPaper = 50
    public var includeGroups = false
    public var communities: CommunityAlgorithm = .leiden
    public var resolution = 1.0
    public var seed: UInt64 = 42
    public var leidenIterations = MeasureOptions.defaultLeidenIterations
    public var layout: MapLayout = .sfdp
    /// Labels shown for the N most central nodes of each map.
    public var labels = 30
    public var sizeBy: NodeMeasure = .pagerank
    public var thesaurus: String?
    public var mergeInitials = true
    public var inferOwner = true
    public var networks: [NetworkFamily] = NetworkFamily.allCases
    /// Image formats rendered for each map besides the DOT: svg always, png and pdf on request.
    public var imageFormats: [ImageFormat] = [.svg]
    /// Maps of larger networks show only their top nodes by `sizeBy`.
    public var maxDrawnNodes = 2_000
    /// Authors drawn on a map need this many papers; 0 = chosen from the network (`MapFilter`).
    public var mapMinPapers = 0
    public var mapScope: MapScope = .auto
    public var timeBudget = MeasureOptions.defaultTimeBudget
    public var exact = false
    /// Shared-topic network: neighbors kept per author, similarity floor.
    public var topicNeighbors = 10
    public var topicFloor = 0.1
    /// Authors listed in report.json and the HTML table (authors.csv always has all).
    public var reportAuthors = 1_000
    public var threads = 2
    /// Eigenvector power-iteration cap (see `MeasureOptions.eigenvectorMaxIterations`).
    public var eigenvectorMaxIterations = 1_000
    /// Where the co-authorship projection and its whole-graph measures run (`Engine/`).
    public var engine: Engine = .inprocess
    public var sparkMaster = "local[2]"
    /// `key=value` Spark settings, passed to spark-submit as `--conf`.
    public var sparkConf: [String] = []
    /// MiB the in-process engine may use; 0 = the machine's available memory (`MemoryEstimate`).
    public var memoryLimit = 0
    /// Map node color: community, or a per-node score on the overlay scale (`OverlayScale`).
    public var colorBy: ColorBy = .community
    /// Kleinberg's two-state burst model: rate ratio s and transition cost γ (CiteSpace's defaults).
    public var burstScale = 2.0
    public var burstGamma = 1.0
    /// Periods to build every network for (`2000-2009,2010-2016`), normalized; nil = none.
    public var periods: String?
    /// Periods of N years from the first dated year when `periods` is not set; 0 = none.
    public var sliceYears = 0

    public init() {}

    public var measureOptions: MeasureOptions {
        var o = MeasureOptions(
            communities: communities, resolution: resolution, seed: seed, timeBudget: timeBudget,
            forceExact: exact, threads: threads, leidenIterations: leidenIterations)
        o.eigenvectorMaxIterations = eigenvectorMaxIterations
        return o
    }

    public var coauthorshipOptions: CoauthorshipOptions {
        CoauthorshipOptions(
            counting: counting, minPapers: minPapers, maxAuthorsPerPaper: maxAuthorsPerPaper,
            includeGroups: includeGroups)
    }

    /// The parsed `columns` mapping (the table's check has accepted it).
    public var tableColumns: TableColumns {
        columns.flatMap { try? TableColumns(parsing: $0) } ?? TableColumns()
    }

    /// The networks the run builds, in report order.
    public var networkKinds: [NetworkKind] { networks.flatMap(\.kinds) }
}

/// A setting that could not be applied: where it came from (a file and line, or a flag) and why.
public struct SettingsError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
