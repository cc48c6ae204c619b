/// Step-by-step progress of a long run. `analyze` reports each step (with its size) as it starts and ends; the
/// total is known before the first step (`AnalyzePlan`), so `[i/N]` never jumps.
public protocol ProgressSink: AnyObject, Sendable {
    /// A step starts; `index` is 1-based out of `total` steps.
    func started(_ step: String, index: Int, total: Int)
    /// The step that started last has finished after `seconds`.
    func finished(_ step: String, seconds: Double)
    /// A planned step is not needed (its network was not built); it counts as done.
    func skipped(_ step: String, index: Int, total: Int)
}

/// Times the steps of a run and forwards them to a sink.
public final class StepTimer: @unchecked Sendable {
    private let sink: (any ProgressSink)?
    public private(set) var timings: [(step: String, seconds: Double)] = []
    /// Steps started or skipped so far.
    public private(set) var index = 0
    /// The planned number of steps.
    public let total: Int

    public init(sink: (any ProgressSink)?, total: Int) {
        self.sink = sink
        self.total = total
    }

    public func run<T>(_ step: String, _ body: () throws -> T) rethrows -> T {
        index += 1
        sink?.started(step, index: index, total: max(total, index))
        let start = ContinuousClock.now
        let value = try body()
        let seconds = StepTimer.seconds(ContinuousClock.now - start)
        timings.append((step, seconds))
        sink?.finished(step, seconds: seconds)
        return value
    }

    /// Counts a planned step that is not needed.
    public func skip(_ step: String) {
        index += 1
        sink?.skipped(step, index: index, total: max(total, index))
    }

    public static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
