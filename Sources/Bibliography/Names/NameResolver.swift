/// How a name variant came to be merged into its canonical name.
public enum MergeRule: String, Sendable, Codable, Hashable {
    /// Forced by the thesaurus file.
    case thesaurus
    /// Same name after folding case, diacritics, punctuation and spacing.
    case fold = "fold"
    /// Same surname and written-out first name, middle initials compatible, and no conflicting candidate.
    case initials = "initial-compatible"
}

/// One merge: `variant` is counted as `canonical`.
public struct NameMerge: Hashable, Sendable, Codable {
    public var variant: String
    public var canonical: String
    public var rule: MergeRule
    /// A sentence explaining the merge.
    public var reason: String
}

/// Names that the initials heuristic could have merged but did not, because the candidates conflict
/// ("Andrew Lampinen" fits both "Andrew K. Lampinen" and "Andrew J. Lampinen").
public struct NameConflict: Hashable, Sendable, Codable {
    public var names: [String]
    public var reason: String
}

/// The outcome of resolving a corpus's author names.
public struct NameResolution: Sendable {
    /// Written name → canonical name; a name dropped by the thesaurus maps to nil (absent from `canonical`
    /// and listed in `dropped`).
    public var canonical: [String: String] = [:]
    public var dropped: Set<String> = []
    public var merges: [NameMerge] = []
    public var conflicts: [NameConflict] = []
    /// Canonical name → kind.
    public var kinds: [String: AuthorKind] = [:]
}

