import Foundation

/// Reads `u v [weight]` lines: columns separated by spaces, tabs or commas; `#` and `%` start comment lines (and end
/// a line's data); blank lines are skipped. Node ids are the tokens as written (`7` and `007` are different nodes),
/// numbered in first-seen order. Columns after the third are ignored (noted once).
///
/// A line with one column or a non-numeric weight is reported with its line number and skipped. A first data line
/// that looks like a column header is reported and skipped: its third column is not a number
/// (`author_i author_j joint_papers`), or it has two non-numeric columns while the next data line has numeric ids
/// (`source target`). A first data line of two whole numbers `n m` followed by exactly `m` data lines is a header of
/// counts (SNAP's CA-GrQc as distributed with `5242 28980`: nodes, lines) and is reported, not read as an edge
/// (networkx's `read_edgelist` would read it as an edge).
///
/// A file in which more data lines are unreadable than read as edges is not an edge list (a BibTeX file, a
/// report): it is refused rather than measured.
///
/// Works on the bytes: no per-line or per-token `String` is made, so millions of lines take seconds.
enum EdgeListReader {
    static func read(_ p: UnsafePointer<UInt8>, _ n: Int, directed: Bool?) -> GraphFileOutcome {
        var log = IssueLog()
        let isDirected = log.directedness(fileSays: nil, argument: directed, source: "edge list")
        if memchr(p, 0, min(n, 1 << 16)) != nil {
            return .notFormat(.edgelist, line: 0, "binary data (NUL bytes), not a text edge list", directed: isDirected)
        }
        // About 16 bytes per line in typical files.
        let table = ByteStringTable(expectedCount: min(n / 64, 1 << 22))
        var sink = EdgeSink(directed: isDirected, reserve: min(n / 14, 1 << 26))
        var i = Bytes.bomLength(p, n)
        var line = 0
        var dataLines = 0
        var skippedLines = 0
        var wideLines = 0
        // First data line held back when it might be a `source target` header.
        var pending: (line: Int, us: Int, ue: Int, vs: Int, ve: Int)?

        while i < n {
            line += 1
            let end = Bytes.lineEnd(p, i, n)
            let (tokenCount, s0, e0, s1, e1, s2, e2) = split(p, i, end)
            i = end + 1
            if tokenCount == 0 { continue }
            dataLines += 1
            if tokenCount == 1 {
                log.add(
                    line: line,
                    "only one column (\(Bytes.excerpt(p + s0, e0 - s0))); an edge needs two node ids; line skipped")
                skippedLines += 1
                continue
            }
            var weight = 1.0
            if tokenCount >= 3 {
                if tokenCount > 3 { wideLines += 1 }
                if let w = ByteNumber.double(p + s2, e2 - s2), w.isFinite {
                    weight = w
                } else if dataLines == 1 {
                    log.add(
                        line: line,
                        "looks like a column header (third column \(Bytes.excerpt(p + s2, e2 - s2)) is not a number); line skipped"
                    )
                    continue
                } else {
                    log.add(line: line, "weight \(Bytes.excerpt(p + s2, e2 - s2)) is not a number; line skipped")
                    skippedLines += 1
                    continue
                }
            } else if dataLines == 1, let notice = countsHeader(p, s0, e0, s1, e1, rest: i, n) {
                log.add(line: line, notice)
                continue
            } else if dataLines == 1, !isNumber(p + s0, e0 - s0), !isNumber(p + s1, e1 - s1) {
                pending = (line, s0, e0, s1, e1)
                continue
            }
            if let held = pending {
                pending = nil
                if isNumber(p + s0, e0 - s0) && isNumber(p + s1, e1 - s1) {
                    log.add(
                        line: held.line,
                        "looks like a column header (\(Bytes.excerpt(p + held.us, held.ve - held.us)) above numeric ids); line skipped"
                    )
                } else {
                    sink.add(
                        table.id(inserting: p + held.us, count: held.ue - held.us),
                        table.id(inserting: p + held.vs, count: held.ve - held.vs), weight: 1)
                }
            }
            let u = table.id(inserting: p + s0, count: e0 - s0)
            let v = table.id(inserting: p + s1, count: e1 - s1)
            sink.add(u, v, weight: weight)
        }
        if let held = pending {
            sink.add(
                table.id(inserting: p + held.us, count: held.ue - held.us),
                table.id(inserting: p + held.vs, count: held.ve - held.vs), weight: 1)
        }
        return finish(
            table: table, sink: sink, log: &log, lines: (dataLines, skippedLines), wideLines: wideLines)
    }

