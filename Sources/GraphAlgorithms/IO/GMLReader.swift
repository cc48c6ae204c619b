import Foundation

/// Reads GML: a tokenizer for keys, numbers, quoted strings (may hold spaces and span lines; `&quot;`-style entities
/// decoded), `[ ]` lists nested to any depth and `#` comments, then the first top-level `graph [ ... ]` list:
/// `directed`, `node [ id … label … ]`, `edge [ source … target … weight|value … ]`. Every other key (`Creator`,
/// `Version`, `graphics [ … ]`, …) is skipped.
///
/// Nodes are numbered in declaration order; an edge naming an undeclared id adds that node (after the declared ones)
/// and is reported. Syntax problems are reported with their line and reading resumes at the next key.
enum GMLReader {
    static func read(_ p: UnsafePointer<UInt8>, _ n: Int, directed: Bool?) -> GraphFileOutcome {
        var parser = GMLParser(p, n)
        parser.parseDocument()
        var log = parser.log
        guard parser.sawGraph else {
            let reason = "no `graph [ ... ]` list found"
            var outcome = GraphFileOutcome.notFormat(.gml, line: 0, reason, directed: directed ?? false)
            outcome.file.issues = log.issues + outcome.file.issues
            return outcome
        }
        let isDirected = log.directedness(fileSays: parser.directed, argument: directed, source: "GML `directed`")

        var nodeIDs = parser.nodeKeys.map(\.text)
        var labels = parser.nodeLabels
        var index = parser.nodeIndex
        var sink = EdgeSink(directed: isDirected, reserve: parser.edges.count)
        for edge in parser.edges {
            var ends = (0, 0)
            for (k, key) in [edge.source, edge.target].enumerated() {
                let id: Int
                if let known = index[key] {
                    id = known
                } else {
                    id = nodeIDs.count
                    index[key] = id
                    nodeIDs.append(key.text)
                    labels.append(nil)
                    log.add(line: edge.line, "edge refers to undeclared node id \(key.text); node added")
                }
                if k == 0 { ends.0 = id } else { ends.1 = id }
            }
            sink.add(ends.0, ends.1, weight: edge.weight)
        }
        let graph = sink.finish(nodeCount: nodeIDs.count, log: &log)
        return GraphFileOutcome(
            file: GraphFile(graph: graph, nodeIDs: nodeIDs, labels: labels, format: .gml, issues: log.issues),
            fatal: nil)
    }
}

/// A GML node id: integers (also `"12"`, `12.0`) compare as numbers, anything else as text.
enum GMLKey: Hashable {
    case int(Int)
    case text(String)

    init(_ string: String) {
        if let v = Int(string), String(v) == string { self = .int(v) } else { self = .text(string) }
    }

    var text: String {
        switch self {
        case let .int(v): String(v)
        case let .text(s): s
        }
    }
}

struct GMLToken {
    enum Kind { case key, int, real, string, open, close, bad, eof }
    var kind: Kind
    var start: Int
    var end: Int
    var line: Int
    var int = 0
    var real = 0.0
    var message = ""
}

struct GMLParser {
    struct Edge {
        var source: GMLKey
        var target: GMLKey
        var weight: Double
        var line: Int
    }

    private let p: UnsafePointer<UInt8>
    private let n: Int
    private var i: Int
    private var line = 1
    private var pushedBack: GMLToken?
    /// Set once the end of the input was reported inside an open list, so enclosing lists don't repeat it.
    private var reportedUnclosed = false

    var log = IssueLog()
    private(set) var sawGraph = false
    private(set) var directed: Bool?
    private(set) var nodeKeys: [GMLKey] = []
    private(set) var nodeLabels: [String?] = []
    private(set) var nodeIndex: [GMLKey: Int] = [:]
    private var nodeLines: [Int] = []
    private(set) var edges: [Edge] = []

    init(_ p: UnsafePointer<UInt8>, _ n: Int) {
        self.p = p
        self.n = n
        i = Bytes.bomLength(p, n)
    }

    /// Records an issue (the message is built before `log` is accessed).
    private mutating func report(_ line: Int, _ message: String) { log.add(line: line, message) }

    // MARK: Tokens

