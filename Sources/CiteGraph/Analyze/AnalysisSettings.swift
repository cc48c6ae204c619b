import Bibliography

/// The networks `analyze` can build.
public enum NetworkKind: String, Sendable, CaseIterable, Comparable {
    case coauthorship, topics, citations

    public static func < (a: NetworkKind, b: NetworkKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A node measure that can size the nodes of a map.
public enum NodeMeasure: String, Sendable, CaseIterable {
    case pagerank, degree, strength, betweenness, closeness, harmonic, eigenvector, coreness, papers
}

/// Every setting of an `analyze` run, resolved from defaults, then `citegraph.toml` (or `--config`), then flags.
/// The manifest records the resolved values.
public struct AnalysisSettings: Sendable {
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
    /// A graphviz layout engine name: sfdp, neato, fdp, dot, circo.
    public var layout = "sfdp"
    /// Labels shown for the N most central nodes of each map.
    public var labels = 30
    public var sizeBy: NodeMeasure = .pagerank
    public var thesaurus: String?
    public var mergeInitials = true
    public var inferOwner = true
    public var networks: [NetworkKind] = NetworkKind.allCases
    /// Image formats rendered for each map besides the DOT: svg always, png and pdf on request.
    public var imageFormats: [String] = ["svg"]
    /// Maps of larger networks show only their top nodes by `sizeBy`.
    public var maxDrawnNodes = 2_000
    public var exactThreshold = 20_000
    public var exact = false
    /// Shared-topic network: neighbors kept per author, similarity floor.
    public var topicNeighbors = 10
    public var topicFloor = 0.1
    /// Authors listed in report.json and the HTML table (authors.csv always has all).
    public var reportAuthors = 1_000
    public var threads = 2

    public init() {}

    public static let layouts = ["sfdp", "neato", "fdp", "dot", "circo"]
    public static let imageFormatNames = ["svg", "png", "pdf"]

    /// Eigenvector power-iteration cap (see `MeasureOptions.eigenvectorMaxIterations`).
    public var eigenvectorMaxIterations = 1_000

    public var measureOptions: MeasureOptions {
        var o = MeasureOptions(
            communities: communities, resolution: resolution, seed: seed, exactThreshold: exactThreshold,
            forceExact: exact, threads: threads, leidenIterations: leidenIterations)
        o.eigenvectorMaxIterations = eigenvectorMaxIterations
        return o
    }

    public var coauthorshipOptions: CoauthorshipOptions {
        CoauthorshipOptions(
            counting: counting, minPapers: minPapers, maxAuthorsPerPaper: maxAuthorsPerPaper,
            includeGroups: includeGroups)
    }

    /// Checks values that parsing alone cannot (ranges, names); the message names the setting.
    public func validate() throws {
        func fail(_ m: String) -> SettingsError { SettingsError(message: m) }
        if minPapers < 1 { throw fail("min-papers must be at least 1 (got \(minPapers))") }
        if maxAuthorsPerPaper < 2 { throw fail("max-authors-per-paper must be at least 2 (got \(maxAuthorsPerPaper))") }
        if !(resolution > 0) || !resolution.isFinite {
            throw fail("resolution must be a positive number (got \(resolution))")
        }
        if labels < 0 { throw fail("labels must be 0 or more (got \(labels))") }
        if maxDrawnNodes < 1 { throw fail("max-drawn-nodes must be at least 1") }
        if !AnalysisSettings.layouts.contains(layout) {
            throw fail(
                "unknown layout '\(layout)'; expected one of: \(AnalysisSettings.layouts.joined(separator: ", "))")
        }
        for f in imageFormats where !AnalysisSettings.imageFormatNames.contains(f) {
            throw fail("unknown image format '\(f)'; expected some of: svg, png, pdf")
        }
        if networks.isEmpty { throw fail("networks must name at least one of: coauthorship, topics, citations") }
        if topicNeighbors < 1 { throw fail("topic-neighbors must be at least 1") }
        if leidenIterations == 0 || leidenIterations < -1 { throw fail("leiden-iterations must be positive or -1") }
        if let columns {
            do { _ = try TableColumns(parsing: columns) } catch { throw fail(error.description) }
        }
    }

    /// Applies a config file's entries. Unknown keys and wrong types are errors naming the file and line.
    public mutating func apply(_ config: ConfigFile) throws {
        for key in config.entries.keys.sorted() {
            let entry = config.entries[key]!
            func fail(_ expected: String) -> ConfigFile.ParseError {
                ConfigFile.ParseError(
                    path: config.path, line: entry.line,
                    message: "'\(key)' must be \(expected), not \(entry.value.describe)")
            }
            func string() throws -> String {
                if case let .string(s) = entry.value { return s }
                throw fail("a string")
            }
            func int() throws -> Int {
                if case let .int(i) = entry.value { return i }
                throw fail("an integer")
            }
            func double() throws -> Double {
                if case let .double(d) = entry.value { return d }
                if case let .int(i) = entry.value { return Double(i) }
                throw fail("a number")
            }
            func bool() throws -> Bool {
                if case let .bool(b) = entry.value { return b }
                throw fail("true or false")
            }
            func strings() throws -> [String] {
                if case let .string(s) = entry.value { return AnalysisSettings.list(s) }
                if case let .array(items) = entry.value {
                    return try items.map {
                        if case let .string(s) = $0 { return s }
                        throw fail("an array of strings")
                    }
                }
                throw fail("an array of strings")
            }
            func choice<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
                let s = try string()
                guard let v = T(rawValue: s) else {
                    throw ConfigFile.ParseError(
                        path: config.path, line: entry.line, message: "'\(key)': unknown value '\(s)'")
                }
                return v
            }
            switch key {
            case "inputs": inputs = try strings()
            case "out": out = try string()
            case "input-format": inputFormat = try choice(InputFormat.self)
            case "columns": columns = try string()
            case "counting": counting = try choice(Counting.self)
            case "min-papers": minPapers = try int()
            case "max-authors-per-paper": maxAuthorsPerPaper = try int()
            case "groups": includeGroups = try bool()
            case "communities": communities = try choice(CommunityAlgorithm.self)
            case "resolution": resolution = try double()
            case "seed":
                let s = try int()
                guard s >= 0 else { throw fail("a non-negative integer") }
                seed = UInt64(s)
            case "leiden-iterations": leidenIterations = try int()
            case "layout": layout = try string()
            case "labels": labels = try int()
            case "size-by": sizeBy = try choice(NodeMeasure.self)
            case "thesaurus": thesaurus = try string()
            case "merge-initials": mergeInitials = try bool()
            case "infer-owner": inferOwner = try bool()
            case "networks": networks = try AnalysisSettings.networkList(try strings())
            case "image-formats": imageFormats = try AnalysisSettings.formatList(try strings())
            case "max-drawn-nodes": maxDrawnNodes = try int()
            case "exact-threshold": exactThreshold = try int()
            case "exact": exact = try bool()
            case "topic-neighbors": topicNeighbors = try int()
            case "topic-floor": topicFloor = try double()
            case "report-authors": reportAuthors = try int()
            case "threads": threads = max(1, try int())
            default:
                throw ConfigFile.ParseError(path: config.path, line: entry.line, message: "unknown setting '\(key)'")
            }
        }
    }

    /// `a,b, c` → [a, b, c].
    public static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public static func networkList(_ names: [String]) throws -> [NetworkKind] {
        var kinds: Set<NetworkKind> = []
        for name in names {
            guard let k = NetworkKind(rawValue: name) else {
                throw SettingsError(
                    message: "unknown network '\(name)'; expected some of: coauthorship, topics, citations")
            }
            kinds.insert(k)
        }
        return kinds.sorted()
    }

    public static func formatList(_ names: [String]) throws -> [String] {
        var set = Set(names)
        for f in set where !imageFormatNames.contains(f) {
            throw SettingsError(message: "unknown image format '\(f)'; expected some of: svg, png, pdf")
        }
        set.insert("svg")
        return imageFormatNames.filter(set.contains)
    }

    /// The resolved settings as JSON (for the manifest).
    public var json: JSONValue {
        .object([
            "inputs": .strings(inputs), "out": .string(out), "inputFormat": .optional(inputFormat?.rawValue),
            "columns": .optional(columns),
            "counting": .string(counting.rawValue), "minPapers": .int(minPapers),
            "maxAuthorsPerPaper": .int(maxAuthorsPerPaper), "groups": .bool(includeGroups),
            "communities": .string(communities.rawValue), "resolution": .double(resolution),
            "seed": .int(Int(truncatingIfNeeded: seed)), "leidenIterations": .int(leidenIterations),
            "layout": .string(layout), "labels": .int(labels), "sizeBy": .string(sizeBy.rawValue),
            "thesaurus": .optional(thesaurus), "mergeInitials": .bool(mergeInitials), "inferOwner": .bool(inferOwner),
            "networks": .strings(networks.map(\.rawValue)), "imageFormats": .strings(imageFormats),
            "maxDrawnNodes": .int(maxDrawnNodes), "exactThreshold": .int(exactThreshold), "exact": .bool(exact),
            "topicNeighbors": .int(topicNeighbors), "topicFloor": .double(topicFloor),
            "reportAuthors": .int(reportAuthors), "threads": .int(threads),
        ])
    }
}

public struct SettingsError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
