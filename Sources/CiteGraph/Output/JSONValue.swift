/// A JSON value with a deterministic rendering: object keys sorted by code point, numbers in Swift's shortest
/// round-trip form, no trailing spaces. Same value, same bytes.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    public static func optional(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    /// Compact rendering (one line).
    public func rendered() -> String {
        ByteWriter.string { write(to: $0, pretty: false) }
    }

    /// Pretty rendering with two-space indentation and a final newline.
    public func prettyRendered() -> String {
        ByteWriter.string { write(to: $0, pretty: true) }
    }

    /// Writes the rendering (pretty: two-space indentation and a final newline) straight to `out`.
    public func write(to out: ByteWriter, pretty: Bool) {
        write(to: out, pretty: pretty, level: 0)
        if pretty { out.byte(10) }
    }

    /// A line break and the indentation of `level` (pretty rendering).
    static func newline(_ out: ByteWriter, _ level: Int) {
        out.byte(10)
        for _ in 0..<level { out.write("  " as StaticString) }
    }

    /// Writes the value as it appears at nesting `level` of a pretty (or compact) rendering, so a large document
    /// can be streamed piece by piece with the bytes of the whole value's rendering.
    func write(to out: ByteWriter, pretty: Bool, level: Int) {
        switch self {
        case .null: out.write("null" as StaticString)
        case let .bool(b): out.write(b ? "true" as StaticString : "false" as StaticString)
        case let .int(i): out.write(i)
        case let .double(d): out.write(d)
        case let .string(s): JSONValue.escape(s, to: out)
        case let .array(items):
            if items.isEmpty {
                out.write("[]" as StaticString)
                return
            }
            out.byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(out, level + 1) }
                item.write(to: out, pretty: pretty, level: level + 1)
            }
            if pretty { JSONValue.newline(out, level) }
            out.byte(UInt8(ascii: "]"))
        case let .object(fields):
            if fields.isEmpty {
                out.write("{}" as StaticString)
                return
            }
            out.byte(UInt8(ascii: "{"))
            let keys = fields.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(out, level + 1) }
                JSONValue.escape(key, to: out)
                out.write(pretty ? ": " as StaticString : ":" as StaticString)
                fields[key]!.write(to: out, pretty: pretty, level: level + 1)
            }
            if pretty { JSONValue.newline(out, level) }
            out.byte(UInt8(ascii: "}"))
        }
    }

    /// Integers without a fraction print as integers ("3" not "3.0"); non-finite numbers become null.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return "\(d)"
    }

    /// Writes `s` as a JSON string (quoted, escaped as `escape(_:into:)` does); plain text is copied as bytes.
    static func escape(_ s: String, to out: ByteWriter) {
        var s = s
        let plain = s.withUTF8 { bytes in
            // Bytes that may need escaping: quotes, backslash, controls, and E2 (U+2028/U+2029 start E2 80).
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
        }
        guard plain else {
            var text = ""
            escape(s, into: &text)
            out.write(text)
            return
        }
        out.byte(UInt8(ascii: "\""))
        out.write(s)
        out.byte(UInt8(ascii: "\""))
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
