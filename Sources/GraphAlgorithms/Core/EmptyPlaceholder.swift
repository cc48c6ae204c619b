/// Never-dereferenced stand-ins for the base address of an empty array (a graph without arcs).
enum EmptyPlaceholder {
    nonisolated(unsafe) static let int32 = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    nonisolated(unsafe) static let double = UnsafeMutablePointer<Double>.allocate(capacity: 1)
}

/// Calls `body` with base pointers of a CSR adjacency (`offsets`, `targets`); `targets` may be empty.
@inline(__always)
func withPointers<R>(
    _ offsets: [Int], _ targets: [Int32],
    _ body: (UnsafePointer<Int>, UnsafePointer<Int32>) -> R
) -> R {
    offsets.withUnsafeBufferPointer { off in
        targets.withUnsafeBufferPointer { tgt in
            body(off.baseAddress!, tgt.baseAddress ?? UnsafePointer(EmptyPlaceholder.int32))
        }
    }
}
