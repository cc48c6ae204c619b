/// Step-by-step progress of a long run. `analyze` reports each step (with its size) as it starts and ends;
/// the command line shows a bar on a terminal and plain lines otherwise.
public protocol ProgressSink: AnyObject, Sendable {
    /// A step starts; `index` is 1-based out of `total` known steps.
    func started(_ step: String, index: Int, total: Int)
    /// The step that started last has finished after `seconds`.
    func finished(_ step: String, seconds: Double)
}

/// Times the steps of a run and forwards them to a sink.
public final class StepTimer: @unchecked Sendable {
    private let sink: (any ProgressSink)?
    private(set) public var timings: [(step: String, seconds: Double)] = []
    private var index = 0
    public var total: Int

    public init(sink: (any ProgressSink)?, total: Int) {
        self.sink = sink
        self.total = total
    }

    public func run<T>(_ step: String, _ body: () throws -> T) rethrows -> T {
        index += 1
        if index > total { total = index }
        sink?.started(step, index: index, total: total)
        let start = ContinuousClock.now
        let value = try body()
        let d = ContinuousClock.now - start
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        timings.append((step, seconds))
        sink?.finished(step, seconds: seconds)
        return value
    }
}
