import Bibliography

/// Authors whose output grows fastest in the recent years relative to their past.
///
/// Definition: the recent window is the last `recentYears` years of the corpus's dated range (the last 3 by
/// default: 2022–2024 for a corpus ending in 2024); an author's past is from their first dated paper to the year
/// before the window. For both, papers per year and distinct co-authors per year (co-authors of the papers in
/// that span); growth = recent papers per year − past papers per year (0 past years: a newcomer's past rate is 0).
/// Authors need at least `minRecentPapers` recent papers and a positive growth; ranked by growth, then co-author
/// growth, then name.
/// Undated papers are left out.
public struct RisingAuthors: Sendable {
    public struct Row: Sendable, Equatable {
        public let name: String
        public let pastPapers: Int
        public let recentPapers: Int
        public let pastRate: Double
        public let recentRate: Double
        public let pastCoauthorRate: Double
        public let recentCoauthorRate: Double
        public var growth: Double { recentRate - pastRate }
        public var coauthorGrowth: Double { recentCoauthorRate - pastCoauthorRate }
    }

    public static let recentYears = 3
    public static let minRecentPapers = 2
    public static let listed = 15

    /// The recent window (nil for a corpus without dated papers).
    public let recent: ClosedRange<Int>?
    /// The authors ranked, at most `listed`.
    public let rows: [Row]

    public init(_ corpus: Corpus) {
        let dated = corpus.papers.compactMap(\.year)
        guard let first = dated.min(), let last = dated.max() else {
            recent = nil
            rows = []
            return
        }
        let start = max(first, last - RisingAuthors.recentYears + 1)
        recent = start...last
        let recentSpan = Double(last - start + 1)
        var spans: [String: (first: Int, past: Int, recent: Int, pastCo: Set<String>, recentCo: Set<String>)] = [:]
        for paper in corpus.papers {
            guard let y = paper.year else { continue }
            let names = Set(paper.authors.map(\.resolved))
            for name in names {
                var s = spans[name] ?? (y, 0, 0, [], [])
                s.first = min(s.first, y)
                if y >= start {
                    s.recent += 1
                    s.recentCo.formUnion(names.subtracting([name]))
                } else {
                    s.past += 1
                    s.pastCo.formUnion(names.subtracting([name]))
                }
                spans[name] = s
            }
        }
        let all = spans.compactMap { name, s -> Row? in
            guard s.recent >= RisingAuthors.minRecentPapers else { return nil }
            let pastSpan = Double(max(0, start - s.first))
            return Row(
                name: name, pastPapers: s.past, recentPapers: s.recent,
                pastRate: pastSpan > 0 ? Double(s.past) / pastSpan : 0, recentRate: Double(s.recent) / recentSpan,
                pastCoauthorRate: pastSpan > 0 ? Double(s.pastCo.count) / pastSpan : 0,
                recentCoauthorRate: Double(s.recentCo.count) / recentSpan)
        }
        rows = Array(
            all.filter { $0.growth > 0 }.sorted {
                if $0.growth != $1.growth { return $0.growth > $1.growth }
                if $0.coauthorGrowth != $1.coauthorGrowth { return $0.coauthorGrowth > $1.coauthorGrowth }
                return $0.name < $1.name
            }.prefix(RisingAuthors.listed))
    }
}
