import GraphAlgorithms

/// The per-node values every export carries (GraphML, GEXF, CSV, JSON), in one fixed order with networkx-style
/// names. Measures that were not computed (exact betweenness/closeness above the size threshold) are left out.
struct NodeAttribute {
    enum Kind: String { case int, double }
    let name: String
    let kind: Kind
    let ints: [Int]?
    let doubles: [Double]?

    init(_ name: String, _ values: [Int]) {
        self.name = name
        kind = .int
        ints = values
        doubles = nil
    }
    init(_ name: String, _ values: [Double]) {
        self.name = name
        kind = .double
        ints = nil
        doubles = values
    }

    func text(_ node: Int) -> String {
        switch kind {
        case .int: return String(ints![node])
        case .double:
            // NaN (a node without any dated paper has no average year) is a valid xs:double and reads back in
            // networkx, igraph and pandas; JSON gets null (`json`).
            let v = doubles![node]
            return v.isNaN ? "NaN" : Report.exact(v)
        }
    }

    func json(_ node: Int) -> JSONValue {
        switch kind {
        case .int: return .int(ints![node])
        case .double: return .double(doubles![node])
        }
    }

    static func all(_ net: AnalyzedNetwork) -> [NodeAttribute] {
        let m = net.measures
        let g = net.graph
        var list: [NodeAttribute] = []
        if net.nodeKind == .author { list.append(.init("papers", net.papers)) }
        if let local = net.localCitations { list.append(.init("localCitations", local)) }
        if net.avgYear.count == g.nodeCount { list.append(.init("avgYear", net.avgYear)) }
        if let v = net.avgCitations { list.append(.init("avgCitations", v)) }
        list.append(.init("degree", m.degree))
        if g.isDirected {
            list.append(.init("inDegree", (0..<g.nodeCount).map { g.inDegree($0) }))
            list.append(.init("outDegree", (0..<g.nodeCount).map { g.degree($0) }))
        }
        list.append(.init("strength", m.strength))
        if let v = m.betweenness { list.append(.init("betweenness", v)) }
        if let v = m.betweennessWeighted { list.append(.init("betweennessWeighted", v)) }
        if let v = m.closeness { list.append(.init("closeness", v)) }
        if let v = m.closenessWeighted { list.append(.init("closenessWeighted", v)) }
        if let v = m.harmonic { list.append(.init("harmonic", v)) }
        if let v = m.harmonicWeighted { list.append(.init("harmonicWeighted", v)) }
        list.append(.init("eigenvector", m.eigenvector))
        list.append(.init("eigenvectorPerComponent", m.eigenvectorPerComponent))
        list.append(.init("pagerank", m.pagerank))
        list.append(.init("coreness", m.coreness))
        list.append(.init("clustering", m.clustering))
        list.append(.init("community", m.community))
        return list
    }
}

extension NodeAttribute {
    /// Writes the value of `node` as `text` does, straight to `out`.
    func write(_ node: Int, to out: ByteWriter) {
        switch kind {
        case .int: out.write(ints![node])
        case .double:
            let v = doubles![node]
            if v.isNaN { out.write("NaN" as StaticString) } else { out.write(v) }
        }
    }
}
