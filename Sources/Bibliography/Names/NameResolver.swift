/// How a name variant came to be merged into its canonical name.
public enum MergeRule: String, Sendable, Codable, Hashable {
    /// Forced by the thesaurus file.
    case thesaurus
    /// The two written forms carry the same author identifier (ORCID, OpenAlex or Scopus author id).
    case identifier
    /// Same name after folding case, diacritics, punctuation and spacing.
    case fold = "fold"
    /// The same name in another order or notation: "Bruna, E. M." = "Bruna, EM" = "E. M. Bruna".
    case notation
    /// Same surname and written-out first name, middle initials compatible, and no conflicting candidate; or an
    /// initials-only form (two initials or more) that fits exactly one written-out name.
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

/// Names that could have been merged but were not, because the evidence conflicts: initials that fit more than
/// one person ("Andrew Lampinen" fits both "Andrew K. Lampinen" and "Andrew J. Lampinen"; "Li, X." fits "Li,
/// Xiang" and "Li, Xu"), or forms that look alike but carry different author identifiers. A written form that
/// carries two different identifiers of one scheme (two people written alike) is reported here too.
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

/// What a corpus knows about its written names besides how often they occur.
public struct NameFacts: Sendable {
    /// Written name → author identifiers seen with it: scheme (`orcid`, `openalex`, `scopus`) → values.
    public var identifiers: [String: [IdentifierScheme: Set<String>]] = [:]
    /// Written names from sources that write "Surname Initials" without a comma (MEDLINE `AU`, Web of Science
    /// `AU`, Scopus): their trailing capitals are read as initials (see `PersonName`).
    public var surnameFirst: Set<String> = []

    /// Labels of split written names after their first part ("Wu H. (2)") → the written name ("Wu H."); see
    /// `SplitNames`. They merge by identifier, fold and thesaurus only, and a thesaurus row for the written name
    /// applies to them when none names the label.
    public var splitBases: [String: String] = [:]

    public init(
        identifiers: [String: [IdentifierScheme: Set<String>]] = [:], surnameFirst: Set<String> = [],
        splitBases: [String: String] = [:]
    ) {
        self.identifiers = identifiers
        self.surnameFirst = surnameFirst
        self.splitBases = splitBases
    }

    /// The author identifier schemes that name a person.
    public static let schemes = IdentifierScheme.authors
}

/// Resolves written author names into canonical names, conservatively and with a reason for every merge.
///
/// 1. The thesaurus replaces or drops names (rule `thesaurus`); identifiers of a replaced name go with it.
/// 2. Written forms that carry the same author identifier are one (rule `identifier`), ORCID first, then
///    OpenAlex, then Scopus.
/// 3. Names equal after `NameKey.fold` are one (rule `fold`).
/// 4. The same name in another order or notation is one (rule `notation`: "Bruna, E. M." = "Bruna, EM" =
///    "E. M. Bruna"; see `PersonName` for the orders understood).
/// 5. With `mergeInitials`, person names with the same surname and written-out first name whose middle names
///    agree (`PersonName.isInitialCompatible`) are one — but only when every pair in the connected set is
///    compatible; otherwise none of them merge and a `NameConflict` is reported. Surname + first initial alone
///    never merges.
/// 6. With `mergeInitials`, an initials-only form with at least two initials ("E. M. Bruna", "Bruna, EM")
///    joins the one written-out name it abbreviates (`PersonName.abbreviates`). When it abbreviates several,
///    nothing merges and a `NameConflict` is reported — also for a single initial ("Li, X." with both "Li,
///    Xiang" and "Li, Xu"), which never merges.
///
/// Identifiers decide against every rule but the thesaurus: two sets of names whose identifiers of one scheme
/// differ (ORCID a vs ORCID b) are never merged (a `NameConflict`). Names the thesaurus mentions are left out of
/// steps 5 and 6; groups ("Gemini Team") out of 4–6; the labels of split names ("Wu H. (2)", see `SplitNames`)
/// out of 4–6.
///
/// The canonical name of a set is its most complete written form (most name parts, then most letters; a split
/// label is measured by its written name), then the most frequent, then one in natural order over an inverted
/// one ("Emilio M. Bruna" over "Bruna, Emilio M." when both are as frequent; a name is never turned around),
/// then the one with diacritics, then the one with more periods and hyphens, then the first in code-point
/// order. A set holding a split label keeps that label when its preferred form is just another spelling of the
/// label's written name, so that people written alike keep labels apart.
///
/// - Complexity: O(n log n) for n distinct names, plus O(k²) inside each set of k names sharing surname and
///   first name, and O(k) per initials-only form for the k written-out names with its surname.
public enum NameResolver {
    public static func resolve(
        _ counts: [String: Int], kinds: [String: AuthorKind] = [:], mergeInitials: Bool = true,
        thesaurus: Thesaurus = Thesaurus(), facts: NameFacts = NameFacts()
    ) -> NameResolution {
        var resolution = NameResolution()
        // 1. Thesaurus.
        let entering = Entering(counts, kinds: kinds, thesaurus: thesaurus, facts: facts)
        resolution.dropped = entering.dropped
        let names = entering.names(thesaurus)
        var sets = NameSets(names: names, identifiers: entering.identifiers)
        // 2. Identifiers.
        sets.reportAmbiguousIdentifiers(into: &resolution.conflicts)
        sets.mergeByIdentifiers(into: &resolution.conflicts)
        // 3. Fold, 4. notation.
        var keys = NameKeyRoots(names)
        keys.mergeFolded(&sets, conflicts: &resolution.conflicts)
        keys.mergeNotations(
            &sets, kinds: entering.kinds, surnameFirst: entering.surnameFirst, left: entering.splitBases,
            conflicts: &resolution.conflicts)
        // 5 and 6. Initials.
        if mergeInitials {
            var people = InitialsCandidates(
                sets: sets, names: names, kinds: entering.kinds, thesaurus: thesaurus,
                surnameFirst: entering.surnameFirst, left: entering.splitBases)
            people.mergeCompatibleFullNames(&sets, conflicts: &resolution.conflicts)
            people = InitialsCandidates(
                sets: sets, names: names, kinds: entering.kinds, thesaurus: thesaurus,
                surnameFirst: entering.surnameFirst, left: entering.splitBases)
            people.mergeInitialsOnlyForms(&sets, conflicts: &resolution.conflicts)
        }
        let canonicalOf = chooseCanonicalNames(sets, names: names, entering: entering, into: &resolution)
        listMerges(
            sets, names: names, canonicalOf: canonicalOf, entering: entering, thesaurus: thesaurus,
            into: &resolution)
        // One conflict per set of names (the fold and notation steps can meet the same pair).
        var reported = Set<[String]>()
        resolution.conflicts = resolution.conflicts.filter { reported.insert($0.names).inserted }
        return resolution
    }

