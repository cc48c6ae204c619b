import Foundation

/// Reads Pajek `.net` files: `*Vertices n` followed by optional `k "label" …` lines (vertex numbers 1-based; vertex
/// `k` becomes node `k - 1`), `*Edges` / `*Arcs` lines `u v [weight] [attributes…]`, `*Edgeslist` / `*Arcslist` lines
/// `u v1 v2 …`, and `%` comment lines. Section keywords are case-insensitive; `*Network` is skipped, other sections
/// (`*Matrix`, `*Partition`, …) are skipped and noted.
///
/// Any `*Arcs`/`*Arcslist` section makes the graph directed (then each `*Edges` line becomes two arcs); only
/// `*Edges`/`*Edgeslist` makes it undirected. Vertex numbers beyond `n` add nodes (reported); a second network
/// (a second `*Vertices` or `*Network` after data) ends reading.
enum PajekReader {
    private enum Section {
        case none
        case vertices
        case edges(arcs: Bool)
        case lists(arcs: Bool)
        case skipped
    }

    /// Edge attribute keywords that may follow the two vertex numbers instead of a weight.
    private static let attributeKeywords: Set<String> = [
        "w", "c", "p", "s", "a", "k", "l", "lp", "lr", "lphi", "lc", "la", "lo", "fos", "font", "h1", "h2",
        "a1", "a2", "k1", "k2", "ap", "ip", "cb",
    ]

    static func read(_ p: UnsafePointer<UInt8>, _ n: Int, directed: Bool?) -> GraphFileOutcome {
        let parser = Parser(p, bytes: n)
        var i = Bytes.bomLength(p, n)
        while i < n {
            let end = Bytes.lineEnd(p, i, n)
            if !parser.readLine(from: i, to: end) { break }
            i = end + 1
        }
        return parser.finish(directed: directed)
    }

    /// A token of a line: bytes `start..<end`; `quoted` when it was written `"…"` (the quotes excluded).
    private typealias Token = (start: Int, end: Int, quoted: Bool)

    /// The reading state, one line at a time: the current section, the vertices (declared and added), the edges
    /// read so far and what the file said about itself.
    private final class Parser {
        let p: UnsafePointer<UInt8>
        var log = IssueLog()
        var section = Section.none
        var sawSection = false
        var sawVertices = false
        var sawData = false
        var declared = 0
        var nodeIDs = NodeIDs(numbered: 0)
        var labels = NodeLabels(count: 0)
        var extra: [Int: Int] = [:]  // vertex numbers beyond `declared` → node id
        var undeclaredNoted = false
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = [], isArc: [Bool] = []
        var sawArcs = false, sawEdges = false
        var skippedSections: [String] = []
        var tokens: [Token] = []
        var line = 0

        /// A declared vertex count is trusted up to this many vertices (a million, or 64 per byte of the file), so
        /// a 38-byte file declaring two billion vertices cannot take gigabytes.
        let declarationLimit: Int

        init(_ p: UnsafePointer<UInt8>, bytes: Int) {
            self.p = p
            declarationLimit = max(1_000_000, bytes.multipliedReportingOverflow(by: 64).partialValue)
        }

        /// Reads the line `p[start..<end]`; false when reading stops there (a second network).
        func readLine(from start: Int, to end: Int) -> Bool {
            line += 1
            tokenize(start, end)
            guard let first = tokens.first else { return true }
            if !first.quoted && p[first.start] == 37 { return true }  // % comment
            if !first.quoted && p[first.start] == 42 { return sectionLine(first) }  // *Section
            switch section {
            case .none: log.add(line: line, "data before any *Vertices/*Edges/*Arcs line; skipped")
            case .skipped: break
            case .vertices: vertexLine(first)
            case let .edges(arcs): edgeLine(arcs: arcs)
            case let .lists(arcs): listLine(first, arcs: arcs)
            }
            return true
        }

        /// Splits the line into `tokens`: whitespace separated; "…" is one token (may hold spaces).
        private func tokenize(_ start: Int, _ end: Int) {
            tokens.removeAll(keepingCapacity: true)
            var j = start
            while j < end {
                while j < end, Bytes.isSpace(p[j]) { j += 1 }
                guard j < end else { break }
                if p[j] == 34 {
                    let start = j + 1
                    j = start
                    while j < end, p[j] != 34 { j += 1 }
                    tokens.append((start, j, true))
                    j += 1
                } else {
                    let start = j
                    while j < end, !Bytes.isSpace(p[j]) { j += 1 }
                    tokens.append((start, j, false))
                }
            }
        }

        private func text(_ t: Token) -> String { Bytes.text(p + t.start, t.end - t.start) }
        private func integer(_ t: Token) -> Int? { t.quoted ? nil : ByteNumber.integer(p + t.start, t.end - t.start) }
        private func excerpt(_ t: Token) -> String { Bytes.excerpt(p + t.start, t.end - t.start) }

        /// A `*Section` line; false when it starts a second network.
        private func sectionLine(_ first: Token) -> Bool {
            sawSection = true
            let keyword = text((first.start + 1, first.end, false)).lowercased()
            switch keyword {
            case "network":
                if sawData {
                    log.add(line: line, "a second network; reading stopped here")
                    return false
                }
                section = .skipped
            case "vertices":
                if sawVertices || sawData {
                    log.add(line: line, "a second *Vertices (another network); reading stopped here")
                    return false
                }
                sawVertices = true
                verticesLine()
            case "edges", "edgeslist":
                section = keyword == "edges" ? .edges(arcs: false) : .lists(arcs: false)
                sawEdges = true
            case "arcs", "arcslist":
                section = keyword == "arcs" ? .edges(arcs: true) : .lists(arcs: true)
                sawArcs = true
            default:
                skippedSections.append("*\(text((first.start + 1, first.end, false))) (line \(line))")
                section = .skipped
            }
            return true
        }

