/// Builds a `Corpus` from what the readers returned: owner inference, deduplication, name resolution, and the
/// account of every record.
///
/// Name resolution gets the author identifiers of the unique papers' author slots, and knows which names come
/// from formats that write "Surname Initials" without a comma (`surnameFirstFormats`).
public enum CorpusBuilder {
    /// Formats whose author fields may be "Surname Initials" without a comma (MEDLINE `AU`, WoS `AU`, Scopus).
    static let surnameFirstFormats: Set<InputFormat> = [.medline, .wos, .scopus]

    public static func build(_ batch: InputReader.Batch, options: CorpusOptions = CorpusOptions()) -> Corpus {
        var issues: [ParseIssue] = []
        var facts = NameFacts()
        let (records, inferences) = gatherRecords(
            batch, inferOwner: options.inferProfileOwner, facts: &facts, issues: &issues)
        let dedup = Deduplicator.deduplicate(records)
        issues += dedup.issues
        let (resolution, splits) = resolveNames(dedup.papers, options: options, facts: &facts)
        let (papers, droppedSlots) = applyResolution(resolution, splits: splits, to: dedup.papers)
        if !resolution.dropped.isEmpty {
            issues.append(
                ParseIssue(
                    .notice, "thesaurus-dropped", at: SourceLocation(file: "thesaurus", line: 0),
                    "the thesaurus dropped \(resolution.dropped.count) name(s) from \(droppedSlots) author slot(s): \(resolution.dropped.sorted().joined(separator: "; "))"
                ))
        }
        let accounting = account(batch, papers: papers.count, duplicates: dedup.duplicates.count)
        return Corpus(
            papers: papers, authors: authors(papers, resolution: resolution), profiles: batch.profiles,
            accounting: accounting, merges: resolution.merges, conflicts: resolution.conflicts,
            duplicates: dedup.duplicates, issues: issues, ownerInferences: inferences,
            splitProfiles: splitProfiles(splits, resolution: resolution, papers: dedup.papers))
    }

    /// Every record in input order, its author names stripped of invisible characters (reported), a profile's
    /// owner added to its records that do not list them; notes the names written by surname-first formats.
    static func gatherRecords(
        _ batch: InputReader.Batch, inferOwner: Bool, facts: inout NameFacts, issues: inout [ParseIssue]
    ) -> (records: [Paper], inferences: [Corpus.OwnerInference]) {
        var inferences: [Corpus.OwnerInference] = []
        var records: [Paper] = []
        for result in batch.results {
            let surnameFirst = surnameFirstFormats.contains(result.format)
            let owner = result.profile.map { InvisibleCharacters.strip($0.owner) }
            for var record in result.records {
                stripInvisibleCharacters(&record, issues: &issues)
                if surnameFirst { for author in record.authors { facts.surnameFirst.insert(author.written) } }
                if inferOwner, let owner, !owner.isEmpty,
                    !record.authors.contains(where: { Deduplicator.namesAgree($0.written, owner) })
                {
                    record.authors.append(AuthorName(written: owner, kind: .person, inferred: true))
                    inferences.append(
                        Corpus.OwnerInference(owner: owner, location: record.locations[0], title: record.title))
                }
                records.append(record)
            }
        }
        return (records, inferences)
    }

    /// Resolves the written names of the unique papers, with the author identifiers of their slots; a written
    /// name carried with several identifiers of one scheme is resolved as one label per identifier
    /// (`SplitNames`).
    static func resolveNames(_ papers: [Paper], options: CorpusOptions, facts: inout NameFacts)
        -> (resolution: NameResolution, splits: SplitNames)
    {
        let splits = SplitNames(papers.lazy.flatMap(\.authors))
        facts.splitBases = splits.bases
        var counts: [String: Int] = [:]
        var kinds: [String: AuthorKind] = [:]
        for paper in papers {
            for author in paper.authors {
                let key = splits.key(for: author)
                counts[key, default: 0] += 1
                if author.kind == .group { kinds[key] = .group }
                guard !author.identifiers.isEmpty, !author.inferred else { continue }
                for scheme in NameFacts.schemes {
                    guard let value = SplitNames.identifier(author, scheme) else { continue }
                    facts.identifiers[key, default: [:]][scheme, default: []].insert(value)
                }
            }
        }
        let resolution = NameResolver.resolve(
            counts, kinds: kinds, mergeInitials: options.mergeInitials,
            thesaurus: options.thesaurus, facts: facts)
        return (resolution, splits)
    }

    /// The papers with their authors resolved (a slot the thesaurus dropped is removed; the same person twice in
    /// one list counts once), and the number of slots dropped.
    /// - Complexity: O(total author slots).
    static func applyResolution(_ resolution: NameResolution, splits: SplitNames, to unique: [Paper])
        -> (papers: [Paper], dropped: Int)
    {
        var papers = unique
        var droppedSlots = 0
        for index in papers.indices {
            var authors: [AuthorName] = []
            authors.reserveCapacity(papers[index].authors.count)
            // Short lists (nearly all) are checked by a scan of the kept names; long ones through a set, so a list
            // of 100,000 authors does not take 10^10 steps.
            let long = papers[index].authors.count > 16
            var seen = Set<String>()
            for var author in papers[index].authors {
                guard let canonical = resolution.canonical[splits.key(for: author)] else {
                    droppedSlots += 1
                    continue
                }
                if canonical != author.written {
                    author.resolved = canonical
                    author.kind = resolution.kinds[canonical] ?? author.kind
                } else if author.kind == .person, resolution.kinds[canonical] == .group {
                    author.kind = .group
                }
                if long {
                    guard seen.insert(author.resolved).inserted else { continue }
                } else if authors.contains(where: { $0.resolved == author.resolved }) {
                    continue
                }
                authors.append(author)
            }
            papers[index].authors = authors
        }
        return (papers, droppedSlots)
    }

    /// The corpus's authors: each resolved name with its papers and the written variants merged into it.
    static func authors(_ papers: [Paper], resolution: NameResolution) -> [Corpus.Author] {
        var paperCounts: [String: Int] = [:]
        for paper in papers { for author in paper.authors { paperCounts[author.resolved, default: 0] += 1 } }
        var variants: [String: [String]] = [:]
        for merge in resolution.merges where paperCounts[merge.canonical] != nil {
            variants[merge.canonical, default: [merge.canonical]].append(merge.variant)
        }
        return paperCounts.keys.sorted().map { name in
            Corpus.Author(
                name: name, kind: resolution.kinds[name] ?? .person, papers: paperCounts[name]!,
                variants: (variants[name] ?? [name]).sorted())
        }
    }

    /// The account of every record: read = papers + duplicates merged + skipped.
    static func account(_ batch: InputReader.Batch, papers: Int, duplicates: Int) -> Corpus.Accounting {
        var reasons: [String: Int] = [:]
        for result in batch.results { for skip in result.skipped { reasons[skip.reason, default: 0] += 1 } }
        let read = batch.results.reduce(0) { $0 + $1.recordsRead }
        let skipped = batch.results.reduce(0) { $0 + $1.skipped.count }
        let accounting = Corpus.Accounting(
            files: batch.results.count, unreadableFiles: batch.errors.count,
            recordsRead: read, papers: papers, duplicatesMerged: duplicates, skipped: skipped,
            skippedReasons: reasons)
        precondition(accounting.recordsRead == accounting.papers + accounting.duplicatesMerged + accounting.skipped)
        return accounting
    }
}
