/// The pseudo-random generator of the community algorithms: xoshiro256** (Blackman & Vigna 2018) whose 256-bit
/// state is filled from the seed by SplitMix64, so one `UInt64` seed fixes every random choice on every platform.
/// Never touches `SystemRandomNumberGenerator`.
///
/// - Complexity: O(1) per draw.
struct SeededRandom: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var x = seed
        s0 = SeededRandom.splitMix(&x)
        s1 = SeededRandom.splitMix(&x)
        s2 = SeededRandom.splitMix(&x)
        s3 = SeededRandom.splitMix(&x)
    }

    private static func splitMix(_ x: inout UInt64) -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1), 53 random bits.
    @inline(__always)
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in 0..<bound (multiply-high; the bias is below 2^-32 for any bound used here).
    @inline(__always)
    mutating func next(below bound: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// Fisher–Yates shuffle of `0..<count` written into `p`.
    mutating func fillPermutation(_ p: UnsafeMutablePointer<Int32>, count: Int) {
        for i in 0..<count { p[i] = Int32(truncatingIfNeeded: i) }
        var i = count - 1
        while i > 0 {
            let j = next(below: i + 1)
            let tmp = p[i]
            p[i] = p[j]
            p[j] = tmp
            i -= 1
        }
    }
}
