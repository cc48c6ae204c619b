/// The sets of written names that `NameResolver` has merged so far, with the author identifiers each set
/// carries and the merges (edges) that built it.
///
/// Every element points straight at its set's root (sets keep member lists; the smaller set moves), so `find`
/// is O(1) and needs no mutation. Two sets whose identifiers of one scheme differ are never united.
struct NameSets {
    /// One successful merge: `a` and `b` were in different sets and now are in one.
    struct Edge {
        var a: Int
        var b: Int
        var rule: MergeRule
        var reason: String
    }

    let names: [String]
    private var root: [Int]
    /// Members of each set of two or more names, by root (a name alone is its own set).
    private var members: [Int: [Int]] = [:]
    /// Identifiers of each root's set: scheme → values.
    private var identifiers: [Int: [IdentifierScheme: Set<String>]] = [:]
    private(set) var edges: [Edge] = []

    init(names: [String], identifiers byName: [String: [IdentifierScheme: Set<String>]]) {
        self.names = names
        root = Array(names.indices)
        if !byName.isEmpty {
            for (index, name) in names.enumerated() {
                if let ids = byName[name], !ids.isEmpty { identifiers[index] = ids }
            }
        }
    }

    func find(_ index: Int) -> Int { root[index] }

    /// The members of the set `index` is in, in ascending order.
    func set(of index: Int) -> [Int] { members[root[index]]?.sorted() ?? [index] }

    /// The sets of two or more names, by root.
    var mergedSets: [Int: [Int]] { members }

    /// Why the sets of `a` and `b` must stay apart ("ORCID 0000-0001-… vs 0000-0002-…"), nil when they may merge.
    func conflict(_ a: Int, _ b: Int) -> String? {
        guard let x = identifiers[root[a]], let y = identifiers[root[b]] else { return nil }
        for scheme in NameFacts.schemes {
            guard let u = x[scheme], let v = y[scheme], u != v else { continue }
            return
                "\(Self.label(scheme)) \(u.sorted().joined(separator: ", ")) vs \(v.sorted().joined(separator: ", "))"
        }
        for scheme in x.keys.sorted() where !NameFacts.schemes.contains(scheme) {
            guard let u = x[scheme], let v = y[scheme], u != v else { continue }
            return "\(scheme.rawValue) \(u.sorted().joined(separator: ", ")) vs \(v.sorted().joined(separator: ", "))"
        }
        return nil
    }

