/// Finds copies of the same paper across files: equal titles after folding, and author lists that agree on the
/// names both show (each pair equal after folding or initial-compatible; a truncated list only needs to agree
/// on its visible prefix; two complete lists must have the same length).
///
/// A copy is merged into the first-seen record: locations are kept, lists are united (affiliations, topics,
/// identifiers), the fuller author list wins, the first known year/month/day, abstract, score are kept, and
/// `hasCode` is true if any copy says so.
///
/// - Complexity: O(n) hashing by title key, O(k²·a) within k records sharing a title key of a authors.
enum Deduplicator {
    struct Outcome {
        var papers: [Paper]
        var duplicates: [Corpus.DuplicateMerge]
        var issues: [ParseIssue]
    }

    static func titleKey(_ title: String) -> String { title.isEmpty ? "" : NameKey.fold(title) }

    static func deduplicate(_ records: [Paper]) -> Outcome {
        var papers: [Paper] = []
        var byTitle: [String: [Int]] = [:]
        var duplicates: [Corpus.DuplicateMerge] = []
        var issues: [ParseIssue] = []
        for record in records {
            let key = titleKey(record.title)
            var merged = false
            if !key.isEmpty, let candidates = byTitle[key] {
                for index in candidates where authorsAgree(papers[index], record) {
                    duplicates.append(Corpus.DuplicateMerge(kept: papers[index].locations[0], duplicate: record.locations[0],
                        title: record.title, reason: "same title and compatible author lists"))
                    papers[index] = union(papers[index], record, issues: &issues)
                    merged = true
                    break
                }
                if !merged, let first = candidates.first, let location = record.location {
                    issues.append(ParseIssue(.notice, "same-title-other-authors", at: location,
                        "same title as the record at \(papers[first].locations[0]) but the author lists disagree; kept as a separate paper",
                        excerpt: record.title))
                }
            }
            if !merged {
                if !key.isEmpty { byTitle[key, default: []].append(papers.count) }
                papers.append(record)
            }
        }
        return Outcome(papers: papers, duplicates: duplicates, issues: issues)
    }

    /// The visible (not inferred) authors of both lists agree.
    static func authorsAgree(_ a: Paper, _ b: Paper) -> Bool {
        let x = a.authors.filter { !$0.inferred }, y = b.authors.filter { !$0.inferred }
        if x.isEmpty || y.isEmpty { return x.isEmpty && y.isEmpty }
        if !a.authorsTruncated && !b.authorsTruncated && x.count != y.count { return false }
        // A complete list must be at least as long as the other's visible part.
        if !a.authorsTruncated && x.count < y.count { return false }
        if !b.authorsTruncated && y.count < x.count { return false }
        return zip(x, y).allSatisfy { namesAgree($0.written, $1.written) }
    }

    static func namesAgree(_ a: String, _ b: String) -> Bool {
        if NameKey.fold(a) == NameKey.fold(b) { return true }
        guard let p = PersonName(a), let q = PersonName(b) else { return false }
        return p.isInitialCompatible(with: q)
    }

    static func union(_ kept: Paper, _ copy: Paper, issues: inout [ParseIssue]) -> Paper {
        var out = kept
        out.locations = (kept.locations + copy.locations).sorted()
        // The fuller author list wins; inferred authors of either copy are kept when absent.
        let keptVisible = kept.authors.filter { !$0.inferred }, copyVisible = copy.authors.filter { !$0.inferred }
        if copyVisible.count > keptVisible.count || (kept.authorsTruncated && !copy.authorsTruncated) {
            out.authors = copyVisible
            out.authorsTruncated = copy.authorsTruncated
        } else {
            out.authors = keptVisible
        }
        for inferred in (kept.authors + copy.authors).filter(\.inferred)
        where !out.authors.contains(where: { namesAgree($0.written, inferred.written) }) {
            out.authors.append(inferred)
        }
        for affiliation in copy.affiliations where !out.affiliations.contains(affiliation) { out.affiliations.append(affiliation) }
        for topic in copy.topics where !out.topics.contains(topic) { out.topics.append(topic) }
        for reference in copy.references where !out.references.contains(reference) { out.references.append(reference) }
        for (scheme, value) in copy.identifiers where out.identifiers[scheme] == nil { out.identifiers[scheme] = value }
        if out.year == nil { out.year = copy.year; out.month = copy.month; out.day = copy.day }
        else if let y = copy.year, y != out.year, let location = copy.location {
            issues.append(ParseIssue(.notice, "duplicate-year-differs", at: location,
                "copy of \(kept.locations[0]) gives year \(y), the kept record \(out.year!); kept \(out.year!)"))
        }
        if out.abstract == nil { out.abstract = copy.abstract }
        if out.score == nil { out.score = copy.score }
        if out.venue == nil { out.venue = copy.venue }
        out.hasCode = kept.hasCode || copy.hasCode
        return out
    }
}
