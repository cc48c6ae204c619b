/// Finds copies of the same paper across files, by identifiers first, then by title.
///
/// 1. **Identifiers.** Two records with the same normalized DOI, or the same work id within one scheme
///    (`openalex`, `wos`, `pmid`, `scopus`, `dblp`), are copies; the reason names the identifier.
/// 2. **Title.** Equal titles after folding, and author lists that agree on the names both show (each pair the
///    same author by identifier, or equal after folding, or initial-compatible, or — the title being the same —
///    the same surname with agreeing initials, "Bruna, E. M." / "Emilio M. Bruna"; a truncated list only needs
///    to agree on its visible prefix; two complete lists must have the same length).
///
/// Different ids of one work scheme forbid both merges (`identifiersConflict`): two DOIs, two Scopus EIDs, two
/// Web of Science UTs ... name two works — a preprint and its journal version, four volumes of one proceedings,
/// an article and a conference abstract of one title. A notice says so.
///
/// A copy is merged into the first-seen record: locations are kept, lists are united (affiliations, topics,
/// references, identifiers, keywords by kind, organizations, countries), the kept copy's cited references unless it
/// has none, the larger times cited, the fuller author list wins, the first known year/month/day, abstract, score and
/// venue are kept, and `hasCode` is true if any copy says so. Where the two lists agree position by position
/// (over the shorter one), each slot unites both copies' identifiers and affiliations and takes the fuller
/// written form ("Martin Bobák" over "M. Bobák"; `isFuller`).
///
/// - Complexity: O(n) hashing by identifier and title key, O(k²·a) within k records sharing a title key of a
///   authors.
enum Deduplicator {
    struct Outcome {
        var papers: [Paper]
        var duplicates: [Corpus.DuplicateMerge]
        var issues: [ParseIssue]
    }

    /// Work identifier schemes that name one work across sources, in the order they are tried.
    static let workSchemes = IdentifierScheme.works
    static let workSchemeSet = Set(workSchemes)

    static func titleKey(_ title: String) -> String { title.isEmpty ? "" : NameKey.fold(title) }

    /// The record's work identifiers as `(scheme, normalized value, value as shown)`, DOI first.
    static func identityKeys(_ paper: Paper) -> [(scheme: IdentifierScheme, value: String, shown: String)] {
        // Most records carry no work identifier but their source key (`id`): skip the lookups then.
        guard paper.identifiers.keys.contains(where: { workSchemeSet.contains($0) }) else { return [] }
        return workSchemes.compactMap { scheme in
            guard let raw = paper.identifiers[scheme], let value = normalized(raw, scheme: scheme) else { return nil }
            return (scheme, value, scheme == .doi ? value : raw.trimmingCharacters(in: .whitespaces))
        }
    }

    /// DOIs lose their resolver prefix and case; other ids are trimmed and lower-cased (a `WOS:` prefix dropped).
    static func normalized(_ raw: String, scheme: IdentifierScheme) -> String? {
        if scheme == .doi { return DOI.normalized(raw) }
        var value = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if scheme == .wos, value.hasPrefix("wos:") { value.removeFirst(4) }
        return value.isEmpty ? nil : value
    }

    /// Two ids of one work scheme that tell two records apart.
    struct IdentifierConflict {
        var scheme: IdentifierScheme
        /// The kept paper's id and the record's id, as shown (DOIs normalized, other ids as written).
        var kept: String
        var record: String

        /// The notice code: `same-<id|title>-other-doi` for DOIs, `same-<id|title>-other-id` for the others.
        func code(_ matchedBy: String) -> String { "same-\(matchedBy)-other-" + (scheme == .doi ? "doi" : "id") }

        /// "the DOIs differ (b vs a)", "the Scopus EIDs differ (…)".
        var sentence: String { "the \(scheme.workLabel)s differ (\(record) vs \(kept))" }
    }

    /// The first work scheme (DOI first) for which both records have an id and the ids differ: two DOIs, two
    /// Scopus EIDs, two Web of Science UTs ... name two works, whatever their titles and authors.
    static func identifiersConflict(_ kept: Paper, _ record: Paper) -> IdentifierConflict? {
        for scheme in workSchemes {
            guard let a = kept.identifiers[scheme], let x = normalized(a, scheme: scheme),
                let b = record.identifiers[scheme], let y = normalized(b, scheme: scheme), x != y
            else { continue }
            let shown = { (raw: String, value: String) in
                scheme == .doi ? value : raw.trimmingCharacters(in: .whitespaces)
            }
            return IdentifierConflict(scheme: scheme, kept: shown(a, x), record: shown(b, y))
        }
        return nil
    }

    static func deduplicate(_ records: [Paper]) -> Outcome {
        var pass = Pass()
        for record in records { pass.add(record) }
        return Outcome(papers: pass.papers, duplicates: pass.duplicates, issues: pass.issues)
    }

