import Foundation

/// Reads graph files (GML, GraphML, Pajek, edge lists) into a `CSRGraph` plus the file's node ids and labels.
///
/// Directedness comes from the file when it says (GML `directed`, GraphML `edgedefault`, Pajek `*Arcs`/`*Edges`),
/// else from the `directed` argument, else undirected. Parallel edges are merged by summing their weights and
/// self-loops dropped (both noted in `issues`); problems are reported with their line and reading goes on.
public enum GraphFileReader {
    /// Reads the file at `path` in `format` (detected from content and extension when nil).
    ///
    /// - Throws: `GraphFileError.unreadable` when the file cannot be read; `GraphFileError.notFormat` when it is
    ///   not that format at all (no GML `graph` list, no GraphML root, no Pajek section, no edge line at all,
    ///   binary data) or is a GraphML document declaring entities.
    public static func read(path: String, format: GraphFileFormat? = nil, directed: Bool? = nil) throws -> GraphFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GraphFileError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw GraphFileError.unreadable(path: path, reason: "is a directory") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw GraphFileError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(data: data, path: path, format: format, directed: directed)
    }

    /// Parses bytes as `read(path:format:directed:)` parses a file at `path` holding them (`path` names the
    /// format by its extension and the errors; it is not opened). The fuzzing harness and tests use it.
    public static func parse(data: Data, path: String, format: GraphFileFormat? = nil, directed: Bool? = nil) throws
        -> GraphFile
    {
        let format = format ?? Bytes.withData(data) { p, n in detect(path: path, p, n) }
        let outcome: GraphFileOutcome
        switch format {
        case .graphml: outcome = GraphMLReader.read(data: data, directed: directed)
        default: outcome = Bytes.withData(data) { p, n in parse(p, n, format: format, directed: directed) }
        }
        if let fatal = outcome.fatal { throw GraphFileError.notFormat(path: path, format: format, reason: fatal) }
        return outcome.file
    }

    /// Parses `text` as `format`. Never fails: when the text is not that format at all, the result is an empty
    /// graph whose issues say why.
    public static func parse(_ text: String, format: GraphFileFormat, directed: Bool? = nil) -> GraphFile {
        switch format {
        case .graphml: GraphMLReader.read(data: Data(text.utf8), directed: directed).file
        default: Bytes.withUTF8(text) { p, n in parse(p, n, format: format, directed: directed) }.file
        }
    }

    /// The format of a file: from its content when that is telling (`<…` XML → GraphML; a first line `*Vertices`,
    /// `*Network`, `*Edges`, `*Arcs`… → Pajek; a `graph [` list → GML), else from the extension (`.gml`;
    /// `.graphml`/`.xml`; `.net`/`.paj`/`.pajek`), else edge list. Only the first 64 KiB of `text` are examined.
    public static func detect(path: String, text: String) -> GraphFileFormat {
        Bytes.withUTF8(text) { p, n in detect(path: path, p, n) }
    }

    static func parse(_ p: UnsafePointer<UInt8>, _ n: Int, format: GraphFileFormat, directed: Bool?) -> GraphFileOutcome
    {
        switch format {
        case .edgelist: EdgeListReader.read(p, n, directed: directed)
        case .gml: GMLReader.read(p, n, directed: directed)
        case .pajek: PajekReader.read(p, n, directed: directed)
        case .graphml: GraphMLReader.read(data: Data(bytes: p, count: n), directed: directed)
        }
    }

    static func detect(path: String, _ p: UnsafePointer<UInt8>, _ n: Int) -> GraphFileFormat {
        sniff(p, min(n, 1 << 16)) ?? formatForExtension(path) ?? .edgelist
    }

    static func formatForExtension(_ path: String) -> GraphFileFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "gml": .gml
        case "graphml", "xml": .graphml
        case "net", "paj", "pajek": .pajek
        default: nil
        }
    }

    private static let pajekKeywords: Set<String> = [
        "network", "vertices", "edges", "arcs", "edgeslist", "arcslist", "matrix", "partition", "vector",
    ]
    private static let graphWord = Array("graph".utf8)

    /// A format the first bytes make clear, else nil.
    static func sniff(_ p: UnsafePointer<UInt8>, _ n: Int) -> GraphFileFormat? {
        var i = Bytes.bomLength(p, n)
        // First significant line, skipping blank and `%`/`#` comment lines.
        while i < n {
            while i < n, Bytes.isSpace(p[i]) { i += 1 }
            guard i < n else { return nil }
            if p[i] == 37 || p[i] == 35 {
                i = Bytes.lineEnd(p, i, n) + 1
                continue
            }
            break
        }
        guard i < n else { return nil }
        if p[i] == 60 { return .graphml }  // <
        if p[i] == 42 {  // *
            var j = i + 1
            while j < n, !Bytes.isSpace(p[j]) { j += 1 }
            let word = Bytes.text(p + i + 1, j - i - 1).lowercased()
            return pajekKeywords.contains(word) ? .pajek : nil
        }
        // GML: a key first, and the key `graph` followed by `[` (skipping `#` comments and strings).
        guard (p[i] | 0x20) >= 97 && (p[i] | 0x20) <= 122 else { return nil }
        var previousWasGraph = false
        while i < n {
            let b = p[i]
            if Bytes.isSpace(b) {
                i += 1
            } else if b == 35 {  // # comment
                i = Bytes.lineEnd(p, i, n)
            } else if b == 34 {  // "string"
                guard let hit = memchr(p + i + 1, 34, n - i - 1) else { return nil }
                i = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p + 1
                previousWasGraph = false
            } else if b == 91 {  // [
                if previousWasGraph { return .gml }
                i += 1
            } else {
                let start = i
                while i < n, !Bytes.isSpace(p[i]), p[i] != 91, p[i] != 34 { i += 1 }
                previousWasGraph = Bytes.equalsLowercased(p + start, i - start, graphWord)
            }
        }
        return nil
    }
}