    private mutating func next() -> GMLToken {
        if let token = pushedBack {
            pushedBack = nil
            return token
        }
        while i < n {
            let b = p[i]
            if b == 10 {
                line += 1
                i += 1
            } else if b == 32 || b == 9 || b == 13 || b == 11 || b == 12 {
                i += 1
            } else if b == 35 {  // `#` comment
                i = Bytes.lineEnd(p, i, n)
            } else {
                break
            }
        }
        guard i < n else { return GMLToken(kind: .eof, start: n, end: n, line: line) }
        let start = i
        let b = p[i]
        var token = GMLToken(kind: .bad, start: start, end: start, line: line)
        switch b {
        case 91:  // [
            i += 1
            token.kind = .open
        case 93:  // ]
            i += 1
            token.kind = .close
        case 34:  // "
            i += 1
            let contentStart = i
            guard let hit = memchr(p + i, 34, n - i) else {
                token.message = "unterminated string (no closing quote before the end of the file)"
                i = n
                return token
            }
            let close = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p
            for k in contentStart..<close where p[k] == 10 { line += 1 }
            token.kind = .string
            token.start = contentStart
            token.end = close
            i = close + 1
            return token
        case 65...90, 97...122, 95:  // letter, _
            i += 1
            while i < n, isKeyByte(p[i]) { i += 1 }
            token.kind = .key
        case 48...57, 43, 45, 46:  // digit, +, -, .
            i += 1
            while i < n, isNumberByte(p[i]) { i += 1 }
            token.end = i
            if let v = ByteNumber.integer(p + start, i - start) {
                token.kind = .int
                token.int = v
            } else if let v = ByteNumber.double(p + start, i - start), v.isFinite {
                token.kind = .real
                token.real = v
            } else {
                token.message = "invalid number \(Bytes.excerpt(p + start, i - start))"
            }
            return token
        default:
            while i < n, !Bytes.isSpace(p[i]), p[i] != 91, p[i] != 93, p[i] != 34 { i += 1 }
            token.end = i
            token.message = "unexpected \(Bytes.excerpt(p + start, i - start))"
            return token
        }
        token.end = i
        return token
    }

