import Foundation

enum Bytes {
    /// Calls `body` with a non-nil base pointer even for an empty buffer.
    static func withBase<R>(_ buffer: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        if let base = buffer.baseAddress, buffer.count > 0 { return body(base, buffer.count) }
        var zero: UInt8 = 0
        return withUnsafePointer(to: &zero) { body($0, 0) }
    }

    /// Calls `body` with the UTF-8 bytes of `text` (no copy for native strings).
    static func withUTF8<R>(_ text: String, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        var text = text
        return text.withUTF8 { withBase($0, body) }
    }

    /// Calls `body` with the bytes of `data`.
    static func withData<R>(_ data: Data, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        data.withUnsafeBytes { raw in withBase(raw.bindMemory(to: UInt8.self), body) }
    }

    /// Index just past a UTF-8 byte order mark at the start, else 0.
    @inline(__always)
    static func bomLength(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
    }

    /// Index of the next `\n` at or after `from`, or `n`.
    @inline(__always)
    static func lineEnd(_ p: UnsafePointer<UInt8>, _ from: Int, _ n: Int) -> Int {
        guard from < n, let hit = memchr(p + from, 10, n - from) else { return n }
        return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

    /// Text of `count` bytes: UTF-8 when valid, else Latin-1 (old GML and Pajek files).
    static func text(_ p: UnsafePointer<UInt8>, _ count: Int) -> String {
        let buffer = UnsafeBufferPointer(start: p, count: count)
        if let s = String(validating: buffer, as: UTF8.self) { return s }
        var scalars = String.UnicodeScalarView()
        for b in buffer { scalars.append(Unicode.Scalar(b)) }
        return String(scalars)
    }

    /// Whether the bytes equal the lowercase ASCII `literal`, ignoring ASCII case.
    static func equalsLowercased(_ p: UnsafePointer<UInt8>, _ count: Int, _ literal: [UInt8]) -> Bool {
        guard count == literal.count else { return false }
        for k in 0..<count where (p[k] >= 65 && p[k] <= 90 ? p[k] | 0x20 : p[k]) != literal[k] { return false }
        return true
    }

    /// Short quoted excerpt of bytes for messages.
    static func excerpt(_ p: UnsafePointer<UInt8>, _ count: Int, limit: Int = 60) -> String {
        let shown = text(p, min(count, limit))
        return "\"" + shown + (count > limit ? "…" : "") + "\""
    }

    /// First byte offset of `needle` in `p[from..<n]`, or nil.
    static func find(_ needle: [UInt8], in p: UnsafePointer<UInt8>, from: Int = 0, _ n: Int) -> Int? {
        guard let first = needle.first, needle.count <= n - from else { return nil }
        var i = from
        let last = n - needle.count
        while i <= last {
            guard let hit = memchr(p + i, Int32(first), last - i + 1) else { return nil }
            let at = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p
            if memcmp(p + at, needle, needle.count) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// 1-based line number of byte offset `offset`.
    static func lineNumber(of offset: Int, in p: UnsafePointer<UInt8>) -> Int {
        var line = 1
        for k in 0..<offset where p[k] == 10 { line += 1 }
        return line
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), or nil when all `n` bytes are.
    /// - Complexity: O(n).
    static func firstInvalidUTF8(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                i += 1
                continue
            }
            // Lead byte: sequence length and the allowed range of the second byte.
            let (length, low, high): (Int, UInt8, UInt8)
            switch b {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return i
            }
            guard i + length <= n, (low...high).contains(p[i + 1]) else { return i }
            for k in 2..<max(2, length) where !(0x80...0xBF).contains(p[i + k]) { return i }
            i += length
        }
        return nil
    }
}
