import Bibliography
import GraphAlgorithms

public struct CitationOptions: Sendable {
    /// Below this many references matched inside the corpus, the citation networks are not built.
    public var minMatched = 2

    public init(minMatched: Int = 2) { self.minMatched = minMatched }
}

/// Citation networks from the references papers carry, matched inside the corpus by identifier (DOI, normalized
/// lower-case without resolver prefix; or a source id): the direct citation network (papers, directed, citing →
/// cited), the co-citation network (two papers cited together by a paper; weight = papers citing both) and the
/// bibliographic coupling network (two papers citing the same work, inside the corpus or not; weight = shared
/// references). Papers are nodes in corpus order; papers without any citation link are kept as isolated nodes.
/// - Complexity: O(R) matching for R references; O(Σ r_p²) for co-citation and coupling.
public enum CitationNetwork {
    public struct Result: Sendable {
        public let direct: Network
        public let cocitation: Network
        public let coupling: Network
        /// Citations received from inside the corpus, per paper.
        public let localCitations: [Int]
    }

    /// Why the corpus cannot support citation networks, with the numbers.
    public struct Unsupported: Error, Sendable, CustomStringConvertible {
        public let papers: Int
        public let papersWithReferences: Int
        public let matched: Int
        public var description: String {
            "citations: \(papersWithReferences) of \(papers) records carry references, \(matched) matched inside the corpus; citation network skipped"
        }
    }

    static func key(_ identifier: String) -> String {
        var s = identifier.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
        }
        return s
    }

    public static func build(_ corpus: Corpus, options: CitationOptions = CitationOptions())
        -> Swift.Result<Result, Unsupported>
    {
        let papers = corpus.papers
        var byIdentifier: [String: Int] = [:]
        for (i, paper) in papers.enumerated() {
            for scheme in paper.identifiers.keys.sorted() {
                let k = key(paper.identifiers[scheme]!)
                if byIdentifier[k] == nil { byIdentifier[k] = i }
            }
        }
        let withReferences = papers.filter { !$0.references.isEmpty }.count
        var direct = GraphBuilder(nodeCount: papers.count, directed: true)
        var cited: [[Int]] = []  // per citing paper: matched cited papers
        var referenceKeys: [[String]] = []
        var matched = 0
        for (i, paper) in papers.enumerated() {
            var targets: [Int] = []
            var keys: [String] = []
            var seen = Set<String>()
            for reference in paper.references {
                let k = key(reference)
                guard seen.insert(k).inserted else { continue }
                keys.append(k)
                if let j = byIdentifier[k], j != i {
                    targets.append(j)
                    direct.addEdge(i, j)
                    matched += 1
                }
            }
            cited.append(targets.sorted())
            referenceKeys.append(keys)
        }
        guard matched >= options.minMatched else {
            return .failure(Unsupported(papers: papers.count, papersWithReferences: withReferences, matched: matched))
        }
        let directGraph = direct.build()
        // Co-citation: pairs of papers cited by the same paper.
        var cocitation = GraphBuilder(nodeCount: papers.count, directed: false)
        var cocitationPairs: [(key: EdgeKey, paper: Int32)] = []
        for (p, targets) in cited.enumerated() where targets.count >= 2 {
            for a in 0..<targets.count {
                for b in (a + 1)..<targets.count {
                    cocitation.addEdge(targets[a], targets[b])
                    cocitationPairs.append((EdgeKey(targets[a], targets[b]), Int32(p)))
                }
            }
        }
        // Coupling: pairs of corpus papers sharing a reference (any reference, matched or not).
        var holders: [String: [Int]] = [:]
        for (p, keys) in referenceKeys.enumerated() { for k in keys { holders[k, default: []].append(p) } }
        var coupling = GraphBuilder(nodeCount: papers.count, directed: false)
        for k in holders.keys.sorted() {
            let list = holders[k]!
            guard list.count >= 2 else { continue }
            for a in 0..<list.count { for b in (a + 1)..<list.count { coupling.addEdge(list[a], list[b]) } }
        }
        let labels = papers.map(\.title)
        let local = (0..<papers.count).map { directGraph.inDegree($0) }
        let note =
            "\(withReferences) of \(papers.count) papers carry references; \(matched) references matched inside the corpus"
        return .success(
            Result(
                direct: Network(kind: .citations, graph: directGraph, labels: labels, notes: [note]),
                cocitation: Network(
                    kind: .cocitation, graph: cocitation.build(), labels: labels,
                    edgePapers: EdgePapers(pairs: cocitationPairs),
                    notes: ["weight = papers citing both"]),
                coupling: Network(
                    kind: .coupling, graph: coupling.build(), labels: labels,
                    notes: ["weight = references shared"]),
                localCitations: local))
    }
}
