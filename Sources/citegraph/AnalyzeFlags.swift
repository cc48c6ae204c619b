import ArgumentParser
import Bibliography
import CiteGraph

/// The `analyze` flags: one per setting of `AnalysisSettings.table` (name and help from `SettingKey`), typed, and
/// handed to the table as overrides, so the same checks apply to flags and to `citegraph.toml`. The inputs,
/// `--input-format` and `--columns` come from `InputOptions`.
struct AnalyzeFlags: ParsableArguments {
    @Option(name: .customLong(SettingKey.out.rawValue), help: .init(SettingKey.out.help))
    var out: String?
    @Option(name: .customLong(SettingKey.counting.rawValue), help: .init(SettingKey.counting.help))
    var counting: Counting?
    @Option(name: .customLong(SettingKey.minPapers.rawValue), help: .init(SettingKey.minPapers.help))
    var minPapers: Int?
    @Option(
        name: .customLong(SettingKey.maxAuthorsPerPaper.rawValue), help: .init(SettingKey.maxAuthorsPerPaper.help))
    var maxAuthorsPerPaper: Int?
    @Flag(name: .customLong(SettingKey.groups.rawValue), inversion: .prefixedNo, help: .init(SettingKey.groups.help))
    var groups: Bool?
    @Option(name: .customLong(SettingKey.communities.rawValue), help: .init(SettingKey.communities.help))
    var communities: CommunityAlgorithm?
    @Option(name: .customLong(SettingKey.resolution.rawValue), help: .init(SettingKey.resolution.help))
    var resolution: Double?
    @Option(name: .customLong(SettingKey.seed.rawValue), help: .init(SettingKey.seed.help))
    var seed: UInt64?
    @Option(name: .customLong(SettingKey.leidenIterations.rawValue), help: .init(SettingKey.leidenIterations.help))
    var leidenIterations: Int?
    @Option(name: .customLong(SettingKey.layout.rawValue), help: .init(SettingKey.layout.help))
    var layout: MapLayout?
    @Option(name: .customLong(SettingKey.labels.rawValue), help: .init(SettingKey.labels.help))
    var labels: Int?
    @Option(name: .customLong(SettingKey.sizeBy.rawValue), help: .init(SettingKey.sizeBy.help))
    var sizeBy: NodeMeasure?
    @Option(name: .customLong(SettingKey.thesaurus.rawValue), help: .init(SettingKey.thesaurus.help))
    var thesaurus: String?
    @Flag(
        name: .customLong(SettingKey.mergeInitials.rawValue), inversion: .prefixedNo,
        help: .init(SettingKey.mergeInitials.help))
    var mergeInitials: Bool?
    @Flag(
        name: .customLong(SettingKey.inferOwner.rawValue), inversion: .prefixedNo,
        help: .init(SettingKey.inferOwner.help))
    var inferOwner: Bool?
    /// Comma-separated; each item is checked by the table (the message names the unknown item).
    @Option(name: .customLong(SettingKey.networks.rawValue), help: .init(SettingKey.networks.help))
    var networks: String?
    @Option(name: .customLong(SettingKey.imageFormats.rawValue), help: .init(SettingKey.imageFormats.help))
    var imageFormats: String?
    @Option(name: .customLong(SettingKey.maxDrawnNodes.rawValue), help: .init(SettingKey.maxDrawnNodes.help))
    var maxDrawnNodes: Int?
    @Option(name: .customLong(SettingKey.exactThreshold.rawValue), help: .init(SettingKey.exactThreshold.help))
    var exactThreshold: Int?
    @Flag(name: .customLong(SettingKey.exact.rawValue), inversion: .prefixedNo, help: .init(SettingKey.exact.help))
    var exact: Bool?
    @Option(name: .customLong(SettingKey.topicNeighbors.rawValue), help: .init(SettingKey.topicNeighbors.help))
    var topicNeighbors: Int?
    @Option(name: .customLong(SettingKey.topicFloor.rawValue), help: .init(SettingKey.topicFloor.help))
    var topicFloor: Double?
    @Option(name: .customLong(SettingKey.reportAuthors.rawValue), help: .init(SettingKey.reportAuthors.help))
    var reportAuthors: Int?
    @Option(name: .customLong(SettingKey.threads.rawValue), help: .init(SettingKey.threads.help))
    var threads: Int?
    @Option(
        name: .customLong(SettingKey.eigenvectorMaxIterations.rawValue),
        help: .init(SettingKey.eigenvectorMaxIterations.help))
    var eigenvectorMaxIterations: Int?

    /// The flags given, as settings-table overrides.
    var settingFlags: [(SettingKey, SettingValue)] {
        var given = SettingFlags()
        given.add(.out, out)
        given.add(.counting, counting)
        given.add(.minPapers, minPapers)
        given.add(.maxAuthorsPerPaper, maxAuthorsPerPaper)
        given.add(.groups, groups)
        given.add(.communities, communities)
        given.add(.resolution, resolution)
        given.add(.seed, seed)
        given.add(.leidenIterations, leidenIterations)
        given.add(.layout, layout)
        given.add(.labels, labels)
        given.add(.sizeBy, sizeBy)
        given.add(.thesaurus, thesaurus)
        given.add(.mergeInitials, mergeInitials)
        given.add(.inferOwner, inferOwner)
        given.add(.networks, networks)
        given.add(.imageFormats, imageFormats)
        given.add(.maxDrawnNodes, maxDrawnNodes)
        given.add(.exactThreshold, exactThreshold)
        given.add(.exact, exact)
        given.add(.topicNeighbors, topicNeighbors)
        given.add(.topicFloor, topicFloor)
        given.add(.reportAuthors, reportAuthors)
        given.add(.threads, threads)
        given.add(.eigenvectorMaxIterations, eigenvectorMaxIterations)
        return given.values
    }
}

/// The flags a user gave, in order, as setting values.
struct SettingFlags {
    private(set) var values: [(SettingKey, SettingValue)] = []

    mutating func add<T: SettingValueConvertible>(_ key: SettingKey, _ value: T?) {
        if let setting = value?.setting { values.append((key, setting)) }
    }
}

/// Enumerated settings are typed flags: `--layout spring` is a usage error listing the choices.
extension SettingChoice where Self: ExpressibleByArgument {
    public init?(argument: String) {
        guard let choice = Self.choices.first(where: { $0.rawValue == argument }) else { return nil }
        self = choice
    }
    public static var allValueStrings: [String] { choices.map(\.rawValue) }
}

extension Counting: ExpressibleByArgument {}
extension CommunityAlgorithm: ExpressibleByArgument {}
extension MapLayout: ExpressibleByArgument {}
extension NodeMeasure: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
