/// The one comparison of computed values with expected ones used by every test of this target: a NaN on either
/// side, or arrays of different lengths, can never pass.
enum ValueComparison {
    /// The largest absolute difference and where (index −1 when all are equal); `infinity` when the lengths differ,
    /// `nan` at the first index where a difference is NaN.
    static func maxError(_ a: [Double], _ b: [Double]) -> (error: Double, index: Int) {
        guard a.count == b.count else { return (.infinity, -1) }
        var worst = (0.0, -1)
        for i in a.indices {
            let d = abs(a[i] - b[i])
            if d.isNaN { return (.nan, i) }
            if d > worst.0 { worst = (d, i) }
        }
        return worst
    }

    /// Whether every value is within `tolerance` (false on a NaN or a length mismatch).
    static func close(_ a: [Double], _ b: [Double], within tolerance: Double) -> Bool {
        maxError(a, b).error <= tolerance
    }

    /// Indices where two arrays are not bit-for-bit equal (all indices if the lengths differ).
    static func bitDifferences(_ a: [Double], _ b: [Double]) -> [Int] {
        guard a.count == b.count else { return Array(0..<max(a.count, b.count)) }
        return a.indices.filter { a[$0].bitPattern != b[$0].bitPattern }
    }
}
