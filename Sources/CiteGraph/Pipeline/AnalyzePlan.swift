/// The steps of an `analyze` run, counted before it starts so progress is exact from the first line: reading,
/// the corpus and the co-authorship projection (which every author network needs), then per network its
/// measures, communities and map, the citation matching once, the years and bursts, and the writing. A network the data cannot support
/// still counts: its steps are reported as skipped.
public enum AnalyzePlan {
    /// The number of steps a run with `settings` reports.
    public static func stepCount(_ settings: AnalysisSettings) -> Int {
        let perNetwork = 3  // measures, communities, drawing
        var steps = 3  // read inputs, build corpus, co-authorship projection
        for family in settings.networks {
            switch family {
            case .coauthorship: break
            case .topics, .citations: steps += 1  // the topic network; the citation matching
            }
            steps += perNetwork * family.kinds.count
        }
        return steps + 2 + (hasPeriods(settings) ? 2 : 0)  // years and bursts; the periods and their maps; writing
    }

    /// Whether the run builds its networks per period (`--periods` or `--slice-years`).
    public static func hasPeriods(_ settings: AnalysisSettings) -> Bool {
        settings.periods != nil || settings.sliceYears > 0
    }
}