        /// `*Vertices n`: declares vertices `1...n`.
        private func verticesLine() {
            section = .vertices
            guard tokens.count >= 2, let count = integer(tokens[1]), count >= 0, count < Int(Int32.max) else {
                log.add(
                    line: line,
                    "*Vertices needs a vertex count (0 ≤ n < 2³¹); vertices will be added as lines name them")
                return
            }
            guard count <= declarationLimit else {
                log.add(
                    line: line,
                    "*Vertices \(count) is far more than a file of this size can describe (at most \(declarationLimit) vertices are created from a count); vertices will be added as lines name them"
                )
                return
            }
            declared = count
            // Vertex names are implicit and labels sparse: a declared count costs no memory per vertex here.
            nodeIDs = NodeIDs(numbered: count)
            labels = NodeLabels(count: count)
        }

        /// `k "label" …` in `*Vertices`.
        private func vertexLine(_ first: Token) {
            guard let k = integer(first) else {
                log.add(line: line, "vertex line must start with a vertex number, found \(excerpt(first)); skipped")
                return
            }
            guard let id = node(k) else { return }
            if tokens.count >= 2 { labels[id] = text(tokens[1]) }
        }

        /// `u v [weight] [attributes…]` in `*Edges` / `*Arcs`.
        private func edgeLine(arcs: Bool) {
            guard tokens.count >= 2 else {
                log.add(line: line, "an edge line needs two vertex numbers; skipped")
                return
            }
            guard let a = integer(tokens[0]), let b = integer(tokens[1]) else {
                let bad = integer(tokens[0]) == nil ? tokens[0] : tokens[1]
                log.add(line: line, "\(excerpt(bad)) is not a vertex number; line skipped")
                return
            }
            var weight = 1.0
            if tokens.count >= 3 {
                let t = tokens[2]
                if !t.quoted, let w = ByteNumber.double(p + t.start, t.end - t.start), w.isFinite {
                    weight = w
                } else if t.quoted || !attributeKeywords.contains(text(t).lowercased()) {
                    log.add(line: line, "weight \(excerpt(t)) is not a number; line skipped")
                    return
                }
            }
            guard let u = node(a), let v = node(b) else { return }
            addEdge(u, v, weight: weight, arc: arcs)
        }

        /// `u v1 v2 …` in `*Edgeslist` / `*Arcslist`.
        private func listLine(_ first: Token, arcs: Bool) {
            guard let a = integer(first) else {
                log.add(line: line, "\(excerpt(first)) is not a vertex number; line skipped")
                return
            }
            guard let u = node(a) else { return }
            for t in tokens.dropFirst() {
                guard let b = integer(t) else {
                    log.add(line: line, "\(excerpt(t)) is not a vertex number; skipped")
                    continue
                }
                guard let v = node(b) else { continue }
                addEdge(u, v, weight: 1, arc: arcs)
            }
        }

        private func addEdge(_ u: Int, _ v: Int, weight: Double, arc: Bool) {
            sawData = true
            sources.append(Int32(u))
            targets.append(Int32(v))
            weights.append(weight)
            isArc.append(arc)
        }

        /// The node of vertex number `k`, adding it when beyond `declared`; nil (reported) for k < 1.
        private func node(_ k: Int) -> Int? {
            guard k >= 1 else {
                log.add(line: line, "vertex number \(k) is not ≥ 1; skipped")
                return nil
            }
            if k <= declared { return k - 1 }
            if let id = extra[k] { return id }
            let id = nodeIDs.count
            extra[k] = id
            nodeIDs.append(String(k))
            labels.append(nil)
            if sawVertices {
                log.add(line: line, "vertex \(k) is beyond *Vertices \(declared); node added")
            } else if !undeclaredNoted {
                undeclaredNoted = true
                log.add(line: line, "no *Vertices line before the first edge; vertices added as edges name them")
            }
            return id
        }

        /// The graph and the whole-file findings.
        func finish(directed: Bool?) -> GraphFileOutcome {
            guard sawSection else {
                return .notFormat(
                    .pajek, line: 0, "no *Vertices, *Edges or *Arcs line found", directed: directed ?? false)
            }
            if !skippedSections.isEmpty { log.note("sections not read: \(skippedSections.joined(separator: ", "))") }
            let fileSays: Bool? = sawArcs ? true : (sawEdges ? false : nil)
            let isDirected = log.directedness(
                fileSays: fileSays, argument: directed, source: sawArcs ? "*Arcs" : "*Edges")
            if sawArcs && sawEdges {
                log.note("the file has both *Edges and *Arcs: read as directed, each edge as two opposite arcs")
            }
            var sink = EdgeSink(directed: isDirected, reserve: sources.count)
            for e in 0..<sources.count {
                let u = Int(sources[e]), v = Int(targets[e])
                sink.add(u, v, weight: weights[e])
                if isDirected && !isArc[e] && u != v { sink.add(v, u, weight: weights[e]) }
            }
            let graph = sink.finish(nodeCount: nodeIDs.count, log: &log)
            return GraphFileOutcome(
                file: GraphFile(graph: graph, nodeIDs: nodeIDs, labels: labels, format: .pajek, issues: log.issues),
                fatal: nil)
        }
    }
}
