import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads GraphML with `XMLParser`: `<key>` declarations (with `<default>`), the first top-level `<graph>` and its
/// `edgedefault`, `<node id>`, `<edge source target>` and their `<data key>` values. Edge weight: the data of the
/// edge key whose `attr.name` is `weight` (else `value`), else that key's default, else 1. Node label: the data of the
/// node key named `label` (else `name`), else a yEd `<y:NodeLabel>`.
///
/// Nested graphs are flattened, further top-level graphs and hyperedges ignored, and a per-edge `directed`
/// attribute that disagrees with the graph ignored — each noted once. External entities are never resolved, and a
/// document type declaration that declares entities is refused before parsing (no entity expansion at all).
enum GraphMLReader {
    static func read(data: Data, directed: Bool?) -> GraphFileOutcome {
        if let line = entityDeclarationLine(data) {
            return .notFormat(
                .graphml, line: line,
                "the document type declaration declares entities (<!ENTITY>); refused without expanding them",
                directed: directed ?? false)
        }
        // Foundation's XMLParser traps on element and attribute names that are not UTF-8 (libxml2 hands them over
        // as they are), so such a file is refused here with the line of the first bad byte.
        if let line = invalidUTF8Line(data) {
            return .notFormat(
                .graphml, line: line, "the file is not valid UTF-8 (GraphML is read as UTF-8)",
                directed: directed ?? false)
        }
        let delegate = GraphMLCollector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.finish(directed: directed)
    }

    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let entity = Array("<!ENTITY".utf8)

    /// The line of the first byte that is not UTF-8, if any.
    static func invalidUTF8Line(_ data: Data) -> Int? {
        Bytes.withData(data) { p, n in Bytes.firstInvalidUTF8(p, n).map { Bytes.lineNumber(of: $0, in: p) } }
    }

    /// The line of an `<!ENTITY` declaration inside a `<!DOCTYPE`, if any.
    static func entityDeclarationLine(_ data: Data) -> Int? {
        Bytes.withData(data) { p, n in
            guard let dt = Bytes.find(doctype, in: p, n), let at = Bytes.find(entity, in: p, from: dt, n) else {
                return nil
            }
            return Bytes.lineNumber(of: at, in: p)
        }
    }
}

/// SAX delegate collecting GraphML keys, nodes and edges; `finish` resolves them into a `GraphFile`.
final class GraphMLCollector: NSObject, XMLParserDelegate {
    private struct Key {
        var domain: String
        var name: String?
        var defaultValue: String?
    }

    private struct Element {
        var id: String?
        var line: Int
        var data: [(key: String, value: String)] = []
        var yLabel: String?
    }

    private struct Edge {
        var source: String?
        var target: String?
        var directedAttribute: Bool?
        var line: Int
        var data: [(key: String, value: String)] = []
    }

    private var log = IssueLog()
    private var keys: [String: Key] = [:]
    private var keyOrder: [String] = []
    private var nodes: [Element] = []
    private var edges: [Edge] = []

    private var sawRoot = false
    private var rootError: String?
    private var xmlError: (line: Int, message: String)?
    private var graphCount = 0
    private var graphDepth = 0
    private var nestedGraphs = 0
    private var ignoredGraphs = 0
    private var hyperedges = 0
    private var edgeDefault: Bool?

    /// One frame per open element outside `<data>` and ignored graphs.
    private enum Frame { case node(Int), edge(Int), graph, key, defaultValue, other }
    private var stack: [Frame] = []
    /// Open elements inside an ignored top-level graph (including it); 0 when not ignoring.
    private var ignoreDepth = 0
    /// Open elements inside the current `<data>` (including it); 0 outside data.
    private var dataDepth = 0
    private var dataKey = ""
    private var dataHasChildren = false
    /// Open elements inside a yEd `<y:NodeLabel>` (including it).
    private var yLabelDepth = 0
    private var yLabelText = ""
    private var currentKey: String?
    private var text = ""

    private func local(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return Substring(name)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        let name = local(elementName)
        let line = parser.lineNumber
        if !sawRoot {
            sawRoot = true
            stack.append(.other)
            if name != "graphml" {
                rootError = "the root element is <\(elementName)>, not <graphml>"
                parser.abortParsing()
            }
            return
        }
        if ignoreDepth > 0 {
            ignoreDepth += 1
            return
        }
        if dataDepth > 0 {
            startInsideData(name)
            return
        }
        switch name {
        case "key": startKey(attributes, line: line)
        case "default":
            stack.append(.defaultValue)
            text = ""
        case "graph": startGraph(attributes, line: line)
        case "node" where graphDepth > 0:
            if attributes["id"] == nil { log.add(line: line, "<node> without an id; skipped") }
            nodes.append(Element(id: attributes["id"], line: line))
            stack.append(.node(nodes.count - 1))
        case "edge" where graphDepth > 0:
            var edge = Edge(source: attributes["source"], target: attributes["target"], line: line)
            switch attributes["directed"] {
            case "true", "1": edge.directedAttribute = true
            case "false", "0": edge.directedAttribute = false
            default: break
            }
            edges.append(edge)
            stack.append(.edge(edges.count - 1))
        case "data":
            dataDepth = 1
            dataKey = attributes["key"] ?? ""
            if attributes["key"] == nil { log.add(line: line, "<data> without a key; ignored") }
            dataHasChildren = false
            yLabelDepth = 0
            text = ""
        default:
            if name == "hyperedge" { hyperedges += 1 }
            stack.append(.other)
        }
    }

