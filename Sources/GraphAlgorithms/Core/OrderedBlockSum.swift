import Foundation

/// Splits `0..<n` into `count` contiguous blocks whose sizes differ by at most one.
struct BlockPartition {
    let n: Int
    let count: Int

    /// The fixed block count for `n` sources: 64 (or `n` when smaller). It depends on `n` only, never on the
    /// thread count, so the blocked floating-point sums are the same for every thread count.
    static func standard(_ n: Int) -> BlockPartition { BlockPartition(n: n, count: max(1, min(64, n))) }

    func range(_ b: Int) -> Range<Int> {
        let q = n / count, r = n % count
        let lo = b * q + min(b, r)
        return lo..<(lo + q + (b < r ? 1 : 0))
    }
}

/// Per-node sums accumulated block by block and added to the total strictly in block order, whatever thread
/// finished which block first: `total[v] = ((0 + B0[v]) + B1[v]) + ...`, so the result is bit-identical for
/// every thread count. Finished blocks that arrive early wait in `pending` (a handful of buffers at most).
final class OrderedBlockSum: @unchecked Sendable {
    let n: Int
    let blocks: Int
    private let lock = NSLock()
    private var nextToReduce = 0
    private var pending: [Int: UnsafeMutablePointer<Double>] = [:]
    private var spare: [UnsafeMutablePointer<Double>] = []
    private var all: [UnsafeMutablePointer<Double>] = []
    let total: UnsafeMutablePointer<Double>

    init(n: Int, blocks: Int) {
        self.n = n
        self.blocks = blocks
        total = .allocate(capacity: max(n, 1))
        total.initialize(repeating: 0, count: max(n, 1))
    }

    deinit {
        total.deallocate()
        for p in all { p.deallocate() }
    }

    /// A zeroed buffer of `n` doubles for one block.
    func buffer() -> UnsafeMutablePointer<Double> {
        lock.lock()
        defer { lock.unlock() }
        return takeSpare()
    }

    private func takeSpare() -> UnsafeMutablePointer<Double> {
        if let p = spare.popLast() { return p }
        let p = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        p.initialize(repeating: 0, count: max(n, 1))
        all.append(p)
        return p
    }

    /// Hands in block `b`'s sums; returns a zeroed buffer for the next block.
    func submit(block b: Int, _ buf: UnsafeMutablePointer<Double>) -> UnsafeMutablePointer<Double> {
        lock.lock()
        defer { lock.unlock() }
        pending[b] = buf
        while let p = pending.removeValue(forKey: nextToReduce) {
            for v in 0..<n { total[v] += p[v] }
            p.update(repeating: 0, count: n)
            spare.append(p)
            nextToReduce += 1
        }
        return takeSpare()
    }

    func result() -> [Double] {
        precondition(nextToReduce == blocks, "blocks missing from the ordered sum")
        return Array(UnsafeBufferPointer(start: total, count: n))
    }
}

/// Runs `perSource(source, accumulator)` for every source `0..<n` on `threads` threads: sources are cut into the
/// fixed blocks of `BlockPartition.standard(n)`, each block accumulates into its own zeroed buffer in increasing
/// source order, and blocks are summed in block order (`OrderedBlockSum`), so the result does not depend on
/// `threads`. `makeWorker` builds one worker state (scratch buffers) per thread.
func blockedSourceSum<W>(
    n: Int, threads: Int, makeWorker: () -> W,
    perSource: (inout W, Int, UnsafeMutablePointer<Double>) -> Void
) -> [Double] {
    let plan = BlockPartition.standard(n)
    let sum = OrderedBlockSum(n: n, blocks: n == 0 ? 0 : plan.count)
    if n == 0 { return [] }
    let counter = ChunkCounter(count: plan.count)
    let workers = max(1, min(threads, plan.count))
    runWorkers(workers) { _ in
        var worker = makeWorker()
        var buf = sum.buffer()
        while let b = counter.claim() {
            for s in plan.range(b) { perSource(&worker, s, buf) }
            buf = sum.submit(block: b, buf)
        }
    }
    return sum.result()
}