    /// The canonical name of each final set (the index of its preferred name, per name index; a set of one name
    /// is its own canonical name); sets the kinds of the canonical names.
    static func chooseCanonicalNames(
        _ sets: NameSets, names: [String], entering: Entering, into resolution: inout NameResolution
    ) -> [Int] {
        var canonicalOf = Array(names.indices)
        resolution.kinds.reserveCapacity(names.count)
        for (index, name) in names.enumerated() where sets.find(index) == index && sets.mergedSets[index] == nil {
            resolution.kinds[name] = entering.kinds[name] == .group ? .group : .person
        }
        let bases = entering.splitBases
        for set in sets.mergedSets.values {
            var best = set.min { a, b in preferred(names[a], over: names[b], counts: entering.counts, bases: bases) }!
            if !bases.isEmpty, bases[names[best]] == nil {
                // Another spelling of a split label's written name: the label keeps the people apart.
                let folded = NameKey.fold(names[best])
                if let label = set.filter({ bases[names[$0]].map(NameKey.fold) == folded }).min() { best = label }
            }
            let kind: AuthorKind = set.contains { entering.kinds[names[$0]] == .group } ? .group : .person
            resolution.kinds[names[best]] = kind
            for member in set { canonicalOf[member] = best }
        }
        return canonicalOf
    }

    /// The written → canonical map and the list of merges, each with its rule and reason, sorted.
    static func listMerges(
        _ sets: NameSets, names: [String], canonicalOf: [Int], entering: Entering, thesaurus: Thesaurus,
        into resolution: inout NameResolution
    ) {
        // Without a thesaurus every written name enters as itself, at its own index.
        let direct = thesaurus.replacements.isEmpty
        var nameIndex: [String: Int] = [:]
        if !direct {
            for (index, name) in names.enumerated() { nameIndex[name] = index }
        }
        resolution.canonical.reserveCapacity(entering.written.count)
        var explainer = MergeExplainer(edges: sets.edges, names: names)
        let writtenNames = direct ? names : entering.written.keys.sorted()
        for (position, written) in writtenNames.enumerated() {
            let enteringName = direct ? written : entering.written[written]!
            let enteringIndex = direct ? position : nameIndex[enteringName]!
            let canonicalIndex = canonicalOf[enteringIndex]
            let canonical = names[canonicalIndex]
            resolution.canonical[written] = canonical
            guard written != canonical else { continue }
            if enteringName != written {
                resolution.merges.append(
                    NameMerge(
                        variant: written, canonical: canonical, rule: .thesaurus,
                        reason: "thesaurus replaces \"\(written)\" by \"\(enteringName)\""))
            } else if NameKey.fold(written) == NameKey.fold(canonical) {
                resolution.merges.append(
                    NameMerge(
                        variant: written, canonical: canonical, rule: .fold,
                        reason: "same name when case, diacritics, punctuation and spacing are ignored"))
            } else {
                let (rule, reason) = explainer.explain(enteringIndex, canonical: canonicalIndex)
                resolution.merges.append(NameMerge(variant: written, canonical: canonical, rule: rule, reason: reason))
            }
        }
        resolution.merges.sort { ($0.canonical, $0.variant) < ($1.canonical, $1.variant) }
    }

    /// Ordering used to pick a set's canonical name (true when `a` is preferred).
    static func preferred(_ a: String, over b: String, counts: [String: Int], bases: [String: String] = [:]) -> Bool {
        let words = { (s: String) in s.split(whereSeparator: { $0 == " " || $0 == "-" }).count }
        let fa = bases[a] ?? a, fb = bases[b] ?? b  // a split label is as complete as its written name
        let ta = words(fa), tb = words(fb)
        if ta != tb { return ta > tb }
        let la = fa.filter(\.isLetter).count, lb = fb.filter(\.isLetter).count
        if la != lb { return la > lb }
        let ca = counts[a] ?? 0, cb = counts[b] ?? 0
        if ca != cb { return ca > cb }
        let ia = a.contains(","), ib = b.contains(",")
        if ia != ib { return !ia }
        let da = a.unicodeScalars.filter { !$0.isASCII }.count, db = b.unicodeScalars.filter { !$0.isASCII }.count
        if da != db { return da > db }
        // The more carefully written form: "Peter C. Humphreys" over "Peter C Humphreys", "Jean-Baptiste" over "Jean Baptiste".
        let marks = { (s: String) in s.filter { ".-'’".contains($0) }.count }
        if marks(a) != marks(b) { return marks(a) > marks(b) }
        return Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }
}
