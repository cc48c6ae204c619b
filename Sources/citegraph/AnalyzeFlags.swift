import ArgumentParser
import Bibliography
import CiteGraph

/// The `analyze` flags: one per setting of `AnalysisSettings.table` (name and help from `SettingKey`), typed, and
/// handed to the table as overrides, so the same checks apply to flags and to `citegraph.toml`. The inputs,
/// `--input-format` and `--columns` come from `InputOptions`.
struct AnalyzeFlags: ParsableArguments {
    @Option(name: .setting(.out), help: .setting(.out))
    var out: String?
    @Option(name: .setting(.counting), help: .setting(.counting))
    var counting: Counting?
    @Option(name: .setting(.minPapers), help: .setting(.minPapers))
    var minPapers: Int?
    @Option(
        name: .setting(.maxAuthorsPerPaper), help: .setting(.maxAuthorsPerPaper))
    var maxAuthorsPerPaper: Int?
    @Flag(name: .setting(.groups), inversion: .prefixedNo, help: .setting(.groups))
    var groups: Bool?
    @Option(name: .setting(.communities), help: .setting(.communities))
    var communities: CommunityAlgorithm?
    @Option(name: .setting(.resolution), help: .setting(.resolution))
    var resolution: Double?
    @Option(name: .setting(.seed), help: .setting(.seed))
    var seed: UInt64?
    @Option(name: .setting(.leidenIterations), help: .setting(.leidenIterations))
    var leidenIterations: Int?
    @Option(name: .setting(.layout), help: .setting(.layout))
    var layout: MapLayout?
    @Option(name: .setting(.labels), help: .setting(.labels))
    var labels: Int?
    @Option(name: .setting(.sizeBy), help: .setting(.sizeBy))
    var sizeBy: NodeMeasure?
    @Option(name: .setting(.thesaurus), help: .setting(.thesaurus))
    var thesaurus: String?
    @Flag(
        name: .setting(.mergeInitials), inversion: .prefixedNo,
        help: .setting(.mergeInitials))
    var mergeInitials: Bool?
    @Flag(
        name: .setting(.inferOwner), inversion: .prefixedNo,
        help: .setting(.inferOwner))
    var inferOwner: Bool?
    /// Comma-separated; each item is checked by the table (the message names the unknown item).
    @Option(name: .setting(.networks), help: .setting(.networks))
    var networks: String?
    @Option(name: .setting(.imageFormats), help: .setting(.imageFormats))
    var imageFormats: String?
    @Option(name: .setting(.maxDrawnNodes), help: .setting(.maxDrawnNodes))
    var maxDrawnNodes: Int?
    @Option(name: .setting(.mapMinPapers), help: .setting(.mapMinPapers))
    var mapMinPapers: Int?
    @Option(name: .setting(.mapScope), help: .setting(.mapScope))
    var mapScope: MapScope?
    @Option(name: .setting(.timeBudget), help: .setting(.timeBudget))
    var timeBudget: Double?
    @Flag(name: .setting(.exact), inversion: .prefixedNo, help: .setting(.exact))
    var exact: Bool?
    @Option(name: .setting(.topicNeighbors), help: .setting(.topicNeighbors))
    var topicNeighbors: Int?
    @Option(name: .setting(.topicFloor), help: .setting(.topicFloor))
    var topicFloor: Double?
    @Option(name: .setting(.reportAuthors), help: .setting(.reportAuthors))
    var reportAuthors: Int?
    @Option(name: .setting(.threads), help: .setting(.threads))
    var threads: Int?
    @Option(
        name: .setting(.eigenvectorMaxIterations),
        help: .setting(.eigenvectorMaxIterations))
    var eigenvectorMaxIterations: Int?
    @Option(name: .setting(.engine), help: .setting(.engine))
    var engine: Engine?
    @Option(name: .setting(.sparkMaster), help: .setting(.sparkMaster))
    var sparkMaster: String?
    /// Repeatable; each `key=value` is checked by the table.
    @Option(name: .setting(.sparkConf), help: .setting(.sparkConf))
    var sparkConf: [String] = []
    @Option(name: .setting(.memoryLimit), help: .setting(.memoryLimit))
    var memoryLimit: Int?
    @Option(name: .setting(.colorBy), help: .setting(.colorBy))
    var colorBy: ColorBy?
    @Option(name: .setting(.burstScale), help: .setting(.burstScale))
    var burstScale: Double?
    @Option(name: .setting(.burstGamma), help: .setting(.burstGamma))
    var burstGamma: Double?
    @Option(name: .setting(.periods), help: .setting(.periods))
    var periods: String?
    @Option(name: .setting(.sliceYears), help: .setting(.sliceYears))
    var sliceYears: Int?

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
        given.add(.mapMinPapers, mapMinPapers)
        given.add(.mapScope, mapScope)
        given.add(.timeBudget, timeBudget)
        given.add(.exact, exact)
        given.add(.topicNeighbors, topicNeighbors)
        given.add(.topicFloor, topicFloor)
        given.add(.reportAuthors, reportAuthors)
        given.add(.threads, threads)
        given.add(.eigenvectorMaxIterations, eigenvectorMaxIterations)
        given.add(.engine, engine)
        given.add(.sparkMaster, sparkMaster)
        given.add(.sparkConf, sparkConf.isEmpty ? nil : sparkConf.flatMap(SettingValue.commaList))
        given.add(.memoryLimit, memoryLimit)
        given.add(.colorBy, colorBy)
        given.add(.burstScale, burstScale)
        given.add(.burstGamma, burstGamma)
        given.add(.periods, periods)
        given.add(.sliceYears, sliceYears)
        return given.values
    }
}

extension NameSpecification {
    /// `--KEY` (and `--no-KEY` for an inverted flag): a setting's flag is its `citegraph.toml` key.
    static func setting(_ key: SettingKey) -> NameSpecification { .customLong(key.rawValue) }
}

extension ArgumentHelp {
    static func setting(_ key: SettingKey) -> ArgumentHelp { ArgumentHelp(key.help) }
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
extension MapScope: ExpressibleByArgument {}
extension ColorBy: ExpressibleByArgument {}
extension NodeMeasure: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension Engine: ExpressibleByArgument {}