    /// The whole-file notes, the graph and the node ids.
    private static func finish(
        table: ByteStringTable, sink: EdgeSink, log: inout IssueLog, lines: (data: Int, skipped: Int), wideLines: Int
    ) -> GraphFileOutcome {
        let skippedLines = lines.skipped
        if wideLines > 0 {
            log.note(
                "\(wideLines) line\(wideLines == 1 ? " has" : "s have") more than 3 columns; columns after the third were ignored"
            )
        }
        let graph = sink.finish(nodeCount: table.count, log: &log)
        var fatal: String?
        if sink.count == 0 && skippedLines > 0 {
            fatal = "no line holds an edge (\(skippedLines) line\(skippedLines == 1 ? "" : "s") could not be read)"
            log.note(fatal!)
        } else if skippedLines > sink.count + sink.negative {
            fatal =
                "\(skippedLines) of \(lines.data) data lines are not `u v [weight]` lines, more than the lines read as edges"
            log.note(fatal!)
        }
        let nodeIDs = (0..<table.count).map { id in table.withKey(id) { Bytes.withBase($0, Bytes.text) } }
        let file = GraphFile(
            graph: graph, nodeIDs: nodeIDs, labels: [String?](repeating: nil, count: table.count),
            format: .edgelist, issues: log.issues)
        return GraphFileOutcome(file: file, fatal: fatal)
    }

    /// The first three tokens of the line `p[start..<end]` (bytes `s..<e`) and the number of tokens; a `#` or `%`
    /// ends the line's data.
    @inline(__always)
    private static func split(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (
        count: Int, s0: Int, e0: Int, s1: Int, e1: Int, s2: Int, e2: Int
    ) {
        var tokens = 0
        var s0 = 0, e0 = 0, s1 = 0, e1 = 0, s2 = 0, e2 = 0
        var j = start
        while true {
            while j < end, isSeparator(p[j]) { j += 1 }
            if j >= end || p[j] == 35 || p[j] == 37 { break }  // `#`, `%`: comment to end of line
            let start = j
            while j < end, !isSeparator(p[j]) { j += 1 }
            switch tokens {
            case 0:
                s0 = start
                e0 = j
            case 1:
                s1 = start
                e1 = j
            case 2:
                s2 = start
                e2 = j
            default: break
            }
            tokens += 1
        }
        return (tokens, s0, e0, s1, e1, s2, e2)
    }

    /// The notice for a header of counts — the first data line (tokens `s0..<e0`, `s1..<e1`) is two whole numbers
    /// `n m` and exactly `m` data lines follow from `rest` — else nil. Stops counting once past `m`.
    private static func countsHeader(
        _ p: UnsafePointer<UInt8>, _ s0: Int, _ e0: Int, _ s1: Int, _ e1: Int, rest: Int, _ n: Int
    ) -> String? {
        guard let nodes = ByteNumber.integer(p + s0, e0 - s0), let lines = ByteNumber.integer(p + s1, e1 - s1),
            nodes >= 0, lines >= 0
        else { return nil }
        var following = 0
        var i = rest
        while i < n && following <= lines {
            let end = Bytes.lineEnd(p, i, n)
            var j = i
            while j < end, isSeparator(p[j]) { j += 1 }
            if j < end && p[j] != 35 && p[j] != 37 { following += 1 }
            i = end + 1
        }
        guard following == lines else { return nil }
        return "\(nodes) \(lines) read as a header of counts (\(lines) data lines follow), not as an edge; line skipped"
    }

    /// Space, tab, CR, other ASCII controls, comma.
    @inline(__always) private static func isSeparator(_ b: UInt8) -> Bool { b <= 32 || b == 44 }

    @inline(__always) private static func isNumber(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        ByteNumber.double(p, count) != nil
    }
}
