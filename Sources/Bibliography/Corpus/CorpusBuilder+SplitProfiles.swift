extension CorpusBuilder {
    /// The split written names, each part with its papers and the name it is counted as, and the thesaurus rows
    /// ("Wu H. (2)<TAB>Wu H.") that would count every part as the first.
    static func splitProfiles(_ splits: SplitNames, resolution: NameResolution, papers: [Paper])
        -> [Corpus.SplitProfile]
    {
        guard !splits.splits.isEmpty else { return [] }
        var slots: [String: Int] = [:]
        for paper in papers {
            for author in paper.authors where splits.splits[author.written] != nil {
                slots[splits.key(for: author), default: 0] += 1
            }
        }
        return splits.splits.keys.sorted().map { written in
            let split = splits.splits[written]!
            let parts = split.groups.map { group in
                Corpus.SplitProfile.Part(
                    label: group.label, identifier: group.identifier, countedAs: resolution.canonical[group.label],
                    papers: slots[group.label] ?? 0)
            }
            let first = split.groups[0].label
            let rows = split.groups.dropFirst().map { $0.label + "\t" + first }
            return Corpus.SplitProfile(written: written, scheme: split.scheme, parts: parts, thesaurusRows: rows)
        }
    }
}
