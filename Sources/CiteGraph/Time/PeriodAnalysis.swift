import Bibliography

/// Every network of the run built again per period (`Period`), with the same settings (but the path measures' time
/// budget divided among the periods), measures and seeded communities, from the papers published in the period; and each network compared between consecutive periods
/// (`PeriodComparison`). Papers without a year belong to no period: they are counted (`undated`), as are dated
/// papers outside every given period (`outside`), so the periods' papers add up to the corpus minus both.
public struct PeriodAnalysis: Sendable {
    public struct Slice: Sendable {
        public let period: Period
        public let papers: Int
        public let networks: [AnalyzedNetwork]
        /// Networks the period's papers cannot support, with the reason.
        public let skipped: [(kind: NetworkKind, reason: String)]

        public func network(_ kind: NetworkKind) -> AnalyzedNetwork? { networks.first { $0.kind == kind } }
    }

    public let slices: [Slice]
    public let comparisons: [PeriodComparison]
    public let undated: Int
    public let outside: Int

    static func run(_ corpus: Corpus, periods: [Period], settings: AnalysisSettings) -> PeriodAnalysis {
        // The exact path measures' time budget is shared by the periods (each network of a period gets
        // budget / periods), so slicing costs about what one run of the same networks costs, not periods × budget.
        var settings = settings
        settings.timeBudget /= Double(max(1, periods.count))
        var slices: [Slice] = []
        for period in periods {
            let sub = corpus.restricted(to: period)
            guard !sub.papers.isEmpty else {
                slices.append(Slice(period: period, papers: 0, networks: [], skipped: []))
                continue
            }
            let built = Analysis.buildNetworks(settings, corpus: sub, timer: StepTimer(sink: nil, total: 0))
            slices.append(
                Slice(
                    period: period, papers: sub.papers.count, networks: built.withAverageCitations(),
                    skipped: built.skipped))
        }
        var comparisons: [PeriodComparison] = []
        for (a, b) in zip(slices, slices.dropFirst()) {
            for kind in settings.networkKinds {
                guard let x = a.network(kind), let y = b.network(kind) else { continue }
                comparisons.append(PeriodComparison(x, y, from: a.period, to: b.period))
            }
        }
        let undated = corpus.papers.filter { $0.year == nil }.count
        let inPeriods = slices.map(\.papers).reduce(0, +)
        return PeriodAnalysis(
            slices: slices, comparisons: comparisons, undated: undated,
            outside: corpus.papers.count - undated - inPeriods)
    }
}
