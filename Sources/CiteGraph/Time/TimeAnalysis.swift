import Bibliography
import GraphAlgorithms

/// The time dimension of a run: the corpus per year (`YearStatistics`) and the bursts of its terms, authors,
/// cited references and sources (`BurstTable`, Kleinberg's model with the run's s and γ), and the rising
/// authors (`RisingAuthors`).
public struct TimeAnalysis: Sendable {
    public let years: YearStatistics
    public let bursts: BurstTable
    public let rising: RisingAuthors

    /// Bursts listed in the reports (bursts.csv has all of them).
    public static let reportedBursts = 25

    static func run(_ corpus: Corpus, terms: [[String]], settings: AnalysisSettings) -> TimeAnalysis {
        let parameters = KleinbergBursts.Parameters(s: settings.burstScale, gamma: settings.burstGamma)
        return TimeAnalysis(
            years: YearStatistics(corpus), bursts: BurstTable(corpus, terms: terms, parameters: parameters),
            rising: RisingAuthors(corpus))
    }
}
