/// The name of every `analyze` setting: the `citegraph.toml` key, the command-line flag (`--KEY`, and `--no-KEY`
/// for a boolean) and the key in the manifest's `settings` object are this one string.
public enum SettingKey: String, CaseIterable, Sendable {
    case inputs, out
    case inputFormat = "input-format"
    case columns, counting
    case minPapers = "min-papers"
    case maxAuthorsPerPaper = "max-authors-per-paper"
    case groups, communities, resolution, seed
    case leidenIterations = "leiden-iterations"
    case layout, labels
    case sizeBy = "size-by"
    case thesaurus
    case mergeInitials = "merge-initials"
    case inferOwner = "infer-owner"
    case networks
    case imageFormats = "image-formats"
    case maxDrawnNodes = "max-drawn-nodes"
    case mapMinPapers = "map-min-papers"
    case mapScope = "map-scope"
    case timeBudget = "time-budget"
    case exact
    case topicNeighbors = "topic-neighbors"
    case topicFloor = "topic-floor"
    case reportAuthors = "report-authors"
    case threads
    case eigenvectorMaxIterations = "eigenvector-max-iterations"
    case engine
    case sparkMaster = "spark-master"
    case sparkConf = "spark-conf"
    case memoryLimit = "memory-limit"
    case colorBy = "color-by"
    case burstScale = "burst-scale"
    case burstGamma = "burst-gamma"
    case periods
    case sliceYears = "slice-years"

    /// One line of help, shown by `--help` and in the README's settings table.
    public var help: String {
        switch self {
        case .inputs: return "Input files or folders (folders are read recursively in sorted order). Default: seeds/"
        case .out: return "Output folder (default: output)."
        case .inputFormat: return "Read every input as this format instead of detecting it."
        case .columns:
            return "Plain tables: which column holds which field, e.g. authors=Writers,title=Name,year=PubYear."
        case .counting: return "Edge weights: full (joint papers) or fractional (1/(n-1) per paper)."
        case .minPapers: return "Leave out authors with fewer papers (default 1)."
        case .maxAuthorsPerPaper: return "Papers with more authors make no co-authorship edges (default 50)."
        case .groups: return "Include group authors (\"Gemini Team\") as nodes (default off)."
        case .communities: return "Community detection: leiden (default) or louvain."
        case .resolution: return "Modularity resolution (default 1)."
        case .seed: return "Random seed for communities and sampling (default 42)."
        case .leidenIterations: return "Leiden iterations (default 3; -1 until stable)."
        case .layout: return "Graphviz layout engine (default sfdp)."
        case .labels: return "Label the N most central nodes of each map (default 30)."
        case .sizeBy: return "Node size measure (default pagerank)."
        case .thesaurus:
            return
                "A VOSviewer thesaurus file (tab-separated `label`, `replace by`): forces merges; an empty replacement drops a name; names it mentions are never merged by the initials heuristic."
        case .mergeInitials:
            return "Merge initial-compatible names (\"Andrew K. Lampinen\" / \"Andrew Lampinen\"; default on)."
        case .inferOwner: return "Add a profile's owner as an inferred author of the profile's papers (default on)."
        case .networks: return "Networks to build, comma-separated: coauthorship,topics,citations (default all)."
        case .imageFormats: return "Images to render, comma-separated: svg,png,pdf (svg always)."
        case .maxDrawnNodes: return "Maps of larger networks show their top N nodes (default 2000)."
        case .mapMinPapers:
            return "Maps draw authors with at least N papers; 0 (default) chooses N for large, fragmented networks."
        case .mapScope:
            return "Maps draw all nodes, or the largest connected set; auto (default): the largest when fragmented."
        case .timeBudget:
            return
                "Seconds the exact path measures of a network may take, predicted from its size; sampled above (default 20)."
        case .exact: return "Exact betweenness and closeness whatever the predicted time (default off)."
        case .topicNeighbors: return "Shared-topic network: most similar authors kept per author (default 10)."
        case .topicFloor: return "Shared-topic network: lowest cosine similarity kept, 0 to 1 (default 0.1)."
        case .reportAuthors: return "Nodes listed in report.json and report.html (default 1000)."
        case .threads: return "Threads for the path measures (default 2; results are identical for any count)."
        case .eigenvectorMaxIterations:
            return "Eigenvector power-iteration cap; the report says when it did not converge (default 1000)."
        case .engine:
            return "inprocess (default) or spark: the co-authorship projection and whole-graph measures on Spark."
        case .sparkMaster: return "Spark master URL for --engine spark (default local[2]; spark://, yarn, k8s://)."
        case .sparkConf:
            return "Spark settings passed to spark-submit, key=value, comma-separated or repeated in a TOML array."
        case .memoryLimit:
            return
                "In-process engine: refuse when the estimated peak exceeds this many MiB (default 0: available memory)."
        case .colorBy:
            return
                "Map node color: community (default), or an overlay on a viridis scale: year (average publication year), citations (average in-corpus citations) or a measure."
        case .burstScale:
            return "Burst detection: Kleinberg's s, the burst state's rate ratio, above 1 (default 2, as CiteSpace)."
        case .periods:
            return
                "Build every network per period too and compare them, e.g. 2000-2009,2010-2016,2017-2024 (undated papers are in no period)."
        case .sliceYears:
            return "Periods of N years from the first dated year (0 = none, the default; --periods wins)."
        case .burstGamma:
            return "Burst detection: Kleinberg's γ, the cost of entering a burst, above 0 (default 1, as CiteSpace)."
        }
    }
}
