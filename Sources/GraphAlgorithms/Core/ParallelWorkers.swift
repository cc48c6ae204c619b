import Dispatch
import Foundation

// The one way GraphAlgorithms runs work on several threads: `runWorkers` starts exactly the requested number of
// workers (never more than the caller's `threads` option), and work is handed out in fixed chunks through a
// `ChunkCounter`, so which thread computes a chunk never changes a result.

/// Carries a value across threads; whoever uses it guarantees the accesses do not race.
final class UncheckedSendableBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Runs `body(worker)` for `workers` workers on Dispatch's pool (inline when `workers <= 1`). The callers' bodies
/// share only lock-protected state (`ChunkCounter`, `OrderedBlockSum`) and write disjoint output slots.
func runWorkers(_ workers: Int, _ body: (Int) -> Void) {
    if workers <= 1 {
        body(0)
        return
    }
    withoutActuallyEscaping(body) { escapable in
        let box = UncheckedSendableBox(escapable)
        DispatchQueue.concurrentPerform(iterations: workers) { box.value($0) }
    }
}

/// A lock-protected counter handing out chunk indices `0..<count` in increasing order.
final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    let count: Int

    init(count: Int) { self.count = count }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Runs `body(chunk)` for every chunk `0..<chunks` on at most `threads` threads (in order on the calling thread
/// when `threads <= 1`); bodies must write disjoint memory.
func parallelChunks(_ chunks: Int, threads: Int, _ body: (Int) -> Void) {
    let counter = ChunkCounter(count: chunks)
    runWorkers(max(1, min(threads, chunks))) { _ in
        while let c = counter.claim() { body(c) }
    }
}

/// Runs `body(worker, item)` for every item `0..<n` on at most `threads` threads in chunks handed out dynamically,
/// with one worker state from `makeWorker` per thread; for per-item results that need no reduction (closeness,
/// eccentricities).
func parallelItems<W>(n: Int, threads: Int, chunk: Int = 64, makeWorker: () -> W, body: (inout W, Int) -> Void) {
    if n == 0 { return }
    let chunks = (n + chunk - 1) / chunk
    let counter = ChunkCounter(count: chunks)
    runWorkers(max(1, min(threads, chunks))) { _ in
        var worker = makeWorker()
        while let c = counter.claim() {
            for i in (c * chunk)..<min(n, (c + 1) * chunk) { body(&worker, i) }
        }
    }
}
