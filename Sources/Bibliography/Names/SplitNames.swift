import Foundation

/// Written names that stand for several people: one written form ("Wu H.") carried with two or more author
/// identifiers of one scheme (two Scopus author ids) is as many people, kept apart as different nodes.
///
/// The scheme is the first of ORCID, OpenAlex, Scopus that gives the written form two values or more. Its author
/// slots are grouped by that identifier, and the groups numbered: first the slots without one (when any), then
/// the identifiers in ascending order (shorter first, then by code point: numeric order for numeric ids). The
/// first group keeps the written form; group n is labelled "Written (n)" ("Wu H. (2)"). The labels are what
/// name resolution, the thesaurus and the networks see; `AuthorName.written` stays as the source wrote it.
public struct SplitNames: Sendable {
    /// One written form split by the identifiers of one scheme.
    public struct Split: Sendable, Hashable {
        /// The slots of one identifier (nil: the slots without one) and their label.
        public struct Group: Sendable, Hashable {
            public var identifier: String?
            public var label: String
        }

        public var written: String
        public var scheme: IdentifierScheme
        /// The groups in label order.
        public var groups: [Group]
    }

    /// Written form → its split, for the written forms that are split.
    public private(set) var splits: [String: Split] = [:]
    /// Label of a group after the first → its written form.
    public private(set) var bases: [String: String] = [:]

    public init() {}

    /// Finds the split written forms among the author slots (inferred slots carry no identifier).
    /// - Complexity: O(slots); slots without identifiers (most exports) cost one check each, and the second walk
    ///   (slots without the splitting scheme, label collisions) happens only when some written form is split.
    public init(_ slots: some Collection<AuthorName>) {
        var values: [String: [IdentifierScheme: Set<String>]] = [:]
        for author in slots where !author.identifiers.isEmpty && !author.inferred {
            for scheme in IdentifierScheme.authors {
                if let value = Self.identifier(author, scheme) {
                    values[author.written, default: [:]][scheme, default: []].insert(value)
                }
            }
        }
        var candidates: [String: IdentifierScheme] = [:]
        for (name, ids) in values {
            if let scheme = IdentifierScheme.authors.first(where: { (ids[$0]?.count ?? 0) > 1 }) {
                candidates[name] = scheme
            }
        }
        guard !candidates.isEmpty else { return }
        var withoutScheme = Set<String>()
        var written = Set<String>()
        for author in slots {
            written.insert(author.written)
            if let scheme = candidates[author.written], Self.identifier(author, scheme) == nil {
                withoutScheme.insert(author.written)
            }
        }
        for name in candidates.keys.sorted() {
            let scheme = candidates[name]!, ids = values[name]!
            let ordered = ids[scheme]!.sorted { a, b in
                a.count != b.count ? a.count < b.count : a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
            }
            var keys: [String?] = withoutScheme.contains(name) ? [nil] : []
            keys += ordered.map { Optional($0) }
            var groups: [Split.Group] = []
            var number = 1
            for key in keys {
                var label = number == 1 ? name : "\(name) (\(number))"
                while number > 1, written.contains(label) {
                    number += 1
                    label = "\(name) (\(number))"
                }
                groups.append(Split.Group(identifier: key, label: label))
                if number > 1 { bases[label] = name }
                number += 1
            }
            splits[name] = Split(written: name, scheme: scheme, groups: groups)
        }
    }

    /// The name an author slot is resolved under: its written form, or the label of its group when the form is
    /// split.
    public func key(for author: AuthorName) -> String {
        guard !splits.isEmpty, let split = splits[author.written] else { return author.written }
        let value = Self.identifier(author, split.scheme)
        return split.groups.first { $0.identifier == value }?.label ?? author.written
    }

    /// The slot's identifier of `scheme`, trimmed; ORCIDs and OpenAlex ids upper-cased (check digit X, `A…`).
    /// Nil for an inferred slot or a missing or blank identifier.
    public static func identifier(_ author: AuthorName, _ scheme: IdentifierScheme) -> String? {
        guard !author.inferred, var value = author.identifiers[scheme]?.trimmingCharacters(in: .whitespaces),
            !value.isEmpty
        else { return nil }
        if scheme != .scopus { value = value.uppercased() }
        return value
    }
}
