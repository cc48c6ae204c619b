import Bibliography

/// One row of the settings table: how a setting is read from and written to `AnalysisSettings`, and the check
/// every value must pass wherever it comes from (the config file, a flag, a manifest).
public struct Setting {
    public let key: SettingKey
    let read: (AnalysisSettings) -> SettingValue?
    let write: (inout AnalysisSettings, SettingValue) throws -> Void

    /// A setting stored at `path`; `adjust` checks a value (throwing a `SettingProblem`) and may normalize it.
    init<T: SettingValueConvertible>(
        _ key: SettingKey, _ path: WritableKeyPath<AnalysisSettings, T>,
        adjust: @escaping (T) throws -> T = { $0 }
    ) {
        self.key = key
        read = { $0[keyPath: path].setting }
        write = { settings, value in settings[keyPath: path] = try adjust(try T(setting: value)) }
    }
}

extension AnalysisSettings {
    /// Every setting, in the order the manifest and a written `citegraph.toml` list them.
    public static var table: [Setting] {
        [
            Setting(.inputs, \.inputs) { try nonEmpty($0, "must name at least one file or folder") },
            Setting(.out, \.out) { $0.isEmpty ? try fail("must not be empty") : $0 },
            Setting(.inputFormat, \.inputFormat),
            Setting(.columns, \.columns, adjust: checkColumns),
            Setting(.counting, \.counting),
            Setting(.minPapers, \.minPapers) { try atLeast(1, $0) },
            Setting(.maxAuthorsPerPaper, \.maxAuthorsPerPaper) { try atLeast(2, $0) },
            Setting(.groups, \.includeGroups),
            Setting(.communities, \.communities),
            Setting(.resolution, \.resolution) {
                $0 > 0 && $0.isFinite ? $0 : try fail("must be a positive number (got \(JSONValue.format($0)))")
            },
            Setting(.seed, \.seed),
            Setting(.leidenIterations, \.leidenIterations) {
                $0 >= 1 || $0 == -1 ? $0 : try fail("must be positive or -1 (got \($0))")
            },
            Setting(.layout, \.layout),
            Setting(.labels, \.labels) { try atLeast(0, $0) },
            Setting(.sizeBy, \.sizeBy),
            Setting(.thesaurus, \.thesaurus),
            Setting(.mergeInitials, \.mergeInitials),
            Setting(.inferOwner, \.inferOwner),
            Setting(.networks, \.networks) {
                try nonEmpty(Array(Set($0)).sorted(), "must name at least one of: \(NetworkFamily.choiceList)")
            },
            Setting(.imageFormats, \.imageFormats) { formats in
                ImageFormat.allCases.filter { $0 == .svg || formats.contains($0) }
            },
            Setting(.maxDrawnNodes, \.maxDrawnNodes) { try atLeast(1, $0) },
            Setting(.mapMinPapers, \.mapMinPapers) { try atLeast(0, $0) },
            Setting(.mapScope, \.mapScope),
            Setting(.timeBudget, \.timeBudget) {
                $0 >= 0 && $0.isFinite
                    ? $0 : try fail("must be a number of seconds, 0 or more (got \(JSONValue.format($0)))")
            },
            Setting(.exact, \.exact),
            Setting(.topicNeighbors, \.topicNeighbors) { try atLeast(1, $0) },
            Setting(.topicFloor, \.topicFloor) {
                (0...1).contains($0) ? $0 : try fail("must be between 0 and 1 (got \(JSONValue.format($0)))")
            },
            Setting(.reportAuthors, \.reportAuthors) { try atLeast(0, $0) },
            Setting(.threads, \.threads) { try atLeast(1, $0) },
            Setting(.eigenvectorMaxIterations, \.eigenvectorMaxIterations) { try atLeast(1, $0) },
            Setting(.engine, \.engine),
            Setting(.sparkMaster, \.sparkMaster) { $0.isEmpty ? try fail("must not be empty") : $0 },
            Setting(.sparkConf, \.sparkConf, adjust: checkSparkConf),
            Setting(.memoryLimit, \.memoryLimit) { try atLeast(0, $0) },
            Setting(.colorBy, \.colorBy),
            Setting(.burstScale, \.burstScale) {
                $0 > 1 && $0.isFinite ? $0 : try fail("must be a number above 1 (got \(JSONValue.format($0)))")
            },
            Setting(.burstGamma, \.burstGamma) {
                $0 > 0 && $0.isFinite ? $0 : try fail("must be a positive number (got \(JSONValue.format($0)))")
            },
            Setting(.periods, \.periods) { text in
                guard let text else { return nil }
                return try Period.parse(text).map(\.label).joined(separator: ",")
            },
            Setting(.sliceYears, \.sliceYears) { try atLeast(0, $0) },
        ]
    }

    private static func fail<T>(_ message: String) throws(SettingProblem) -> T { throw SettingProblem(message) }

    private static func atLeast(_ minimum: Int, _ value: Int) throws(SettingProblem) -> Int {
        value >= minimum ? value : try fail("must be at least \(minimum) (got \(value))")
    }

    private static func nonEmpty<T>(_ values: [T], _ message: String) throws(SettingProblem) -> [T] {
        values.isEmpty ? try fail(message) : values
    }

    private static func checkSparkConf(_ items: [String]) throws(SettingProblem) -> [String] {
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains(" ") else {
                throw SettingProblem("must be key=value items (got '\(item)')")
            }
        }
        return items
    }

    private static func checkColumns(_ text: String?) throws(SettingProblem) -> String? {
        guard let text else { return nil }
        do {
            _ = try TableColumns(parsing: text)
        } catch {
            throw SettingProblem(error.description.replacingOccurrences(of: "--columns: ", with: ""))
        }
        return text
    }
}
