import Foundation

// Shared machinery of the graph file readers: issue collection, byte-level number and text decoding, a byte-keyed
// node table, and the final edge → CSRGraph step with its whole-file findings.

/// What a reader produced; `fatal` says the input is not that format at all (also recorded in the issues).
struct GraphFileOutcome {
    var file: GraphFile
    var fatal: String?
}

/// Collects issues: located ones (at most `locatedLimit`, the rest counted), then whole-file notes.
struct IssueLog {
    static let locatedLimit = 1000
    private var located: [GraphFileIssue] = []
    private var notes: [GraphFileIssue] = []
    private var suppressed = 0

    mutating func add(line: Int, _ message: @autoclosure () -> String) {
        if located.count < IssueLog.locatedLimit {
            located.append(GraphFileIssue(line: line, message: message()))
        } else {
            suppressed += 1
        }
    }

    /// A finding about the whole file (line 0); never suppressed.
    mutating func note(_ message: String) { notes.append(GraphFileIssue(line: 0, message: message)) }

    /// Located issues by line (stable), the count of unlisted ones, then the whole-file notes.
    var issues: [GraphFileIssue] {
        var all = located.enumerated()
            .sorted { $0.element.line != $1.element.line ? $0.element.line < $1.element.line : $0.offset < $1.offset }
            .map(\.element)
        if suppressed > 0 {
            all.append(
                GraphFileIssue(line: 0, message: "\(suppressed) more problems of the kinds above were not listed"))
        }
        return all + notes
    }

    /// Resolves directedness: the file's own statement wins over the caller's argument, which wins over undirected.
    mutating func directedness(fileSays: Bool?, argument: Bool?, source: String) -> Bool {
        guard let fileSays else { return argument ?? false }
        if let argument, argument != fileSays {
            note(
                "the file says \(fileSays ? "directed" : "undirected") (\(source)); the directed: \(argument) argument was ignored"
            )
        }
        return fileSays
    }
}

extension GraphFileOutcome {
    /// An empty graph carrying the reason the input is not the format at all.
    static func notFormat(_ format: GraphFileFormat, line: Int, _ reason: String, directed: Bool) -> GraphFileOutcome {
        let graph = GraphBuilder(nodeCount: 0, directed: directed).build()
        return GraphFileOutcome(
            file: GraphFile(
                graph: graph, nodeIDs: [], labels: [], format: format,
                issues: [GraphFileIssue(line: line, message: reason)]),
            fatal: reason)
    }
}

// MARK: - Bytes

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
}

// MARK: - Numbers

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

// MARK: - Byte-keyed node table

/// Maps byte strings (node tokens as written) to dense ids in first-seen order without making a `String` per lookup.
final class ByteKeyTable {
    private var slots: [Int32]
    private var mask: Int
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []

    init(expectedCount: Int = 1024) {
        var capacity = 1024
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        hashes.reserveCapacity(expectedCount)
        starts.reserveCapacity(expectedCount + 1)
    }

    var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 8
        }
        if i < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        while i + 8 <= count {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// The id of the key `p[0..<count]`, adding it when new.
    @inline(__always)
    func id(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        let h = ByteKeyTable.hash(p, count)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if hashes[id] == h {
                let start = starts[id]
                if starts[id + 1] - start == count,
                    arena.withUnsafeBufferPointer({ ByteKeyTable.equal($0.baseAddress! + start, p, count) })
                {
                    return id
                }
            }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        slots[slot] = Int32(id)
        hashes.append(h)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
        starts.append(arena.count)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    private func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (id, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// The keys as text, by id.
    func keys() -> [String] {
        arena.withUnsafeBufferPointer { buffer in
            (0..<count).map { id in
                Bytes.withBase(buffer) { base, _ in Bytes.text(base + starts[id], starts[id + 1] - starts[id]) }
            }
        }
    }
}

// MARK: - Edges → CSRGraph

/// Feeds edges to a `GraphBuilder` and, at the end, turns the builder's counts into whole-file findings
/// (dropped self-loops; undirected edges listed in both directions; other repeated edges).
struct EdgeSink {
    let directed: Bool
    private var builder: GraphBuilder
    /// Undirected only: endpoints as given, to tell edges listed in both directions from repeated lines.
    private var sources: [Int32] = []
    private var destinations: [Int32] = []
    private(set) var count = 0

    init(directed: Bool, reserve: Int = 0) {
        self.directed = directed
        builder = GraphBuilder(nodeCount: 0, directed: directed)
        if reserve > 0 {
            builder.reserveEdges(reserve)
            if !directed {
                sources.reserveCapacity(reserve)
                destinations.reserveCapacity(reserve)
            }
        }
    }

    @inline(__always)
    mutating func add(_ u: Int, _ v: Int, weight: Double) {
        builder.addEdge(u, v, weight: weight)
        count += 1
        if !directed && u != v {
            sources.append(Int32(truncatingIfNeeded: u))
            destinations.append(Int32(truncatingIfNeeded: v))
        }
    }

    /// Builds the graph over `nodeCount` nodes and notes dropped self-loops and merged edges in `log`.
    func finish(nodeCount: Int, log: inout IssueLog) -> CSRGraph {
        var builder = self.builder
        builder.ensureNodes(nodeCount)
        let graph = builder.build()
        if graph.selfLoopsDropped > 0 {
            log.note("\(graph.selfLoopsDropped) self-loop\(graph.selfLoopsDropped == 1 ? "" : "s") dropped")
        }
        let merged = graph.parallelEdgesMerged
        guard merged > 0 else { return graph }
        if directed {
            log.note("\(merged) repeated arc\(merged == 1 ? "" : "s") merged (weights summed)")
            return graph
        }
        let both = pairsListedBothWays(graph)
        if both > 0 { log.note("\(both) edges listed in both directions were merged (weights summed)") }
        if merged > both {
            log.note("\(merged - both) repeated edge\(merged - both == 1 ? "" : "s") merged (weights summed)")
        }
        return graph
    }

    /// Number of node pairs given at least once as `a b` and at least once as `b a`.
    private func pairsListedBothWays(_ graph: CSRGraph) -> Int {
        var seen = [UInt8](repeating: 0, count: graph.targets.count)
        graph.targets.withUnsafeBufferPointer { targets in
            for e in 0..<sources.count {
                let u = Int(sources[e]), v = Int(destinations[e])
                let a = min(u, v), b = Int32(max(u, v))
                var lo = graph.offsets[a], hi = graph.offsets[a + 1]
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if targets[mid] < b { lo = mid + 1 } else { hi = mid }
                }
                seen[lo] |= u < v ? 1 : 2
            }
        }
        return seen.reduce(0) { $0 + ($1 == 3 ? 1 : 0) }
    }
}