/// Resolves written author names into canonical names, conservatively and with a reason for every merge.
///
/// 1. The thesaurus replaces or drops names (rule `thesaurus`).
/// 2. Names equal after `NameKey.fold` are one (rule `fold`).
/// 3. With `mergeInitials`, person names with the same surname and written-out first name whose middle names
///    agree (`PersonName.isInitialCompatible`) are one — but only when every pair in the connected set is
///    compatible; otherwise none of them merge and a `NameConflict` is reported. Names the thesaurus mentions
///    are left alone. Surname + first initial alone never merges.
///
/// The canonical name of a set is its most complete variant (most name parts, then most letters), then the most
/// frequent, then the one with diacritics, then the one with more periods and hyphens, then the first in
/// code-point order.
///
/// - Complexity: O(n log n) for n distinct names, plus O(k²) inside each set of k names sharing surname and
///   first name.
public enum NameResolver {
    public static func resolve(_ counts: [String: Int], kinds: [String: AuthorKind] = [:], mergeInitials: Bool = true,
                               thesaurus: Thesaurus = Thesaurus()) -> NameResolution {
        var resolution = NameResolution()
        // 1. Thesaurus.
        var afterThesaurus: [String: String] = [:]  // written → name entering the clustering
        var clusterCounts: [String: Int] = [:]
        var clusterKinds: [String: AuthorKind] = [:]
        for written in counts.keys {
            let count = counts[written] ?? 0
            var name = written
            if let replacement = thesaurus.replacement(for: written) {
                if replacement.isEmpty {
                    resolution.dropped.insert(written)
                    continue
                }
                name = replacement
            }
            afterThesaurus[written] = name
            clusterCounts[name, default: 0] += count
            let kind = name == written ? (kinds[written] ?? GroupNames.kind(of: written)) : GroupNames.kind(of: name)
            if kind == .group { clusterKinds[name] = .group } else if clusterKinds[name] == nil { clusterKinds[name] = .person }
        }
        // 2. Fold: names in sorted order, fold keys numbered in first-seen order over them.
        let clusterNames = afterThesaurus.isEmpty ? [] : (thesaurus.replacements.isEmpty
            ? afterThesaurus.keys.sorted() : Set(afterThesaurus.values).sorted())
        var keyIndex: [String: Int] = [:]
        keyIndex.reserveCapacity(clusterNames.count)
        var keyNames: [[String]] = []
        for name in clusterNames {
            let key = NameKey.fold(name)
            if let k = keyIndex[key] {
                keyNames[k].append(name)
            } else {
                keyIndex[key] = keyNames.count
                keyNames.append([name])
            }
        }
        var parent = Array(keyNames.indices)
        func find(_ k: Int) -> Int {
            var k = k
            while parent[k] != k { k = parent[k] }
            return k
        }
        // 3. Initials, within (surname, first name) blocks.
        if mergeInitials {
            var blocks: [String: [(key: Int, name: PersonName)]] = [:]
            var blockOrder: [String] = []
            for (k, names) in keyNames.enumerated() {
                guard names.allSatisfy({ clusterKinds[$0] != .group }) else { continue }
                guard !names.contains(where: { thesaurus.isFixed($0) }) else { continue }
                guard let person = PersonName(names[0]), person.hasFullFirstName else { continue }
                let blockKey = person.surname + "|" + person.given[0] + "|" + (person.suffix ?? "")
                if blocks[blockKey] == nil { blockOrder.append(blockKey) }
                blocks[blockKey, default: []].append((k, person))
            }
            for blockKey in blockOrder {
                let block = blocks[blockKey]!
                guard block.count > 1 else { continue }
                // Components of the compatibility graph.
                var seen = Set<Int>()
                for start in block.indices where !seen.contains(start) {
                    var component = [start]
                    seen.insert(start)
                    var queue = [start]
                    while let i = queue.popLast() {
                        for j in block.indices where !seen.contains(j) && block[i].name.isInitialCompatible(with: block[j].name) {
                            seen.insert(j)
                            component.append(j)
                            queue.append(j)
                        }
                    }
                    guard component.count > 1 else { continue }
                    component.sort()
                    let clique = component.allSatisfy { i in
                        component.allSatisfy { j in i == j || block[i].name.isInitialCompatible(with: block[j].name) }
                    }
                    let names = component.flatMap { keyNames[block[$0].key] }.sorted()
                    if clique {
                        let root = block[component[0]].key
                        for i in component.dropFirst() { parent[block[i].key] = root }
                    } else {
                        resolution.conflicts.append(NameConflict(names: names,
                            reason: "not merged: the initials fit more than one person (\(names.joined(separator: "; ")))"))
                    }
                }
            }
        }
        // Canonical names per final set (a set of one name is its own canonical name).
        var sets = [[String]](repeating: [], count: keyNames.count)
        for k in keyNames.indices { sets[find(k)].append(contentsOf: keyNames[k]) }
        var canonicalOf: [String: String] = [:]  // clustering name → canonical
        canonicalOf.reserveCapacity(clusterNames.count)
        for variants in sets where !variants.isEmpty {
            let best = variants.count == 1 ? variants[0] : variants.min { a, b in preferred(a, over: b, counts: clusterCounts) }!
            let kind: AuthorKind = variants.contains { clusterKinds[$0] == .group } ? .group : .person
            resolution.kinds[best] = kind
            for variant in variants { canonicalOf[variant] = best }
        }
        // The written → canonical map and the list of merges.
        resolution.canonical.reserveCapacity(afterThesaurus.count)
        for written in (thesaurus.replacements.isEmpty ? clusterNames : afterThesaurus.keys.sorted()) {
            let entering = afterThesaurus[written]!
            let canonical = canonicalOf[entering]!
            resolution.canonical[written] = canonical
            guard written != canonical else { continue }
            if entering != written {
                resolution.merges.append(NameMerge(variant: written, canonical: canonical, rule: .thesaurus,
                    reason: "thesaurus replaces \"\(written)\" by \"\(entering)\""))
            } else if NameKey.fold(written) == NameKey.fold(canonical) {
                resolution.merges.append(NameMerge(variant: written, canonical: canonical, rule: .fold,
                    reason: "same name when case, diacritics, punctuation and spacing are ignored"))
            } else {
                resolution.merges.append(NameMerge(variant: written, canonical: canonical, rule: .initials,
                    reason: "same surname and first name; middle names/initials agree; no conflicting candidate"))
            }
        }
        resolution.merges.sort { ($0.canonical, $0.variant) < ($1.canonical, $1.variant) }
        return resolution
    }

    /// Ordering used to pick a set's canonical name (true when `a` is preferred).
    static func preferred(_ a: String, over b: String, counts: [String: Int]) -> Bool {
        let words = { (s: String) in s.split(whereSeparator: { $0 == " " || $0 == "-" }).count }
        let ta = words(a), tb = words(b)
        if ta != tb { return ta > tb }
        let la = a.filter(\.isLetter).count, lb = b.filter(\.isLetter).count
        if la != lb { return la > lb }
        let ca = counts[a] ?? 0, cb = counts[b] ?? 0
        if ca != cb { return ca > cb }
        let da = a.unicodeScalars.filter { !$0.isASCII }.count, db = b.unicodeScalars.filter { !$0.isASCII }.count
        if da != db { return da > db }
        // The more carefully written form: "Peter C. Humphreys" over "Peter C Humphreys", "Jean-Baptiste" over "Jean Baptiste".
        let marks = { (s: String) in s.filter { ".-'’".contains($0) }.count }
        if marks(a) != marks(b) { return marks(a) > marks(b) }
        return Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }
}