    /// An element inside `<data>`: the data has structure (not read as text), unless it is a yEd node label.
    private func startInsideData(_ name: Substring) {
        dataDepth += 1
        dataHasChildren = true
        if yLabelDepth > 0 {
            yLabelDepth += 1
        } else if name == "NodeLabel" {
            yLabelDepth = 1
            yLabelText = ""
        }
    }

    private func startKey(_ attributes: [String: String], line: Int) {
        stack.append(.key)
        guard let id = attributes["id"] else {
            log.add(line: line, "<key> without an id; ignored")
            currentKey = nil
            return
        }
        if keys[id] == nil { keyOrder.append(id) }
        keys[id] = Key(domain: attributes["for"] ?? "all", name: attributes["attr.name"], defaultValue: nil)
        currentKey = id
    }

    /// A `<graph>`: the first top-level one is read (with its `edgedefault`), nested ones are flattened into it,
    /// further top-level ones ignored.
    private func startGraph(_ attributes: [String: String], line: Int) {
        if graphDepth == 0 {
            graphCount += 1
            if graphCount > 1 {
                ignoredGraphs += 1
                ignoreDepth = 1
                return
            }
            switch attributes["edgedefault"] {
            case "directed": edgeDefault = true
            case "undirected": edgeDefault = false
            case nil: break
            case let other?: log.add(line: line, "unknown edgedefault \"\(other)\"; ignored")
            }
        } else {
            nestedGraphs += 1
        }
        graphDepth += 1
        stack.append(.graph)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        if ignoreDepth > 0 {
            ignoreDepth -= 1
            return
        }
        if dataDepth > 0 {
            dataDepth -= 1
            if yLabelDepth > 0 {
                yLabelDepth -= 1
                if yLabelDepth == 0, case let .node(index)? = stack.last, nodes[index].yLabel == nil {
                    let label = yLabelText.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !label.isEmpty { nodes[index].yLabel = label }
                }
            }
            guard dataDepth == 0 else { return }
            if !dataKey.isEmpty, !dataHasChildren {
                switch stack.last {
                case let .node(index)?: nodes[index].data.append((dataKey, text))
                case let .edge(index)?: edges[index].data.append((dataKey, text))
                default: break
                }
            }
            text = ""
            return
        }
        guard let frame = stack.popLast() else { return }
        switch frame {
        case .key: currentKey = nil
        case .defaultValue:
            if case .key? = stack.last, let id = currentKey { keys[id]?.defaultValue = text }
            text = ""
        case .graph: graphDepth -= 1
        default: break
        }
    }

    private var collectingText: Bool {
        if dataDepth > 0 { return true }
        if case .defaultValue? = stack.last { return true }
        return false
    }

