import Foundation
import GraphAlgorithms

/// Describes the communities of a network for the reports: members ranked by the size measure, the terms most
/// specific to the community's papers, and its key papers.
///
/// Term score = (community papers using the term) × ln(P / papers using it anywhere) — TF-IDF over the
/// community's papers as one document; ties by term. Key papers: the most members among their authors (author
/// networks) or the most local citations (paper networks), then year (newest), then title.
/// Only the `limit` largest communities get terms and key papers; every community gets its members.
/// - Complexity: O(N log N + Σ_c Σ_{p ∈ papers(c)} terms(p)).
enum CommunitySummarizer {
    static let limit = 200

    static func summarize(
        _ net: AnalyzedNetwork, sizeBy: NodeMeasure, terms: PaperTerms,
        papersOfNode: (Int) -> [Int]
    ) -> [CommunitySummary] {
        let m = net.measures
        guard m.communityCount > 0 else { return [] }
        var members = [[Int]](repeating: [], count: m.communityCount)
        for node in net.ranking(by: sizeBy) { members[m.community[node]].append(node) }
        let totalPapers = Double(max(terms.terms.count, 1))
        return members.enumerated().map { id, nodes in
            guard id < limit else {
                return CommunitySummary(id: id, size: nodes.count, members: nodes, topTerms: [], keyPapers: [])
            }
            var paperScore: [Int: Int] = [:]
            for node in nodes { for p in papersOfNode(node) { paperScore[p, default: 0] += 1 } }
            var termCount: [String: Int] = [:]
            for p in paperScore.keys { for t in terms.terms[p] { termCount[t, default: 0] += 1 } }
            let scored = termCount.map { term, count in
                (
                    term,
                    Double(count) * log(totalPapers / Double(terms.documentFrequency[term] ?? 1)) + Double(count) * 1e-9
                )
            }
            let topTerms = scored.filter { $0.1 > 0 && termCountOK($0.0, termCount) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(8).map(\.0)
            let key: [Int]
            if let local = net.localCitations {
                key = paperScore.keys.sorted { (local[$0], $1) > (local[$1], $0) }.prefix(5).map { $0 }
            } else {
                key = paperScore.keys.sorted { a, b in
                    if paperScore[a]! != paperScore[b]! { return paperScore[a]! > paperScore[b]! }
                    return a < b
                }.prefix(5).map { $0 }
            }
            return CommunitySummary(
                id: id, size: nodes.count, members: nodes, topTerms: Array(topTerms), keyPapers: key)
        }
    }

    /// A term used by one paper only is not a community theme unless the community has a single paper.
    private static func termCountOK(_ term: String, _ counts: [String: Int]) -> Bool {
        counts[term]! >= 2 || counts.count <= 12
    }
}
