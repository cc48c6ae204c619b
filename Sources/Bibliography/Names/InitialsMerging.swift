/// Steps 5 and 6 of `NameResolver`: merges by initials over the person-name sets built so far.
///
/// Each set is represented by the most informative parse of its members (an explicitly ordered form —
/// comma-inverted or surname-first — over a guessed natural order, then more given names, then more letters).
/// Sets holding a group name, a name the thesaurus mentions or a split label (`left`) take no part.
struct InitialsCandidates {
    struct Person {
        /// The set's smallest member index (its place in sorted name order).
        var first: Int
        var person: PersonName
    }

    /// Sets whose representative has a written-out first name, in order of their first member.
    private(set) var full: [Person] = []
    /// Sets whose representative has initials only.
    private(set) var initialsOnly: [Person] = []
    let names: [String]

    init(
        sets: NameSets, names: [String], kinds: [String: AuthorKind], thesaurus: Thesaurus, surnameFirst: Set<String>,
        left: [String: String] = [:]
    ) {
        self.names = names
        var done = Set<Int>()
        for index in names.indices {
            let root = sets.find(index)
            guard done.insert(root).inserted else { continue }
            let members = sets.set(of: index)
            guard
                !members.contains(where: {
                    kinds[names[$0]] == .group || thesaurus.isFixed(names[$0])
                        || (!left.isEmpty && left[names[$0]] != nil)
                })
            else {
                continue
            }
            var best: (rank: (Int, Int, Int), person: PersonName)?
            for member in members {
                let name = names[member]
                let hinted = surnameFirst.contains(name)
                guard let person = PersonName(name, surnameFirst: hinted) else { continue }
                let explicit = name.contains(",") || hinted ? 1 : 0
                let rank = (explicit, person.given.count, person.given.reduce(0) { $0 + $1.count })
                if best == nil || rank > best!.rank { best = (rank, person) }
            }
            guard let person = best?.person else { continue }
            if person.hasFullFirstName {
                full.append(Person(first: members[0], person: person))
            } else if person.isInitialsOnly {
                initialsOnly.append(Person(first: members[0], person: person))
            }
        }
    }

    /// Step 5: within blocks of equal surname, first name and suffix, a connected set of compatible names
    /// merges when every pair in it is compatible; otherwise none merge and the conflict is reported.
    func mergeCompatibleFullNames(_ sets: inout NameSets, conflicts: inout [NameConflict]) {
        var blocks: [String: [Person]] = [:]
        var blockOrder: [String] = []
        for candidate in full {
            let p = candidate.person
            let key = p.surname + "|" + p.given[0] + "|" + (p.suffix ?? "")
            if blocks[key] == nil { blockOrder.append(key) }
            blocks[key, default: []].append(candidate)
        }
        for key in blockOrder {
            let block = blocks[key]!
            guard block.count > 1 else { continue }
            func compatible(_ i: Int, _ j: Int) -> Bool {
                block[i].person.isInitialCompatible(with: block[j].person)
                    && sets.conflict(block[i].first, block[j].first) == nil
            }
            var seen = Set<Int>()
            for start in block.indices where !seen.contains(start) {
                var component = [start]
                seen.insert(start)
                var queue = [start]
                while let i = queue.popLast() {
                    for j in block.indices where !seen.contains(j) && compatible(i, j) {
                        seen.insert(j)
                        component.append(j)
                        queue.append(j)
                    }
                }
                guard component.count > 1 else { continue }
                component.sort()
                let clique = component.allSatisfy { i in component.allSatisfy { j in i == j || compatible(i, j) } }
                let involved = component.flatMap { sets.set(of: block[$0].first).map { names[$0] } }.sorted()
                if clique {
                    let anchor = block[component[0]].first
                    for i in component.dropFirst() {
                        sets.union(
                            anchor, block[i].first, rule: .initials,
                            reason: "same surname and first name; middle names/initials agree; no conflicting candidate"
                        )
                    }
                } else {
                    conflicts.append(
                        NameConflict(
                            names: involved,
                            reason:
                                "not merged: the initials fit more than one person (\(involved.joined(separator: "; ")))"
                        ))
                }
            }
        }
    }

    /// Step 6: an initials-only form joins the one written-out name it abbreviates, when it has two initials or
    /// more; when it abbreviates several, the conflict is reported (a single initial included) and nothing
    /// merges.
    func mergeInitialsOnlyForms(_ sets: inout NameSets, conflicts: inout [NameConflict]) {
        guard !initialsOnly.isEmpty else { return }
        var bySurname: [String: [Person]] = [:]
        for candidate in full {
            bySurname[candidate.person.surname + "|" + (candidate.person.suffix ?? ""), default: []].append(candidate)
        }
        for form in initialsOnly {
            let key = form.person.surname + "|" + (form.person.suffix ?? "")
            let fits = (bySurname[key] ?? []).filter {
                form.person.abbreviates($0.person) && sets.conflict(form.first, $0.first) == nil
            }
            let written = names[form.first]
            if fits.count == 1, form.person.given.count >= 2 {
                let target = fits[0].first
                sets.union(
                    target, form.first, rule: .initials,
                    reason: "the initials of “\(written)” fit only “\(names[target])” among the names with this surname"
                )
            } else if fits.count > 1 {
                let candidates = fits.map { names[$0.first] }
                let involved = (sets.set(of: form.first) + fits.flatMap { sets.set(of: $0.first) }).map { names[$0] }
                    .sorted()
                conflicts.append(
                    NameConflict(
                        names: involved,
                        reason:
                            "not merged: the initials of “\(written)” fit more than one person (\(candidates.map { "“\($0)”" }.joined(separator: "; ")))"
                    ))
            }
        }
    }
}
