import GraphAlgorithms

/// What each reported measure means and which convention it follows — one line each (definition, weights,
/// normalization, exact or sampled) — shared by report.md, report.html and report.json so the three agree.
enum MeasureGlossary {
    /// One measure's line: its column name and the explanation.
    struct Line: Sendable {
        let measure: String
        let text: String
    }

    /// The lines for one network: the path measures say how they were computed there.
    static func lines(_ net: AnalyzedNetwork, algorithm: CommunityAlgorithm) -> [Line] {
        let m = net.measures
        let w = net.weightMeaning
        var lines = [
            Line(measure: "Degree", text: "number of links of the node (in + out for a directed network); unweighted."),
            Line(measure: "Strength", text: "sum of the node's link weights (\(w))."),
        ]
        if m.betweenness != nil {
            lines.append(
                Line(
                    measure: "Betweenness",
                    text:
                        "share of shortest paths between other nodes that pass through the node (Brandes); hop counts, weights ignored; normalized by (n−1)(n−2) as networkx; \(pathMethod(m, sampledBetweenness: true))"
                ))
        }
        if m.closeness != nil {
            lines.append(
                Line(
                    measure: "Closeness",
                    text:
                        "(reached − 1) / sum of hop distances to the node, scaled by (reached − 1)/(n − 1) (Wasserman–Faust, networkx); weights ignored; \(pathMethod(m, sampledBetweenness: false))"
                ))
        }
        if m.harmonic != nil {
            lines.append(
                Line(
                    measure: "Harmonic",
                    text:
                        "sum of 1/distance over the other nodes (Marchiori–Latora, networkx); hop counts, weights ignored; unnormalized; \(pathMethod(m, sampledBetweenness: false))"
                ))
        }
        lines += [
            Line(
                measure: "Eigenvector",
                text:
                    "leading eigenvector of the whole network's weighted adjacency matrix (\(w)), unit Euclidean norm over the whole network (networkx's eigenvector_centrality; igraph's up to scale): components whose largest eigenvalue is smaller score 0; the per-component values are in the exports (eigenvectorPerComponent)\(m.eigenvectorConverged ? "" : "; did not converge, last iterate shown")."
            ),
            Line(
                measure: "PageRank",
                text:
                    "random-surfer share of visits following links in proportion to their weight (\(w)), damping 0.85, uniform teleport, dangling mass spread uniformly; sums to 1."
            ),
            Line(
                measure: "k-core",
                text: "largest k such that the node is in a subgraph where every node has ≥ k links; unweighted."),
            Line(
                measure: "Clustering",
                text: "share of pairs of the node's neighbors that are linked (local clustering, networkx); unweighted."
            ),
            Line(
                measure: "Community",
                text:
                    "\(algorithm.rawValue) community (weighted modularity, seeded); ids by size, largest first."),
        ]
        return lines
    }

    /// The lines as JSON: `[{"measure": …, "text": …}]`.
    static func json(_ net: AnalyzedNetwork, algorithm: CommunityAlgorithm) -> JSONValue {
        .array(
            lines(net, algorithm: algorithm).map {
                .object(["measure": .string($0.measure), "text": .string($0.text)])
            })
    }

    /// "exact (…)" or "sampled (…)" for the path measures of one network.
    static func pathMethod(_ m: NetworkMeasures, sampledBetweenness: Bool) -> String {
        let plan = m.pathPlan
        if plan.exact {
            return "exact."
        }
        if sampledBetweenness, let e = m.betweennessEstimate {
            let ranking =
                e.rankingCertain
                ? "the ranking of the top \(e.shown) is certain"
                : "\(e.separatedBoundaries) of the top \(e.shown) rank boundaries are certain\(e.topSetCertain ? ", and the top-\(e.shown) set is" : "")"
            return
                "sampled (exact passes predicted at \(Report.format(plan.predictedExactSeconds, digits: 2)) s > the \(Report.format(plan.budget)) s time budget): \(Report.count(e.samples)) sampled shortest paths (adaptive, KADABRA-style, empirical Bernstein bounds); each of the top \(e.shown) within ±\(Report.format(e.epsilon, digits: 3)) (\(Report.format(100 * e.relativeEpsilon, digits: 1))% of the smallest shown, \(Report.format(e.smallestShown, digits: 3))) and every node within ±\(Report.format(e.epsilonAll, digits: 3)) with probability \(Report.format(1 - e.delta, digits: 2)); \(ranking)."
        }
        if let c = m.closenessEstimate, c.pivots > 0 {
            return
                "sampled (Eppstein–Wang, \(Report.count(c.pivots)) pivots per large component): average distances within ±\(Report.format(c.epsilon, digits: 3))×diameter with probability \(Report.format(1 - c.delta, digits: 2))."
        }
        return "sampled."
    }
}
