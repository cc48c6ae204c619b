import Foundation

/// Where settings come from and where they go: a config file (or a manifest) in, flags in, the manifest's
/// `settings` object and a `citegraph.toml` that reproduces the run out. All of them go through
/// `AnalysisSettings.table`, so a setting is named, checked and recorded in one place.
extension AnalysisSettings {
    /// Applies a config file's entries. Unknown keys, wrong types and bad values are errors naming the file and
    /// line.
    public mutating func apply(_ config: ConfigFile) throws {
        let table = Self.table
        for (key, entry) in config.entries.sorted(by: { $0.value.line < $1.value.line }) {
            let place = entry.line > 0 ? "\(config.path):\(entry.line)" : "\(config.path): settings"
            guard let setting = table.first(where: { $0.key.rawValue == key }) else {
                throw SettingsError(message: "\(place): unknown setting '\(key)'")
            }
            try apply(setting, entry.value) { "\(place): '\(key)'" }
        }
    }

    /// Applies values given on the command line, in order; errors name the flag.
    public mutating func apply(flags: [(SettingKey, SettingValue)]) throws {
        let table = Self.table
        for (key, value) in flags {
            try apply(table.first { $0.key == key }!, value) { "--\(key.rawValue)" }
        }
    }

    private mutating func apply(_ setting: Setting, _ value: SettingValue, _ subject: () -> String) throws {
        do {
            try setting.write(&self, value)
        } catch let problem as SettingProblem {
            let joiner = problem.message.hasPrefix("must") || problem.message.hasPrefix("is ") ? " " : ": "
            throw SettingsError(message: subject() + joiner + problem.message)
        }
    }

    /// The resolved settings for the manifest: every key of the table, an unset optional as `null`.
    public var json: JSONValue {
        var object: [String: JSONValue] = [:]
        for setting in Self.table { object[setting.key.rawValue] = setting.read(self)?.json ?? .null }
        return .object(object)
    }

    /// A `citegraph.toml` that reproduces these settings (`citegraph analyze --config FILE`).
    public var tomlText: String {
        var out = "# citegraph \(CiteGraphInfo.version) analyze settings\n[analyze]\n"
        for setting in Self.table {
            guard let value = setting.read(self) else { continue }
            out += "\(setting.key.rawValue) = \(value.toml)\n"
        }
        return out
    }

    /// Reads settings from a file: a `citegraph.toml`, or a `manifest.json` of an earlier run (its `settings`).
    public static func read(configAt path: String, into settings: inout AnalysisSettings) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SettingsError(message: "cannot read the config file \(path)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let config =
            path.hasSuffix(".json")
            ? try ConfigFile(path: path, manifestJSON: data) : try ConfigFile(path: path, text: text)
        try settings.apply(config)
    }
}
