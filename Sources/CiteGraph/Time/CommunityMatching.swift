/// Communities of consecutive periods matched by their shared members, as bibliometrix's thematic evolution
/// (Cobo et al. 2011, "An approach for detecting, quantifying, and visualizing the evolution of a research field"):
/// for communities A (earlier) and B (later) sharing at least one member,
/// - inclusion index = |A ∩ B| / min(|A|, |B|);
/// - weighted inclusion = Σ_{x ∈ A∩B} min(wA(x), wB(x)) / min(Σ_{x∈A} wA(x), Σ_{x∈B} wB(x)), with w a member's
///   papers in the period (equal to the inclusion index when every weight is 1).
/// Members are matched by label (an author's canonical name, a paper's title). Flows come sorted by source, then
/// target community id.
///
/// - Complexity: O(Σ|A| + number of overlapping pairs) with hashing.
public enum CommunityMatching {
    public struct Community: Sendable, Equatable {
        public let id: Int
        public let members: [String]
        /// Papers of each member in the period, in `members` order.
        public let weights: [Double]

        public init(id: Int, members: [String], weights: [Double]) {
            precondition(members.count == weights.count, "one weight per member")
            self.id = id
            self.members = members
            self.weights = weights
        }
    }

    public struct Flow: Sendable, Equatable {
        public let from: Int
        public let to: Int
        public let shared: Int
        public let inclusion: Double
        public let weightedInclusion: Double
    }

    public static func match(_ earlier: [Community], _ later: [Community]) -> [Flow] {
        var laterOf: [String: (community: Int, weight: Double)] = [:]
        for (i, c) in later.enumerated() {
            for (m, w) in zip(c.members, c.weights) { laterOf[m] = (i, w) }
        }
        let laterTotals = later.map { $0.weights.reduce(0, +) }
        var flows: [Flow] = []
        for a in earlier {
            var shared: [Int: (count: Int, weight: Double)] = [:]
            for (m, w) in zip(a.members, a.weights) {
                guard let hit = laterOf[m] else { continue }
                let s = shared[hit.community] ?? (0, 0)
                shared[hit.community] = (s.count + 1, s.weight + min(w, hit.weight))
            }
            let total = a.weights.reduce(0, +)
            for (j, s) in shared.sorted(by: { later[$0.key].id < later[$1.key].id }) {
                let b = later[j]
                let denominator = min(total, laterTotals[j])
                flows.append(
                    Flow(
                        from: a.id, to: b.id, shared: s.count,
                        inclusion: Double(s.count) / Double(min(a.members.count, b.members.count)),
                        weightedInclusion: denominator > 0 ? s.weight / denominator : 0))
            }
        }
        return flows
    }
}