    @inline(__always) private func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 95
    }

    @inline(__always) private func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || b == 43 || b == 45 || b == 46 || b == 101 || b == 69
    }

    private func isKey(_ token: GMLToken, _ literal: [UInt8]) -> Bool {
        Bytes.equalsLowercased(p + token.start, token.end - token.start, literal)
    }

    private func describe(_ token: GMLToken) -> String {
        switch token.kind {
        case .eof: "the end of the file"
        case .open: "'['"
        case .close: "']'"
        case .string: "string \(Bytes.excerpt(p + token.start, token.end - token.start))"
        default: Bytes.excerpt(p + token.start, token.end - token.start)
        }
    }

    // MARK: Structure

    private enum Pair {
        case pair(key: GMLToken, value: GMLToken)
        case end
    }

    /// The next `key value` pair of the list opened on `openLine` (nil: the top level), reporting and skipping
    /// anything else; `.end` at the list's `]` or the end of the input. A list value's body is left to the caller.
    private mutating func nextPair(openLine: Int?) -> Pair {
        while true {
            let token = next()
            switch token.kind {
            case .eof:
                if let openLine, !reportedUnclosed {
                    report(openLine, "'[' opened here is not closed before the end of the file")
                    reportedUnclosed = true
                }
                return .end
            case .close:
                if openLine != nil { return .end }
                report(token.line, "']' without a matching '['; ignored")
            case .open:
                report(token.line, "'[' without a key; list skipped")
                skipList(openLine: token.line)
            case .bad:
                report(token.line, token.message)
            case .int, .real, .string:
                report(token.line, "expected a key, found \(describe(token)); skipped")
            case .key:
                let value = next()
                switch value.kind {
                case .key, .close, .eof:
                    report(token.line, "key \(describe(token)) has no value")
                    pushedBack = value
                case .bad:
                    report(value.line, value.message)
                    return .pair(key: token, value: value)
                default:
                    return .pair(key: token, value: value)
                }
            }
        }
    }

    /// Skips the rest of a list whose `[` was just read.
    private mutating func skipList(openLine: Int) {
        var depth = 1
        while true {
            let token = next()
            switch token.kind {
            case .open: depth += 1
            case .close:
                depth -= 1
                if depth == 0 { return }
            case .eof:
                if !reportedUnclosed {
                    report(openLine, "'[' opened here is not closed before the end of the file")
                    reportedUnclosed = true
                }
                return
            case .bad: report(token.line, token.message)
            default: break
            }
        }
    }

    private static let kGraph = Array("graph".utf8), kDirected = Array("directed".utf8)
    private static let kNode = Array("node".utf8), kEdge = Array("edge".utf8), kID = Array("id".utf8)
    private static let kLabel = Array("label".utf8), kSource = Array("source".utf8), kTarget = Array("target".utf8)
    private static let kWeight = Array("weight".utf8), kValue = Array("value".utf8)

    mutating func parseDocument() {
        while case let .pair(key, value) = nextPair(openLine: nil) {
            guard value.kind == .open else { continue }  // Creator "…", Version 1, …
            if isKey(key, Self.kGraph) && !sawGraph {
                sawGraph = true
                parseGraph(openLine: value.line)
            } else {
                if isKey(key, Self.kGraph) { report(key.line, "a second `graph` list; ignored") }
                skipList(openLine: value.line)
            }
        }
    }

    private mutating func parseGraph(openLine: Int) {
        while case let .pair(key, value) = nextPair(openLine: openLine) {
            if isKey(key, Self.kNode) || isKey(key, Self.kEdge) {
                let isNode = isKey(key, Self.kNode)
                guard value.kind == .open else {
                    report(key.line, "`\(isNode ? "node" : "edge")` must be followed by '[ … ]'; skipped")
                    continue
                }
                if isNode { parseNode(line: key.line) } else { parseEdge(line: key.line) }
            } else if isKey(key, Self.kDirected) {
                if value.kind == .int && (value.int == 0 || value.int == 1) {
                    directed = value.int == 1
                } else {
                    report(key.line, "`directed` must be 0 or 1, found \(describe(value)); ignored")
                    if value.kind == .open { skipList(openLine: value.line) }
                }
            } else if value.kind == .open {
                skipList(openLine: value.line)
            }
        }
    }

    /// A node id, or nil for a list / bad value.
    private func idKey(_ value: GMLToken) -> GMLKey? {
        switch value.kind {
        case .int: return .int(value.int)
        case .real:
            if value.real.rounded() == value.real, abs(value.real) < 1e15 { return .int(Int(value.real)) }
            return .text(Bytes.text(p + value.start, value.end - value.start))
        case .string: return GMLKey(decodeString(value))
        default: return nil
        }
    }

    private func decodeString(_ token: GMLToken) -> String {
        let text = Bytes.text(p + token.start, token.end - token.start)
        return text.contains("&") ? decodeEntities(text) : text
    }

    private mutating func parseNode(line: Int) {
        var id: GMLKey?
        var label: String?
        while case let .pair(key, value) = nextPair(openLine: line) {
            if isKey(key, Self.kID) {
                if let key = idKey(value) {
                    id = key
                } else {
                    report(key.line, "node id must be a number or string, found \(describe(value))")
                }
            } else if isKey(key, Self.kLabel) {
                switch value.kind {
                case .string: label = decodeString(value)
                case .int, .real: label = Bytes.text(p + value.start, value.end - value.start)
                default: report(key.line, "node label must be a string, found \(describe(value)); ignored")
                }
            }
            if value.kind == .open { skipList(openLine: value.line) }
        }
        guard let id else {
            report(line, "node without an `id`; skipped")
            return
        }
        if let first = nodeIndex[id] {
            report(line, "duplicate node id \(id.text) (first declared on line \(nodeLines[first])); ignored")
            return
        }
        nodeIndex[id] = nodeKeys.count
        nodeKeys.append(id)
        nodeLabels.append(label)
        nodeLines.append(line)
    }

    private mutating func parseEdge(line: Int) {
        var source: GMLKey?
        var target: GMLKey?
        var weight: Double?
        var value: Double?
        var badWeight: String?
        while case let .pair(key, val) = nextPair(openLine: line) {
            if isKey(key, Self.kSource) || isKey(key, Self.kTarget) {
                let isSource = isKey(key, Self.kSource)
                if let k = idKey(val) {
                    if isSource { source = k } else { target = k }
                } else {
                    report(key.line, "edge \(isSource ? "source" : "target") must be a node id, found \(describe(val))")
                }
            } else if isKey(key, Self.kWeight) || isKey(key, Self.kValue) {
                let isWeight = isKey(key, Self.kWeight)
                var number: Double?
                switch val.kind {
                case .int: number = Double(val.int)
                case .real: number = val.real
                case .string: number = ByteNumber.weight(decodeString(val))
                default: break
                }
                if let number {
                    if isWeight { weight = number } else { value = number }
                } else if isWeight || weight == nil {
                    badWeight = "\(isWeight ? "weight" : "value") \(describe(val)) is not a number"
                }
            }
            if val.kind == .open { skipList(openLine: val.line) }
        }
        guard let source, let target else {
            let missing = [source == nil ? "source" : nil, target == nil ? "target" : nil].compactMap { $0 }
            report(line, "edge without \(missing.joined(separator: " and ")); skipped")
            return
        }
        if weight == nil, let badWeight {
            report(line, "edge \(source.text) – \(target.text): \(badWeight); edge skipped")
            return
        }
        edges.append(Edge(source: source, target: target, weight: weight ?? value ?? 1, line: line))
    }
}

/// Decodes `&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;` and numeric `&#…;` references; leaves anything else as is.
func decodeEntities(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
        out += rest[..<amp]
        let after = rest[amp...]
        if let semi = after.prefix(12).firstIndex(of: ";") {
            let name = after[after.index(after: amp)..<semi]
            var replacement: String?
            switch name {
            case "quot": replacement = "\""
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "apos": replacement = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16),
                    let s = Unicode.Scalar(v)
                {
                    replacement = String(s)
                } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) {
                    replacement = String(s)
                }
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semi)...]
                continue
            }
        }
        out += "&"
        rest = after.dropFirst()
    }
    return out + rest
}
