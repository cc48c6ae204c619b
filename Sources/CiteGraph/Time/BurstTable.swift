import Bibliography
import GraphAlgorithms

/// Bursts of the corpus (`KleinbergBursts` on yearly counts, as CiteSpace's burst detection): for every term
/// (topic codes and title words/bigrams, the shared-topic network's terms), author, cited reference and source,
/// the number of dated papers per year that have it, against the number of dated papers per year. Items on fewer
/// than `minPapers` dated papers are not tested (one paper cannot burst). Undated papers are left out.
public struct BurstTable: Sendable {
    /// What kind of item burst.
    public enum ItemKind: String, Sendable, CaseIterable {
        case term, author, reference, source
    }

    public struct Entry: Sendable, Equatable {
        public let kind: ItemKind
        public let item: String
        /// First and last year of the burst (inclusive).
        public let start: Int
        public let end: Int
        public let strength: Double
        /// Dated papers with the item, all years.
        public let papers: Int
        /// Dated papers with the item per year, from `firstYear` to `lastYear` (the series the burst was found in).
        public let counts: [Int]
    }

    public let parameters: KleinbergBursts.Parameters
    /// Every burst, strongest first (ties: kind, item, start).
    public let entries: [Entry]
    /// The years of the series (first to last dated paper).
    public let firstYear: Int?
    public let lastYear: Int?
    /// Items tested, per kind.
    public let tested: [ItemKind: Int]
    /// Dated papers per year, `firstYear` to `lastYear` (the totals every series is compared with).
    public let totals: [Int]

    static let minPapers = 2

    public init(_ corpus: Corpus, terms: [[String]], parameters: KleinbergBursts.Parameters) {
        self.parameters = parameters
        let dated = corpus.papers.compactMap(\.year)
        guard let first = dated.min(), let last = dated.max() else {
            (entries, firstYear, lastYear, tested, totals) = ([], nil, nil, [:], [])
            return
        }
        firstYear = first
        lastYear = last
        var totals = [Int](repeating: 0, count: last - first + 1)
        for y in dated { totals[y - first] += 1 }
        self.totals = totals
        var all: [Entry] = []
        var tested: [ItemKind: Int] = [:]
        for kind in ItemKind.allCases {
            let series = BurstTable.series(corpus, kind: kind, terms: terms, first: first, years: totals.count)
            tested[kind] = series.items.count
            for (i, item) in series.items.enumerated() {
                let counts = Array(series.counts[(i * totals.count)..<((i + 1) * totals.count)])
                for b in KleinbergBursts.detect(counts: counts, totals: totals, parameters: parameters) {
                    all.append(
                        Entry(
                            kind: kind, item: item, start: first + b.start, end: first + b.end, strength: b.strength,
                            papers: series.papers[i], counts: counts))
                }
            }
        }
        self.tested = tested
        entries = all.sorted {
            if $0.strength != $1.strength { return $0.strength > $1.strength }
            if $0.kind != $1.kind { return $0.kind.rawValue < $1.kind.rawValue }
            if $0.item != $1.item { return $0.item < $1.item }
            return $0.start < $1.start
        }
    }

    /// The items of `kind` on at least `minPapers` dated papers, sorted, with their yearly counts flat
    /// (item i's years at `counts[i·years ..< (i+1)·years]`).
    static func series(_ corpus: Corpus, kind: ItemKind, terms: [[String]], first: Int, years: Int)
        -> (items: [String], counts: [Int], papers: [Int])
    {
        var perItem: [String: [Int]] = [:]
        for (index, paper) in corpus.papers.enumerated() {
            guard let y = paper.year else { continue }
            for item in Set(items(of: paper, index: index, kind: kind, terms: terms)) {
                perItem[item, default: []].append(y - first)
            }
        }
        let items = perItem.filter { $0.value.count >= minPapers }.keys.sorted()
        var counts = [Int](repeating: 0, count: items.count * years)
        var papers: [Int] = []
        papers.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let offsets = perItem[item]!
            for o in offsets { counts[i * years + o] += 1 }
            papers.append(offsets.count)
        }
        return (items, counts, papers)
    }

    static func items(of paper: Paper, index: Int, kind: ItemKind, terms: [[String]]) -> [String] {
        switch kind {
        case .term: return terms[index]
        case .author: return paper.authors.map(\.resolved)
        case .reference: return paper.references
        case .source: return paper.venue.map { [$0] } ?? []
        }
    }
}