    /// One pass over the records: each joins the first paper it duplicates (1. by identifier, 2. by title and
    /// compatible authors) or becomes a paper of its own.
    struct Pass {
        var papers: [Paper] = []
        var duplicates: [Corpus.DuplicateMerge] = []
        var issues: [ParseIssue] = []
        private var byTitle: [String: [Int]] = [:]
        private var byIdentifier: [String: Int] = [:]  // "scheme value" → paper

        mutating func add(_ record: Paper) {
            let key = titleKey(record.title)
            var mergedInto = mergeByIdentifier(record)
            if mergedInto == nil, !key.isEmpty, let candidates = byTitle[key] {
                mergedInto = mergeByTitle(record, candidates: candidates)
            }
            if let index = mergedInto {
                // The copy's own ids lead here too (a title copy may carry another id of a scheme).
                register(papers[index], at: index)
                register(record, at: index)
                if !key.isEmpty, !(byTitle[key]?.contains(index) ?? false) { byTitle[key, default: []].append(index) }
            } else {
                if !key.isEmpty { byTitle[key, default: []].append(papers.count) }
                register(record, at: papers.count)
                papers.append(record)
            }
        }

        private mutating func register(_ paper: Paper, at index: Int) {
            for (scheme, value, _) in identityKeys(paper) where byIdentifier[scheme.rawValue + " " + value] == nil {
                byIdentifier[scheme.rawValue + " " + value] = index
            }
        }

        private mutating func merge(_ record: Paper, into index: Int, reason: String) {
            duplicates.append(
                Corpus.DuplicateMerge(
                    kept: papers[index].locations[0], duplicate: record.locations[0], title: record.title,
                    reason: reason))
            papers[index] = union(papers[index], record, issues: &issues)
        }

        /// 1. The first paper that has one of the record's work identifiers (unless their DOIs differ).
        private mutating func mergeByIdentifier(_ record: Paper) -> Int? {
            for (scheme, value, shown) in identityKeys(record) {
                guard let index = byIdentifier[scheme.rawValue + " " + value] else { continue }
                if let conflict = identifiersConflict(papers[index], record) {
                    if let location = record.location {
                        issues.append(
                            ParseIssue(
                                .notice, conflict.code("id"), at: location,
                                "same \(scheme.workLabel) \(shown) as the record at \(papers[index].locations[0]), but \(conflict.sentence); kept as a separate paper",
                                excerpt: record.title))
                    }
                    continue
                }
                merge(record, into: index, reason: "same \(scheme.workLabel) \(shown)")
                return index
            }
            return nil
        }

        /// 2. The first paper of the same title whose authors agree (unless their DOIs differ); a notice when
        /// titles match but nothing merges.
        private mutating func mergeByTitle(_ record: Paper, candidates: [Int]) -> Int? {
            var idConflict: (index: Int, conflict: IdentifierConflict)?
            for index in candidates where authorsAgree(papers[index], record) {
                if let conflict = identifiersConflict(papers[index], record) {
                    if idConflict == nil { idConflict = (index, conflict) }
                    continue
                }
                merge(record, into: index, reason: "same title and compatible author lists")
                return index
            }
            guard let location = record.location else { return nil }
            if let (index, conflict) = idConflict {
                issues.append(
                    ParseIssue(
                        .notice, conflict.code("title"), at: location,
                        "same title and authors as the record at \(papers[index].locations[0]), but \(conflict.sentence); kept as a separate paper",
                        excerpt: record.title))
            } else if let first = candidates.first {
                issues.append(
                    ParseIssue(
                        .notice, "same-title-other-authors", at: location,
                        "same title as the record at \(papers[first].locations[0]) but the author lists disagree; kept as a separate paper",
                        excerpt: record.title))
            }
            return nil
        }
    }

    /// The visible (not inferred) authors of both lists agree.
    static func authorsAgree(_ a: Paper, _ b: Paper) -> Bool {
        let x = a.authors.filter { !$0.inferred }, y = b.authors.filter { !$0.inferred }
        if x.isEmpty || y.isEmpty { return x.isEmpty && y.isEmpty }
        if !a.authorsTruncated && !b.authorsTruncated && x.count != y.count { return false }
        // A complete list must be at least as long as the other's visible part.
        if !a.authorsTruncated && x.count < y.count { return false }
        if !b.authorsTruncated && y.count < x.count { return false }
        return zip(x, y).allSatisfy { sameAuthor($0, $1) }
    }

    /// Two author slots of copies of one paper name the same author: a shared author identifier says yes;
    /// otherwise the names decide (`namesAgree`, or the looser same-surname-and-initials test that a shared title
    /// allows, trying the surname-first reading of names without a comma). Different author ids do not say no
    /// here: a source that lists a work twice often gives its authors new ids too (OpenAlex does).
    static func sameAuthor(_ a: AuthorName, _ b: AuthorName) -> Bool {
        if !a.identifiers.isEmpty, !b.identifiers.isEmpty {
            for scheme in NameFacts.schemes {
                if let x = a.identifiers[scheme], x == b.identifiers[scheme] { return true }
            }
        }
        if namesAgree(a.written, b.written) { return true }
        let p = readings(a.written), q = readings(b.written)
        return p.contains { x in q.contains { y in x.mayBeSameAuthor(as: y) } }
    }

