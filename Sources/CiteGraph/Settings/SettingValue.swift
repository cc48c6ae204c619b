/// A setting's value as `citegraph.toml`, the command line and the manifest carry it: the TOML subset CiteGraph
/// reads (strings, integers, floats, booleans, one-line arrays).
public enum SettingValue: Equatable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([SettingValue])

    /// "a string", "an integer", ... for error messages.
    public var kindDescription: String {
        switch self {
        case .string: return "a string"
        case .int: return "an integer"
        case .double: return "a number"
        case .bool: return "a boolean"
        case .array: return "an array"
        }
    }

    /// The value as JSON (for the manifest).
    var json: JSONValue {
        switch self {
        case let .string(s): return .string(s)
        case let .int(i): return .int(i)
        case let .double(d): return .double(d)
        case let .bool(b): return .bool(b)
        case let .array(items): return .array(items.map(\.json))
        }
    }

    /// The value as TOML text (strings quoted and escaped).
    var toml: String {
        switch self {
        case let .string(s):
            // A TOML basic string escapes like JSON (\", \\, \n, \t, \r, \uXXXX).
            var quoted = ""
            JSONValue.escape(s, into: &quoted)
            return quoted
        case let .int(i): return String(i)
        case let .double(d): return JSONValue.format(d)  // "1" for 1.0: a number setting accepts an integer
        case let .bool(b): return b ? "true" : "false"
        case let .array(items): return "[" + items.map(\.toml).joined(separator: ", ") + "]"
        }
    }
}

/// Why a value cannot be a setting's value; the message completes "'key' …" or "--key …".
public struct SettingProblem: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A type a setting can hold, converted from and to `SettingValue`.
public protocol SettingValueConvertible {
    init(setting value: SettingValue) throws(SettingProblem)
    /// Nil for an unset optional (left out of a TOML file, `null` in the manifest).
    var setting: SettingValue? { get }
}

extension Int: SettingValueConvertible {
    public init(setting value: SettingValue) throws(SettingProblem) {
        guard case let .int(i) = value else { throw SettingProblem("must be an integer, not \(value.kindDescription)") }
        self = i
    }
    public var setting: SettingValue? { .int(self) }
}

extension UInt64: SettingValueConvertible {
    public init(setting value: SettingValue) throws(SettingProblem) {
        guard case let .int(i) = value, i >= 0 else {
            throw SettingProblem("must be a non-negative integer, not \(Self.describe(value))")
        }
        self = UInt64(i)
    }
    public var setting: SettingValue? { .int(Int(truncatingIfNeeded: self)) }

    private static func describe(_ value: SettingValue) -> String {
        if case let .int(i) = value { return String(i) }
        return value.kindDescription
    }
}

extension Double: SettingValueConvertible {
    public init(setting value: SettingValue) throws(SettingProblem) {
        switch value {
        case let .double(d): self = d
        case let .int(i): self = Double(i)
        default: throw SettingProblem("must be a number, not \(value.kindDescription)")
        }
    }
    public var setting: SettingValue? { .double(self) }
}

extension Bool: SettingValueConvertible {
    public init(setting value: SettingValue) throws(SettingProblem) {
        guard case let .bool(b) = value else {
            throw SettingProblem("must be true or false, not \(value.kindDescription)")
        }
        self = b
    }
    public var setting: SettingValue? { .bool(self) }
}

extension String: SettingValueConvertible {
    public init(setting value: SettingValue) throws(SettingProblem) {
        guard case let .string(s) = value else {
            throw SettingProblem("must be a string, not \(value.kindDescription)")
        }
        self = s
    }
    public var setting: SettingValue? { .string(self) }
}

extension Optional: SettingValueConvertible where Wrapped: SettingValueConvertible {
    public init(setting value: SettingValue) throws(SettingProblem) {
        self = .some(try Wrapped(setting: value))
    }
    public var setting: SettingValue? { self?.setting ?? nil }
}

/// A list setting. A TOML array, or one string of comma-separated items (`networks = "coauthorship,topics"`, as on
/// the command line).
extension Array: SettingValueConvertible where Element: SettingValueConvertible {
    public init(setting value: SettingValue) throws(SettingProblem) {
        var items: [SettingValue]
        switch value {
        case let .array(values): items = values
        case let .string(text): items = SettingValue.commaList(text).map { .string($0) }
        default: throw SettingProblem("must be an array, not \(value.kindDescription)")
        }
        var out: [Element] = []
        for item in items { out.append(try Element(setting: item)) }
        self = out
    }
    public var setting: SettingValue? { .array(compactMap(\.setting)) }
}

extension SettingValue {
    /// `a,b, c` → [a, b, c].
    public static func commaList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// An enumerated setting: one of its raw values.
public protocol SettingChoice: SettingValueConvertible, RawRepresentable, CaseIterable where RawValue == String {
    /// The values a user may write (all cases unless a type hides some).
    static var choices: [Self] { get }
}

extension SettingChoice {
    public static var choices: [Self] { Array(allCases) }
    public static var choiceList: String { choices.map(\.rawValue).joined(separator: ", ") }

    public init(setting value: SettingValue) throws(SettingProblem) {
        guard case let .string(s) = value else {
            throw SettingProblem("must be a string, not \(value.kindDescription)")
        }
        guard let choice = Self.choices.first(where: { $0.rawValue == s }) else {
            throw SettingProblem("unknown value '\(s)'; expected one of: \(Self.choiceList)")
        }
        self = choice
    }
    public var setting: SettingValue? { .string(rawValue) }
}
