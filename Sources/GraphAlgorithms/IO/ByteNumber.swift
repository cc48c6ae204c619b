import Foundation

enum ByteNumber {
    /// An optionally signed decimal integer filling all `count` bytes, else nil.
    @inline(__always)
    static func integer(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        var i = 0
        var negative = false
        if count > 0 && (p[0] == 45 || p[0] == 43) {
            negative = p[0] == 45
            i = 1
        }
        guard i < count, count - i <= 18 else { return nil }
        var value = 0
        while i < count {
            let d = p[i] &- 48
            if d > 9 { return nil }
            value = value &* 10 &+ Int(d)
            i += 1
        }
        return negative ? -value : value
    }

    private static let powersOf10: [Double] = (0...22).map { e in
        var v = 1.0
        for _ in 0..<e { v *= 10 }
        return v
    }

    /// A decimal number (`12`, `-3.5`, `.5`, `1e-3`, `2.`) filling all `count` bytes, else nil. Exact (correctly
    /// rounded) on the fast path; other spellings go through `Double(String)`.
    static func double(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        guard count > 0 else { return nil }
        var i = 0
        var negative = false
        if p[0] == 45 || p[0] == 43 {
            negative = p[0] == 45
            i = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var exact = true
        while i < count, p[i] &- 48 <= 9 {
            if mantissa < 1 << 53 / 10 { mantissa = mantissa * 10 + UInt64(p[i] - 48) } else { exact = false }
            digits += 1
            i += 1
        }
        if i < count && p[i] == 46 {
            i += 1
            while i < count, p[i] &- 48 <= 9 {
                if mantissa < 1 << 53 / 10 {
                    mantissa = mantissa * 10 + UInt64(p[i] - 48)
                    exponent -= 1
                } else {
                    exact = false
                }
                digits += 1
                i += 1
            }
        }
        if digits == 0 { return slow(p, count) }
        if i < count && (p[i] == 101 || p[i] == 69) {
            i += 1
            var expNegative = false
            if i < count && (p[i] == 45 || p[i] == 43) {
                expNegative = p[i] == 45
                i += 1
            }
            var e = 0
            var expDigits = 0
            while i < count, p[i] &- 48 <= 9 {
                if e < 100_000 { e = e * 10 + Int(p[i] - 48) }
                expDigits += 1
                i += 1
            }
            if expDigits == 0 { return nil }
            exponent += expNegative ? -e : e
        }
        if i != count { return slow(p, count) }
        guard exact, exponent >= -22, exponent <= 22 else { return slow(p, count) }
        var value = Double(mantissa)
        if exponent < 0 { value /= powersOf10[-exponent] } else if exponent > 0 { value *= powersOf10[exponent] }
        return negative ? -value : value
    }

    private static func slow(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        Double(String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self))
    }

    /// A finite weight from text with surrounding whitespace allowed, else nil.
    static func weight(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }
}
