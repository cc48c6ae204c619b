import Bibliography

/// The corpus over time: documents, authors and new authors per year (every year from the first to the last dated
/// paper, empty years included), the records without a year (counted, never guessed), and each input file's year
/// coverage.
public struct YearStatistics: Sendable {
    public struct Year: Sendable, Equatable {
        public let year: Int
        public let documents: Int
        /// Distinct authors of the year's papers.
        public let authors: Int
        /// Authors whose first dated paper is in this year.
        public let newAuthors: Int
    }

    /// The years covered by one input file (by the papers read from it, duplicates included).
    public struct FileCoverage: Sendable, Equatable {
        public let file: String
        public let papers: Int
        public let undated: Int
        public let first: Int?
        public let last: Int?
    }

    public let years: [Year]
    /// Papers without a year: counted here and left out of every per-year count and every burst series.
    public let undated: Int
    public let papers: Int
    public let files: [FileCoverage]

    /// Above this share of undated papers the report warns that time views leave much of the corpus out.
    public static let warningShare = 0.05

    public init(_ corpus: Corpus) {
        papers = corpus.papers.count
        undated = corpus.papers.filter { $0.year == nil }.count
        files = YearStatistics.coverage(corpus)
        let dated = corpus.papers.compactMap(\.year)
        guard let first = dated.min(), let last = dated.max() else {
            years = []
            return
        }
        var documents = [Int](repeating: 0, count: last - first + 1)
        var authorsPerYear = [Set<String>](repeating: [], count: last - first + 1)
        var firstYear: [String: Int] = [:]
        for paper in corpus.papers {
            guard let y = paper.year else { continue }
            documents[y - first] += 1
            for a in paper.authors {
                authorsPerYear[y - first].insert(a.resolved)
                firstYear[a.resolved] = min(firstYear[a.resolved] ?? y, y)
            }
        }
        var newPerYear = [Int](repeating: 0, count: last - first + 1)
        for y in firstYear.values { newPerYear[y - first] += 1 }
        years = (first...last).map { y in
            Year(
                year: y, documents: documents[y - first], authors: authorsPerYear[y - first].count,
                newAuthors: newPerYear[y - first])
        }
    }

    /// The share of papers without a year (0 for an empty corpus).
    public var undatedShare: Double { papers == 0 ? 0 : Double(undated) / Double(papers) }

    /// The warning the reports show when `undatedShare` is above `warningShare`.
    public var warning: String? {
        guard undatedShare > YearStatistics.warningShare else { return nil }
        return
            "\(Report.count(undated)) of \(Report.count(papers)) papers (\(Report.format(undatedShare * 100, digits: 3))%) have no year: they are in the networks but left out of the per-year counts, the overlay colors and the burst detection"
    }

    public var firstYear: Int? { years.first?.year }
    public var lastYear: Int? { years.last?.year }

    static func coverage(_ corpus: Corpus) -> [FileCoverage] {
        var stats: [String: (papers: Int, undated: Int, first: Int?, last: Int?)] = [:]
        for paper in corpus.papers {
            for file in Set(paper.locations.map(\.file)) {
                var s = stats[file] ?? (0, 0, nil, nil)
                s.papers += 1
                if let y = paper.year {
                    s.first = min(s.first ?? y, y)
                    s.last = max(s.last ?? y, y)
                } else {
                    s.undated += 1
                }
                stats[file] = s
            }
        }
        return stats.keys.sorted().map { file in
            let s = stats[file]!
            return FileCoverage(file: file, papers: s.papers, undated: s.undated, first: s.first, last: s.last)
        }
    }
}
