import Foundation

/// A small TOML reader for `citegraph.toml`: `key = value` pairs, optionally under an `[analyze]` table, with
/// basic and literal strings, integers, floats, booleans and one-line arrays of those; `#` comments.
///
/// It reads the subset CiteGraph's settings need and rejects everything else with the file and line (nested
/// tables, inline tables, multi-line strings, dates), so a config mistake never passes silently. It also reads the
/// `settings` object of a run's `manifest.json`, so a manifest reproduces its run.
public struct ConfigFile: Sendable {
    public struct Entry: Sendable {
        public var value: SettingValue
        /// The line of a TOML file (0 for a manifest).
        public var line: Int
    }

    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
    }

    public let path: String
    /// Settings by key (as written, kebab-case), from the top level or the `[analyze]` table.
    public private(set) var entries: [String: Entry] = [:]

    public init(path: String, text: String) throws {
        self.path = path
        var table = ""
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            var line = Substring(rawLine).drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let header = ConfigFile.stripComment(line).trimmingCharacters(in: .whitespaces)
                guard header.hasSuffix("]"), !header.hasPrefix("[[") else {
                    throw ParseError(path: path, line: lineNumber, message: "unsupported table header \(header)")
                }
                table = String(header.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                guard table == "analyze" else {
                    throw ParseError(
                        path: path, line: lineNumber,
                        message: "unknown table [\(table)]; settings go at the top level or under [analyze]")
                }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else {
                throw ParseError(path: path, line: lineNumber, message: "expected `key = value`")
            }
            var key = line[..<eq].trimmingCharacters(in: .whitespaces)
            if key.count >= 2, key.first == "\"", key.last == "\"" { key = String(key.dropFirst().dropLast()) }
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw ParseError(path: path, line: lineNumber, message: "invalid key '\(key)'")
            }
            line = line[line.index(after: eq)...]
            var scanner = Scanner(text: line, path: path, line: lineNumber)
            let value = try scanner.value()
            try scanner.end()
            let normalized = key.replacingOccurrences(of: "_", with: "-")
            if entries[normalized] != nil {
                throw ParseError(path: path, line: lineNumber, message: "'\(key)' is set twice")
            }
            entries[normalized] = Entry(value: value, line: lineNumber)
        }
    }

    /// The `settings` object of a `manifest.json` (null values are unset settings and are skipped).
    public init(path: String, manifestJSON data: Data) throws {
        self.path = path
        struct Manifest: Decodable { let settings: [String: JSONSetting] }
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw ParseError(path: path, line: 0, message: "not a manifest with a settings object (\(error))")
        }
        for (key, value) in manifest.settings {
            if let value = value.value { entries[key] = Entry(value: value, line: 0) }
        }
    }

    static func stripComment(_ s: Substring) -> Substring {
        s.firstIndex(of: "#").map { s[..<$0] } ?? s
    }

    /// Reads one value from the text after `=`.
    struct Scanner {
        var text: Substring
        let path: String
        let line: Int

        func error(_ message: String) -> ParseError { ParseError(path: path, line: line, message: message) }

        mutating func skipSpace() { text = text.drop { $0 == " " || $0 == "\t" } }

        mutating func end() throws {
            skipSpace()
            if text.isEmpty || text.hasPrefix("#") { return }
            throw error("unexpected text after the value: \(text)")
        }

        mutating func value() throws -> SettingValue {
            skipSpace()
            guard let c = text.first else { throw error("missing value") }
            switch c {
            case "\"":
                if text.hasPrefix("\"\"\"") { throw error("multi-line strings are not supported") }
                return .string(try basicString())
            case "'":
                if text.hasPrefix("'''") { throw error("multi-line strings are not supported") }
                text = text.dropFirst()
                guard let close = text.firstIndex(of: "'") else { throw error("unterminated string") }
                defer { text = text[text.index(after: close)...] }
                return .string(String(text[..<close]))
            case "[":
                text = text.dropFirst()
                var items: [SettingValue] = []
                while true {
                    skipSpace()
                    if text.hasPrefix("]") {
                        text = text.dropFirst()
                        return .array(items)
                    }
                    items.append(try value())
                    skipSpace()
                    if text.hasPrefix(",") {
                        text = text.dropFirst()
                        continue
                    }
                    if text.hasPrefix("]") {
                        text = text.dropFirst()
                        return .array(items)
                    }
                    throw error("expected , or ] in the array (arrays must be on one line)")
                }
            case "{":
                throw error("inline tables are not supported")
            default:
                let token = text.prefix { !" \t,]#".contains($0) }
                text = text.dropFirst(token.count)
                let word = token.replacingOccurrences(of: "_", with: "")
                if word == "true" { return .bool(true) }
                if word == "false" { return .bool(false) }
                if let i = Int(word) { return .int(i) }
                if let d = Double(word), d.isFinite { return .double(d) }
                throw error("cannot read the value '\(token)' (strings need quotes)")
            }
        }

        mutating func basicString() throws -> String {
            text = text.dropFirst()
            var out = ""
            var iterator = text.makeIterator()
            var consumed = 0
            while let c = iterator.next() {
                consumed += 1
                if c == "\"" {
                    text = text.dropFirst(consumed)
                    return out
                }
                if c == "\\" {
                    guard let e = iterator.next() else { break }
                    consumed += 1
                    switch e {
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "u":
                        let hex = String((0..<4).compactMap { _ in iterator.next() })
                        consumed += hex.count
                        guard hex.count == 4, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code)
                        else { throw error("invalid \\u escape in a string") }
                        out.unicodeScalars.append(scalar)
                    default: throw error("unsupported escape \\\(e) in a string")
                    }
                } else {
                    out.append(c)
                }
            }
            throw error("unterminated string")
        }
    }
}

/// A JSON value read back as a setting value: booleans, integers, numbers, strings and arrays; null is unset.
private struct JSONSetting: Decodable {
    let value: SettingValue?

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            value = nil
        } else if let b = try? c.decode(Bool.self) {
            value = .bool(b)
        } else if let i = try? c.decode(Int.self) {
            value = .int(i)
        } else if let d = try? c.decode(Double.self) {
            value = .double(d)
        } else if let s = try? c.decode(String.self) {
            value = .string(s)
        } else {
            value = .array(try c.decode([JSONSetting].self).compactMap(\.value))
        }
    }
}
