import CiteGraph
import Foundation

/// Progress on stderr: a redrawn bar with counts and an estimate of the time left on a terminal, plain lines
/// otherwise (logs, CI). The total is known from the first line.
final class ConsoleProgress: ProgressSink, @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let start = ContinuousClock.now
    private var index = 0
    private var total = 1

    func started(_ step: String, index: Int, total: Int) {
        self.index = index
        self.total = total
        if isTerminal {
            bar(done: index - 1, step: "\(step)…")
        } else {
            Console.error("citegraph: [\(index)/\(total)] \(step)…")
        }
    }

    func finished(_ step: String, seconds: Double) {
        if isTerminal {
            if index >= total { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        } else if seconds >= 0.5 {
            Console.error("citegraph: [\(index)/\(total)] \(step): \(String(format: "%.1f", seconds)) s")
        }
    }

    func skipped(_ step: String, index: Int, total: Int) {
        self.index = index
        self.total = total
        if isTerminal {
            bar(done: index, step: "\(step): skipped")
        } else {
            Console.error("citegraph: [\(index)/\(total)] \(step): skipped (not built)")
        }
    }

    private func bar(done: Int, step: String) {
        let width = 24
        let filled = width * done / max(total, 1)
        let elapsed = StepTimer.seconds(ContinuousClock.now - start)
        let eta = done > 0 ? " ETA ~\(Int((elapsed / Double(done) * Double(total - done)).rounded()))s" : ""
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(done)/\(total) \(step)\(eta)".utf8))
    }
}
