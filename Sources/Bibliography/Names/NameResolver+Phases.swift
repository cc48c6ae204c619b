extension NameResolver {
    /// Step 1: the names that enter the clustering once the thesaurus has replaced or dropped written names, with
    /// their counts, kinds and identifiers summed over the written names that enter as them.
    struct Entering {
        /// Written name → the name it enters as (dropped names are absent).
        var written: [String: String] = [:]
        var dropped: Set<String> = []
        var counts: [String: Int] = [:]
        var kinds: [String: AuthorKind] = [:]
        var identifiers: [String: [IdentifierScheme: Set<String>]] = [:]
        var surnameFirst = Set<String>()
        /// Entering names that are labels of split names → their written name (`NameFacts.splitBases`).
        var splitBases: [String: String] = [:]

        init(_ counts: [String: Int], kinds: [String: AuthorKind], thesaurus: Thesaurus, facts: NameFacts) {
            for written in counts.keys {
                var name = written
                let base = facts.splitBases[written]
                if let replacement = thesaurus.replacement(for: written) ?? base.flatMap(thesaurus.replacement) {
                    if replacement.isEmpty {
                        dropped.insert(written)
                        continue
                    }
                    name = replacement
                }
                self.written[written] = name
                self.counts[name, default: 0] += counts[written] ?? 0
                let kind =
                    name == written ? (kinds[written] ?? GroupNames.kind(of: written)) : GroupNames.kind(of: name)
                if kind == .group {
                    self.kinds[name] = .group
                } else if self.kinds[name] == nil {
                    self.kinds[name] = .person
                }
                if let ids = facts.identifiers[written] {
                    for (scheme, values) in ids where !values.isEmpty {
                        identifiers[name, default: [:]][scheme, default: []].formUnion(values)
                    }
                }
                if name == written, facts.surnameFirst.contains(written) { surnameFirst.insert(name) }
                if name == written, let base { splitBases[name] = base }
            }
        }

        /// The names entering the clustering, sorted.
        func names(_ thesaurus: Thesaurus) -> [String] {
            if written.isEmpty { return [] }
            return thesaurus.replacements.isEmpty ? written.keys.sorted() : Set(written.values).sorted()
        }
    }

    /// Steps 3 and 4: names that share a fold key, or whose natural-order form has another name's fold key, with
    /// the sets each key has been merged into (usually one; more when identifiers kept look-alike names apart).
    struct NameKeyRoots {
        let names: [String]
        /// Fold keys numbered in first-seen order over the sorted names.
        private var keyIndex: [String: Int] = [:]
        private var keyNames: [[Int]] = []
        private var keyRoots: [[Int]] = []

        init(_ names: [String]) {
            self.names = names
            keyIndex.reserveCapacity(names.count)
            for (index, name) in names.enumerated() {
                let key = NameKey.fold(name)
                if let k = keyIndex[key] {
                    keyNames[k].append(index)
                } else {
                    keyIndex[key] = keyNames.count
                    keyNames.append([index])
                }
            }
            keyRoots = [[Int]](repeating: [], count: keyNames.count)
        }

        /// Step 3 (rule `fold`): names equal after `NameKey.fold` are one.
        mutating func mergeFolded(_ sets: inout NameSets, conflicts: inout [NameConflict]) {
            for (k, members) in keyNames.enumerated() where members.count > 1 {
                for member in members {
                    sets.join(
                        member, into: &keyRoots[k], rule: .fold,
                        reason: "same name when case, diacritics, punctuation and spacing are ignored",
                        conflictReason: "not merged: same name when folded, but different author identifiers",
                        conflicts: &conflicts)
                }
            }
        }

        /// Step 4 (rule `notation`): inverted names and surname-first initials, keyed by their natural-order form;
        /// the names in `left` (split labels) take no part.
        mutating func mergeNotations(
            _ sets: inout NameSets, kinds: [String: AuthorKind], surnameFirst: Set<String>, left: [String: String],
            conflicts: inout [NameConflict]
        ) {
            for (index, name) in names.enumerated() {
                guard name.utf8.contains(0x2C) || (!surnameFirst.isEmpty && surnameFirst.contains(name)),
                    kinds[name] != .group, left.isEmpty || left[name] == nil,
                    let person = PersonName(name, surnameFirst: surnameFirst.contains(name))
                else { continue }
                let key = person.naturalKey
                guard key != NameKey.fold(name) else { continue }
                let k: Int
                if let existing = keyIndex[key] {
                    k = existing
                    if keyRoots[k].isEmpty, let first = keyNames[k].first { keyRoots[k] = [first] }
                } else {
                    k = keyNames.count
                    keyIndex[key] = k
                    keyNames.append([])
                    keyRoots.append([])
                }
                sets.join(
                    index, into: &keyRoots[k], rule: .notation,
                    reason: "the same name in another order or notation",
                    conflictReason: "not merged: the same name in another notation, but different author identifiers",
                    conflicts: &conflicts)
            }
        }
    }
}
