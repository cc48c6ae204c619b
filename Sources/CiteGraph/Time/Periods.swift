import Bibliography

/// The periods a run compares (`--periods 2000-2009,2010-2016` or `--slice-years N`): inclusive year ranges in
/// time order, not overlapping. Slices of N years start at the first dated year; the last slice ends at the last
/// dated year (it may be shorter).
public struct Period: Sendable, Equatable {
    public let from: Int
    public let to: Int
    /// `2000-2009` (also the folder-safe name of the period's files).
    public var label: String { "\(from)-\(to)" }

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    public func contains(_ year: Int) -> Bool { year >= from && year <= to }

    /// Parses `2000-2009,2010-2016,2017`: ranges or single years, increasing, not overlapping.
    public static func parse(_ text: String) throws(SettingProblem) -> [Period] {
        var periods: [Period] = []
        for item in SettingValue.commaList(text) {
            let parts = item.split(separator: "-", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard (1...2).contains(parts.count), let from = Int(parts[0]), let to = Int(parts.last!), from <= to
            else {
                throw SettingProblem("'\(item)' is not a year range such as 2000-2009")
            }
            if let last = periods.last, from <= last.to {
                throw SettingProblem("periods must be in time order without overlap ('\(item)' after \(last.label))")
            }
            periods.append(Period(from: from, to: to))
        }
        guard !periods.isEmpty else { throw SettingProblem("must name at least one period such as 2000-2009") }
        return periods
    }

    /// Consecutive slices of `years` years from `first` to `last`.
    public static func slices(first: Int, last: Int, years: Int) -> [Period] {
        precondition(years >= 1, "a slice has at least one year")
        return stride(from: first, through: last, by: years).map { Period(from: $0, to: min($0 + years - 1, last)) }
    }

    /// The periods of `settings` for a corpus whose dated papers span `first...last`; empty when none is asked.
    public static func of(_ settings: AnalysisSettings, first: Int?, last: Int?) -> [Period] {
        if let text = settings.periods { return (try? parse(text)) ?? [] }
        guard settings.sliceYears > 0, let first, let last else { return [] }
        return slices(first: first, last: last, years: settings.sliceYears)
    }
}

extension Corpus {
    /// The corpus restricted to the papers published in `period` (undated papers are in no period): the same
    /// papers, authors recounted over them (so `min-papers` applies within the period, as a period-only corpus
    /// would), every other account kept.
    func restricted(to period: Period) -> Corpus {
        var copy = self
        copy.papers = papers.filter { $0.year.map(period.contains) ?? false }
        var counts: [String: Int] = [:]
        for paper in copy.papers {
            for name in Set(paper.authors.map(\.resolved)) { counts[name, default: 0] += 1 }
        }
        copy.authors = authors.compactMap { author in
            guard let n = counts[author.name] else { return nil }
            var a = author
            a.papers = n
            return a
        }
        copy.accounting.papers = copy.papers.count
        return copy
    }
}