    /// The ways a written name can be read: as written, and surname-first when it has no comma.
    private static func readings(_ written: String) -> [PersonName] {
        var out: [PersonName] = []
        if let p = PersonName(written) { out.append(p) }
        if !written.contains(","), let q = PersonName(written, surnameFirst: true), !out.contains(q) { out.append(q) }
        return out
    }

    static func namesAgree(_ a: String, _ b: String) -> Bool {
        if NameKey.fold(a) == NameKey.fold(b) { return true }
        guard let p = PersonName(a), let q = PersonName(b) else { return false }
        return p.isInitialCompatible(with: q)
    }

    /// Lists that agree position by position (over the shorter one) describe the same authors: each slot unites
    /// what both copies know of it and takes the fuller written form.
    static func reconcileAuthors(_ authors: inout [AuthorName], with other: [AuthorName]) {
        guard zip(authors, other).allSatisfy({ sameAuthor($0, $1) }) else { return }
        for (slot, author) in zip(authors.indices, other) {
            for (scheme, value) in author.identifiers where authors[slot].identifiers[scheme] == nil {
                authors[slot].identifiers[scheme] = value
            }
            for affiliation in author.affiliations where !authors[slot].affiliations.contains(affiliation) {
                authors[slot].affiliations.append(affiliation)
            }
            if isFuller(author.written, than: authors[slot].written) {
                authors[slot].written = author.written
                authors[slot].resolved = author.written
                authors[slot].kind = author.kind
            }
        }
    }

    /// `a` is a fuller form of one author than `b`: more name parts, or as many and more letters ("Martin Bobák"
    /// over "M. Bobák" and "Bobák, M."; "Bobák, Martin J." over "Martin Bobák"). Equal fullness keeps `b`.
    static func isFuller(_ a: String, than b: String) -> Bool {
        let parts = { (s: String) in s.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).count }
        let pa = parts(a), pb = parts(b)
        if pa != pb { return pa > pb }
        return a.filter(\.isLetter).count > b.filter(\.isLetter).count
    }

    static func union(_ kept: Paper, _ copy: Paper, issues: inout [ParseIssue]) -> Paper {
        var out = kept
        out.locations = (kept.locations + copy.locations).sorted()
        // The fuller author list wins; inferred authors of either copy are kept when absent.
        let keptVisible = kept.authors.filter { !$0.inferred }, copyVisible = copy.authors.filter { !$0.inferred }
        var other: [AuthorName]
        if copyVisible.count > keptVisible.count || (kept.authorsTruncated && !copy.authorsTruncated) {
            out.authors = copyVisible
            out.authorsTruncated = copy.authorsTruncated
            other = keptVisible
        } else {
            out.authors = keptVisible
            other = copyVisible
        }
        reconcileAuthors(&out.authors, with: other)
        for inferred in (kept.authors + copy.authors).filter(\.inferred)
        where !out.authors.contains(where: { namesAgree($0.written, inferred.written) }) {
            out.authors.append(inferred)
        }
        for affiliation in copy.affiliations where !out.affiliations.contains(affiliation) {
            out.affiliations.append(affiliation)
        }
        for topic in copy.topics where !out.topics.contains(topic) { out.topics.append(topic) }
        for reference in copy.references where !out.references.contains(reference) { out.references.append(reference) }
        for keyword in copy.authorKeywords where !out.authorKeywords.contains(keyword) {
            out.authorKeywords.append(keyword)
        }
        for keyword in copy.indexedKeywords where !out.indexedKeywords.contains(keyword) {
            out.indexedKeywords.append(keyword)
        }
        for organization in copy.organizations where !out.organizations.contains(organization) {
            out.organizations.append(organization)
        }
        for country in copy.countries where !out.countries.contains(country) { out.countries.append(country) }
        if out.citedReferences.isEmpty { out.citedReferences = copy.citedReferences }
        if let cited = copy.timesCited { out.timesCited = max(out.timesCited ?? cited, cited) }
        if out.sourceAbbreviation == nil { out.sourceAbbreviation = copy.sourceAbbreviation }
        for (scheme, value) in copy.identifiers where out.identifiers[scheme] == nil { out.identifiers[scheme] = value }
        if out.year == nil {
            out.year = copy.year
            out.month = copy.month
            out.day = copy.day
        } else if let y = copy.year, y != out.year, let location = copy.location {
            issues.append(
                ParseIssue(
                    .notice, "duplicate-year-differs", at: location,
                    "copy of \(kept.locations[0]) gives year \(y), the kept record \(out.year!); kept \(out.year!)"))
        }
        if out.abstract == nil { out.abstract = copy.abstract }
        if out.score == nil { out.score = copy.score }
        if out.venue == nil { out.venue = copy.venue }
        out.hasCode = kept.hasCode || copy.hasCode
        return out
    }
}
