/// xoshiro256** seeded through SplitMix64 (Blackman & Vigna 2018): small, fast, and the same sequence on every
/// platform for a given seed — used wherever an algorithm is "deterministic for a seed".
struct Xoshiro256: RandomNumberGenerator {
    private var s0, s1, s2, s3: UInt64

    /// Stream `stream` of `seed`: independent-looking sequences for `(seed, 0)`, `(seed, 1)`, ...
    init(seed: UInt64, stream: UInt64 = 0) {
        var sm = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform integer in `0..<bound` (Lemire's multiply-shift with rejection; exact, platform independent).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// Uniform `Double` in `[0, 1)` with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform `Double` in `[0, 1)` (the community algorithms' name for `unit()`).
    @inline(__always)
    mutating func nextUnit() -> Double { unit() }

    /// Fisher–Yates shuffle of `0..<count` written into `p`.
    mutating func fillPermutation(_ p: UnsafeMutablePointer<Int32>, count: Int) {
        for i in 0..<count { p[i] = Int32(truncatingIfNeeded: i) }
        var i = count - 1
        while i > 0 {
            let j = below(i + 1)
            let tmp = p[i]
            p[i] = p[j]
            p[j] = tmp
            i -= 1
        }
    }
}
