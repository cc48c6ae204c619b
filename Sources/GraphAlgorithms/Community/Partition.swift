/// A division of a graph's nodes into communities, as returned by `Louvain.run` and `Leiden.run`.
///
/// `membership[v]` is the community of node `v`; ids are `0..<count` in canonical order (largest community
/// first, ties by smallest member id), so two runs that find the same division compare equal.
/// `modularity` is `Modularity.modularity` of that membership at the resolution used, on the undirected view of
/// the graph with its edge weights (similarities, larger = stronger tie; see `Modularity`).
///
/// - Complexity: `canonical` is O(n + k log k) for n nodes and k communities; `communities` is O(n).
public struct Partition: Sendable, Equatable {
    public var membership: [Int]
    public var count: Int
    public var modularity: Double

    public init(membership: [Int], count: Int, modularity: Double) {
        self.membership = membership
        self.count = count
        self.modularity = modularity
    }

    /// The members of each community, `communities[c]` sorted by node id.
    public var communities: [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { result[c].append(v) }
        return result
    }

    /// Renumbers arbitrary community labels canonically: communities sorted by size descending, then by smallest
    /// member id ascending, and numbered 0, 1, 2, … in that order. Labels may be any integers.
    ///
    /// - Complexity: O(n + k log k) for n nodes and k communities (O(n) expected extra hashing only when labels
    ///   fall outside `0..<n`; the hash table is only looked up, never iterated).
    public static func canonical(_ membership: [Int]) -> [Int] {
        let n = membership.count
        if n == 0 { return [] }
        // Dense ids in order of first appearance = order of smallest member.
        var dense = [Int](repeating: 0, count: n)
        var sizes: [Int] = []
        if membership.allSatisfy({ $0 >= 0 && $0 < n }) {
            var map = [Int](repeating: -1, count: n)
            for v in 0..<n {
                let l = membership[v]
                if map[l] < 0 {
                    map[l] = sizes.count
                    sizes.append(0)
                }
                dense[v] = map[l]
                sizes[map[l]] += 1
            }
        } else {
            var map: [Int: Int] = [:]
            for v in 0..<n {
                let l = membership[v]
                let id: Int
                if let known = map[l] {
                    id = known
                } else {
                    id = sizes.count
                    map[l] = id
                    sizes.append(0)
                }
                dense[v] = id
                sizes[id] += 1
            }
        }
        // Total order: size descending, then first appearance ascending.
        let order = (0..<sizes.count).sorted { a, b in sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b }
        var rank = [Int](repeating: 0, count: sizes.count)
        for (r, c) in order.enumerated() { rank[c] = r }
        for v in 0..<n { dense[v] = rank[dense[v]] }
        return dense
    }
}
