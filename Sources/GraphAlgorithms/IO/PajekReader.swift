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
        var log = IssueLog()
        var section = Section.none
        var sawSection = false
        var sawVertices = false
        var sawData = false
        var declared = 0
        var nodeIDs: [String] = []
        var labels: [String?] = []
        var extra: [Int: Int] = [:]  // vertex numbers beyond `declared` → node id
        var undeclaredNoted = false
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = [], isArc: [Bool] = []
        var sawArcs = false, sawEdges = false
        var skippedSections: [String] = []
        var tokens: [(start: Int, end: Int, quoted: Bool)] = []
        var line = 0
        var i = Bytes.bomLength(p, n)

        /// The node of vertex number `k`, adding it when beyond `declared`; nil (reported) for k < 1.
        func node(_ k: Int, line: Int) -> Int? {
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

        func text(_ t: (start: Int, end: Int, quoted: Bool)) -> String { Bytes.text(p + t.start, t.end - t.start) }
        func integer(_ t: (start: Int, end: Int, quoted: Bool)) -> Int? {
            t.quoted ? nil : ByteNumber.integer(p + t.start, t.end - t.start)
        }

        reading: while i < n {
            line += 1
            let end = Bytes.lineEnd(p, i, n)
            let lineStart = i
            i = end + 1
            // Tokens: whitespace separated; "…" is one token (may hold spaces).
            tokens.removeAll(keepingCapacity: true)
            var j = lineStart
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
            guard let first = tokens.first else { continue }
            if !first.quoted && p[first.start] == 37 { continue }  // % comment

            if !first.quoted && p[first.start] == 42 {  // *Section
                sawSection = true
                let keyword = text((first.start + 1, first.end, false)).lowercased()
                switch keyword {
                case "network":
                    if sawData {
                        log.add(line: line, "a second network; reading stopped here")
                        break reading
                    }
                    section = .skipped
                case "vertices":
                    if sawVertices || sawData {
                        log.add(line: line, "a second *Vertices (another network); reading stopped here")
                        break reading
                    }
                    sawVertices = true
                    guard tokens.count >= 2, let count = integer(tokens[1]), count >= 0, count < Int(Int32.max) else {
                        log.add(
                            line: line,
                            "*Vertices needs a vertex count (0 ≤ n < 2³¹); vertices will be added as lines name them")
                        section = .vertices
                        continue
                    }
                    declared = count
                    nodeIDs = (0..<count).map { String($0 + 1) }
                    labels = [String?](repeating: nil, count: count)
                    section = .vertices
                case "edges":
                    section = .edges(arcs: false)
                    sawEdges = true
                case "arcs":
                    section = .edges(arcs: true)
                    sawArcs = true
                case "edgeslist":
                    section = .lists(arcs: false)
                    sawEdges = true
                case "arcslist":
                    section = .lists(arcs: true)
                    sawArcs = true
                default:
                    skippedSections.append("*\(text((first.start + 1, first.end, false))) (line \(line))")
                    section = .skipped
                }
                continue
            }

            switch section {
            case .none:
                log.add(line: line, "data before any *Vertices/*Edges/*Arcs line; skipped")
            case .skipped:
                continue
            case .vertices:
                guard let k = integer(first) else {
                    log.add(
                        line: line,
                        "vertex line must start with a vertex number, found \(Bytes.excerpt(p + first.start, first.end - first.start)); skipped"
                    )
                    continue
                }
                guard let id = node(k, line: line) else { continue }
                if tokens.count >= 2 { labels[id] = text(tokens[1]) }
            case let .edges(arcs):
                guard tokens.count >= 2 else {
                    log.add(line: line, "an edge line needs two vertex numbers; skipped")
                    continue
                }
                guard let a = integer(tokens[0]), let b = integer(tokens[1]) else {
                    let bad = integer(tokens[0]) == nil ? tokens[0] : tokens[1]
                    log.add(
                        line: line,
                        "\(Bytes.excerpt(p + bad.start, bad.end - bad.start)) is not a vertex number; line skipped")
                    continue
                }
                var weight = 1.0
                if tokens.count >= 3 {
                    let t = tokens[2]
                    if !t.quoted, let w = ByteNumber.double(p + t.start, t.end - t.start), w.isFinite {
                        weight = w
                    } else if t.quoted || !attributeKeywords.contains(text(t).lowercased()) {
                        log.add(
                            line: line,
                            "weight \(Bytes.excerpt(p + t.start, t.end - t.start)) is not a number; line skipped")
                        continue
                    }
                }
                guard let u = node(a, line: line), let v = node(b, line: line) else { continue }
                sawData = true
                sources.append(Int32(u))
                targets.append(Int32(v))
                weights.append(weight)
                isArc.append(arcs)
            case let .lists(arcs):
                guard let a = integer(first) else {
                    log.add(
                        line: line,
                        "\(Bytes.excerpt(p + first.start, first.end - first.start)) is not a vertex number; line skipped"
                    )
                    continue
                }
                guard let u = node(a, line: line) else { continue }
                for t in tokens.dropFirst() {
                    guard let b = integer(t) else {
                        log.add(
                            line: line, "\(Bytes.excerpt(p + t.start, t.end - t.start)) is not a vertex number; skipped"
                        )
                        continue
                    }
                    guard let v = node(b, line: line) else { continue }
                    sawData = true
                    sources.append(Int32(u))
                    targets.append(Int32(v))
                    weights.append(1)
                    isArc.append(arcs)
                }
            }
        }

        guard sawSection else {
            return .notFormat(.pajek, line: 0, "no *Vertices, *Edges or *Arcs line found", directed: directed ?? false)
        }
        if !skippedSections.isEmpty { log.note("sections not read: \(skippedSections.joined(separator: ", "))") }
        let fileSays: Bool? = sawArcs ? true : (sawEdges ? false : nil)
        let isDirected = log.directedness(fileSays: fileSays, argument: directed, source: sawArcs ? "*Arcs" : "*Edges")
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
