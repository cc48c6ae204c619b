/// Scratch buffers shared by the phases of one Louvain/Leiden run, sized for the level-0 node count (every
/// level is smaller). Invariants between uses: `neighWeight` is all 0 and `seen` all false (each user resets
/// the entries it touched).
final class CommunityScratch {
    let capacity: Int
    let neighWeight: UnsafeMutablePointer<Double>
    let seen: UnsafeMutablePointer<Bool>
    let touched: UnsafeMutablePointer<Int32>
    let order: UnsafeMutablePointer<Int32>
    let permutation: UnsafeMutablePointer<Int32>
    let rank: UnsafeMutablePointer<Int32>
    let bucketStart: UnsafeMutablePointer<Int>

    init(capacity n: Int) {
        capacity = n
        let c = n + 1  // one spare slot for a dummy community
        neighWeight = .allocate(capacity: c)
        neighWeight.initialize(repeating: 0, count: c)
        seen = .allocate(capacity: c)
        seen.initialize(repeating: false, count: c)
        touched = .allocate(capacity: c)
        order = .allocate(capacity: c)
        permutation = .allocate(capacity: c)
        rank = .allocate(capacity: c)
        bucketStart = .allocate(capacity: c + 1)
    }

    deinit {
        neighWeight.deallocate()
        seen.deallocate()
        touched.deallocate()
        order.deallocate()
        permutation.deallocate()
        rank.deallocate()
        bucketStart.deallocate()
    }
}