    /// Unites the sets of `a` and `b` unless their identifiers conflict; records the edge. True when they are
    /// in one set afterwards.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, rule: MergeRule, reason: String) -> Bool {
        var ra = root[a], rb = root[b]
        if ra == rb { return true }
        if conflict(a, b) != nil { return false }
        if (members[ra]?.count ?? 1) < (members[rb]?.count ?? 1) { swap(&ra, &rb) }
        let moving = members.removeValue(forKey: rb) ?? [rb]
        for member in moving { root[member] = ra }
        members[ra, default: [ra]].append(contentsOf: moving)
        if let moved = identifiers.removeValue(forKey: rb) {
            var merged = identifiers[ra] ?? [:]
            for (scheme, values) in moved { merged[scheme, default: []].formUnion(values) }
            identifiers[ra] = merged
        }
        edges.append(Edge(a: a, b: b, rule: rule, reason: reason))
        return true
    }

    /// Joins `index` to the first of `roots` (sets of names that share a key) it may merge with; when it may
    /// merge with none, it starts a set of its own in `roots` and the conflict is reported.
    mutating func join(
        _ index: Int, into roots: inout [Int], rule: MergeRule, reason: String, conflictReason: String,
        conflicts: inout [NameConflict]
    ) {
        if roots.isEmpty {
            roots.append(index)
            return
        }
        for other in roots where union(other, index, rule: rule, reason: reason) { return }
        let blockers = roots.map { names[$0] }
        let why = conflict(roots[0], index) ?? "different identifiers"
        conflicts.append(
            NameConflict(
                names: ([names[index]] + blockers).sorted(),
                reason: "\(conflictReason) (\(why)): "
                    + ([names[index]] + blockers).map { "“\($0)”" }.joined(separator: "; ")))
        roots.append(index)
    }

    /// Reports written forms that carry two or more identifiers of one scheme (two people written alike).
    func reportAmbiguousIdentifiers(into conflicts: inout [NameConflict]) {
        for index in identifiers.keys.sorted() {
            guard let ids = identifiers[index] else { continue }
            for scheme in NameFacts.schemes {
                guard let values = ids[scheme], values.count > 1 else { continue }
                conflicts.append(
                    NameConflict(
                        names: [names[index]],
                        reason:
                            "“\(names[index])” is written for \(values.count) different \(Self.label(scheme))s (\(values.sorted().joined(separator: ", "))), probably different people; counted as one name"
                    ))
            }
        }
    }

    /// Unites written forms that carry the same identifier, ORCID first, then OpenAlex, then Scopus.
    mutating func mergeByIdentifiers(into conflicts: inout [NameConflict]) {
        guard !identifiers.isEmpty else { return }
        for scheme in NameFacts.schemes {
            var carriers: [String: [Int]] = [:]
            for index in identifiers.keys.sorted() {
                for value in identifiers[index]?[scheme] ?? [] { carriers[value, default: []].append(index) }
            }
            for value in carriers.keys.sorted() {
                guard let indices = carriers[value], indices.count > 1 else { continue }
                var roots: [Int] = []
                for index in indices {
                    join(
                        index, into: &roots, rule: .identifier, reason: "both carry the \(Self.label(scheme)) \(value)",
                        conflictReason:
                            "not merged: they share the \(Self.label(scheme)) \(value), but other identifiers differ",
                        conflicts: &conflicts)
                }
            }
        }
    }

    static func label(_ scheme: IdentifierScheme) -> String { scheme.authorLabel }
}

/// Explains a merge of a variant into its canonical name by the chain of merges between them.
struct MergeExplainer {
    let edges: [NameSets.Edge]
    let names: [String]
    private var adjacency: [Int: [(other: Int, edge: Int)]] = [:]
    /// Per canonical name: each member's step towards it (member → (next, edge)).
    private var towards: [Int: [Int: (next: Int, edge: Int)]] = [:]

    init(edges: [NameSets.Edge], names: [String]) {
        self.edges = edges
        self.names = names
        for (index, edge) in edges.enumerated() {
            adjacency[edge.a, default: []].append((edge.b, index))
            adjacency[edge.b, default: []].append((edge.a, index))
        }
    }

    /// How much a rule proves, weakest first: a chain of merges is as good as its weakest link.
    static let strength: [MergeRule: Int] = [.initials: 0, .notation: 1, .fold: 2, .identifier: 3, .thesaurus: 4]

    /// The rule and reason of the merge of `variant` into `canonical`: the weakest merge on the way from the
    /// variant (the first of equally weak ones), naming the names in between.
    mutating func explain(_ variant: Int, canonical: Int) -> (MergeRule, String) {
        if towards[canonical] == nil {
            var steps: [Int: (next: Int, edge: Int)] = [:]
            var queue = [canonical]
            var seen: Set<Int> = [canonical]
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for (other, edge) in adjacency[node] ?? [] where seen.insert(other).inserted {
                    steps[other] = (node, edge)
                    queue.append(other)
                }
            }
            towards[canonical] = steps
        }
        let steps = towards[canonical]!
        var path: [Int] = []  // edge indices from the variant to the canonical name
        var through: [Int] = []
        var node = variant
        while node != canonical, let step = steps[node] {
            path.append(step.edge)
            node = step.next
            if node != canonical { through.append(node) }
        }
        let weakest = path.map { Self.strength[edges[$0].rule] ?? 0 }.min()
        guard let chosen = path.first(where: { Self.strength[edges[$0].rule] ?? 0 == weakest }) else {
            return (.fold, "same name when case, diacritics, punctuation and spacing are ignored")
        }
        var reason = edges[chosen].reason
        if !through.isEmpty { reason += "; linked through " + through.map { "“\(names[$0])”" }.joined(separator: ", ") }
        return (edges[chosen].rule, reason)
    }
}
