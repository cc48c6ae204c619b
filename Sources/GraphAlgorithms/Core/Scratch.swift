/// A fixed-size scratch array (one per thread; never reallocated per source), freed with its owner.
final class Scratch<T> {
    let p: UnsafeMutablePointer<T>
    let count: Int
    init(_ count: Int, _ value: T) {
        self.count = max(count, 1)
        p = .allocate(capacity: self.count)
        p.initialize(repeating: value, count: self.count)
    }
    deinit {
        p.deinitialize(count: count)
        p.deallocate()
    }
}

/// Output array written by several threads at distinct indices.
final class SharedOutput<T>: @unchecked Sendable {
    let p: UnsafeMutablePointer<T>
    let count: Int
    init(_ count: Int, _ value: T) {
        self.count = count
        p = .allocate(capacity: max(count, 1))
        p.initialize(repeating: value, count: max(count, 1))
    }
    deinit {
        p.deinitialize(count: max(count, 1))
        p.deallocate()
    }
    var array: [T] { Array(UnsafeBufferPointer(start: p, count: count)) }
}
