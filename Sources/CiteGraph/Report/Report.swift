import Foundation

/// Shared display helpers for the human-readable reports.
public enum Report {
    /// A number for people: integers as integers, otherwise `digits` significant digits.
    public static func format(_ x: Double, digits: Int = 4) -> String {
        if x.isNaN { return "–" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(format: "%.\(digits)g", x)
    }

    /// A count with thousands separators ("4,709").
    public static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// Full precision for data files (Swift's shortest round-trip form).
    static func exact(_ x: Double) -> String { JSONValue.format(x) }

    /// The corpus paper id used in every export: `P` and the 1-based corpus index, zero-padded to a fixed width.
    static func paperID(_ index: Int, width: Int) -> String {
        let s = String(index + 1)
        return "P" + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    static func paperIDWidth(_ count: Int) -> Int { max(4, String(count).count) }
}