    private func collect(_ string: String) {
        guard ignoreDepth == 0 else { return }
        if yLabelDepth > 0 { yLabelText += string }
        if collectingText { text += string }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { collect(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        collect(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard rootError == nil, xmlError == nil else { return }
        let code = (parseError as NSError).code
        xmlError = (parser.lineNumber, "XML error \(code) (\(Self.describe(code)))")
    }

    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: "document is empty or not XML"
        case 5: "premature end of document"
        case 9: "invalid character"
        case 26: "undeclared entity"
        case 38, 39, 40, 41: "malformed attribute"
        case 64, 65, 68, 73, 76, 77: "malformed or mismatched tag"
        default: "not well-formed"
        }
    }

    // MARK: Resolution

    private func keyID(domain: String, names: [String]) -> String? {
        for wanted in names {
            for id in keyOrder {
                guard let key = keys[id], key.domain == domain || key.domain == "all" else { continue }
                if (key.name ?? id).lowercased() == wanted { return id }
            }
        }
        return nil
    }

    func finish(directed argument: Bool?) -> GraphFileOutcome {
        if let rootError {
            return .notFormat(.graphml, line: 1, rootError, directed: argument ?? false)
        }
        if !sawRoot {
            let reason = xmlError.map { "not XML: \($0.message)" } ?? "no XML element found"
            return .notFormat(.graphml, line: xmlError?.line ?? 0, reason, directed: argument ?? false)
        }
        if let xmlError {
            log.add(line: xmlError.line, "\(xmlError.message); reading stopped here")
        }
        if graphCount == 0 { log.note("no <graph> element") }
        let isDirected = log.directedness(fileSays: edgeDefault, argument: argument, source: "GraphML `edgedefault`")
        var list = declaredNodes()
        var sink = EdgeSink(directed: isDirected, reserve: edges.count)
        let disagreeing = addEdges(to: &sink, nodes: &list, directed: isDirected)
        if disagreeing > 0 {
            log.note(
                "\(disagreeing) edge\(disagreeing == 1 ? " has" : "s have") a `directed` attribute differing from the graph's (\(isDirected ? "directed" : "undirected")); ignored"
            )
        }
        if nestedGraphs > 0 {
            log.note("\(nestedGraphs) nested graph\(nestedGraphs == 1 ? "" : "s") flattened into the top-level graph")
        }
        if ignoredGraphs > 0 { log.note("only the first <graph> was read; \(ignoredGraphs) more ignored") }
        if hyperedges > 0 { log.note("\(hyperedges) hyperedge\(hyperedges == 1 ? "" : "s") ignored") }
        let graph = sink.finish(nodeCount: list.ids.count, log: &log)
        return GraphFileOutcome(
            file: GraphFile(graph: graph, nodeIDs: list.ids, labels: list.labels, format: .graphml, issues: log.issues),
            fatal: nil)
    }

    /// The nodes of the graph so far: ids, labels, the node of each id and the line each was first seen on.
    private struct NodeList {
        var ids: [String] = []
        var labels: [String?] = []
        var index: [String: Int] = [:]
        var firstLine: [Int] = []

        mutating func add(_ id: String, label: String?, line: Int) {
            index[id] = ids.count
            ids.append(id)
            firstLine.append(line)
            labels.append(label)
        }
    }

    /// The declared nodes with their labels (the label key's data, else its default, else a yEd label); a
    /// repeated id is reported and ignored.
    private func declaredNodes() -> NodeList {
        let labelKey = keyID(domain: "node", names: ["label", "name"])
        let defaultLabel = labelKey.flatMap { keys[$0]?.defaultValue }
        var list = NodeList()
        for node in nodes {
            guard let id = node.id else { continue }
            if let first = list.index[id] {
                log.add(
                    line: node.line, "duplicate node id \"\(id)\" (first on line \(list.firstLine[first])); ignored")
                continue
            }
            let data = labelKey.flatMap { key in node.data.last { $0.key == key }?.value }
            list.add(id, label: data ?? defaultLabel ?? node.yLabel, line: node.line)
        }
        return list
    }

    /// The weight key (named `weight`, else `value`) and the weight of an edge without its data (the key's
    /// default, else 1; a default that is not a number is noted).
    private func weightKeyAndDefault() -> (key: String?, defaultWeight: Double) {
        let weightKey = keyID(domain: "edge", names: ["weight", "value"])
        guard let weightKey, let text = keys[weightKey]?.defaultValue else { return (weightKey, 1) }
        if let w = ByteNumber.weight(text) { return (weightKey, w) }
        log.note("the default of edge key \"\(weightKey)\" (\(text)) is not a number; 1 used")
        return (weightKey, 1)
    }

    /// Feeds the edges to `sink`, adding undeclared end nodes (reported); returns how many edges have a
    /// `directed` attribute differing from the graph's.
    private func addEdges(to sink: inout EdgeSink, nodes list: inout NodeList, directed isDirected: Bool) -> Int {
        let (weightKey, defaultWeight) = weightKeyAndDefault()
        var disagreeing = 0
        for edge in edges {
            guard let source = edge.source, let target = edge.target else {
                log.add(line: edge.line, "<edge> without \(edge.source == nil ? "source" : "target"); skipped")
                continue
            }
            var weight = defaultWeight
            if let weightKey, let text = edge.data.last(where: { $0.key == weightKey })?.value {
                guard let w = ByteNumber.weight(text) else {
                    log.add(
                        line: edge.line, "edge \(source) – \(target): weight \"\(text)\" is not a number; edge skipped")
                    continue
                }
                weight = w
            }
            var ends = [0, 0]
            for (k, id) in [source, target].enumerated() {
                if let known = list.index[id] {
                    ends[k] = known
                } else {
                    ends[k] = list.ids.count
                    list.add(id, label: nil, line: edge.line)
                    log.add(line: edge.line, "edge refers to undeclared node \"\(id)\"; node added")
                }
            }
            if let d = edge.directedAttribute, d != isDirected { disagreeing += 1 }
            sink.add(ends[0], ends[1], weight: weight)
        }
        return disagreeing
    }
}
