/// A small, fast, deterministic random number generator for property checks: SplitMix64.
///
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014) keeps one 64-bit counter; each `next()` adds the odd constant
/// 0x9E3779B97F4A7C15 to it and returns the counter scrambled by a fixed 64-bit mixing
/// function. Every seed gives a different sequence, the period is 2⁶⁴, and the output
/// passes BigCrush. It is not cryptographic. The same seed gives the same values on every
/// machine and Swift version, because `double(in:)`, `int(in:)` and friends are defined
/// here rather than taken from the standard library (whose `random(in:using:)`
/// algorithms are not promised to stay the same; they work with this generator too).
///
/// ```swift
/// var random = SeededRandom(seed: 42)
/// let x = random.doubles(count: 3, in: -1...1)
/// let k = random.int(in: 0..<x.count)
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    /// The golden-ratio increment added to the state by every `next()`.
    static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The counter that `next()` advances.
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    ///
    /// Any value is a good seed, including 0.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 uniformly distributed random bits.
    ///
    /// Seed 0 gives 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F, … (the
    /// reference SplitMix64 sequence).
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// A uniformly distributed `Double` in `range`, both ends included.
    ///
    /// Drawn from 2⁵³ evenly spaced points of the range; `lower` when the range is a single
    /// value. The bounds must be finite. Uses one `next()`.
    public mutating func double(in range: ClosedRange<Double>) -> Double {
        precondition(range.lowerBound.isFinite && range.upperBound.isFinite, "SeededRandom.double(in:) needs finite bounds, got \(range)")
        let unit = Double(next() >> 11) / Double((1 as UInt64) << 53 - 1)  // [0, 1]
        return Self.interpolate(range.lowerBound, range.upperBound, unit)
    }

    /// A uniformly distributed `Double` in `range`, upper bound excluded.
    ///
    /// The range must not be empty and its bounds must be finite. Uses one `next()`.
    public mutating func double(in range: Range<Double>) -> Double {
        precondition(range.lowerBound.isFinite && range.upperBound.isFinite, "SeededRandom.double(in:) needs finite bounds, got \(range)")
        precondition(!range.isEmpty, "SeededRandom.double(in:) needs a non-empty range, got \(range)")
        let unit = Double(next() >> 11) * 0x1p-53  // [0, 1)
        let value = Self.interpolate(range.lowerBound, range.upperBound, unit)
        return value < range.upperBound ? value : range.upperBound.nextDown
    }

    /// A uniformly distributed `Int` in `range`, both ends included.
    ///
    /// Unbiased (Lemire's multiply-and-reject method); works for any range, including
    /// `Int.min...Int.max`. Usually uses one `next()`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound)
        let count = span &+ 1
        if count == 0 { return Int(truncatingIfNeeded: next()) }  // the full 2⁶⁴ values
        return range.lowerBound &+ Int(truncatingIfNeeded: below(count))
    }

    /// A uniformly distributed `Int` in `range`, upper bound excluded.
    ///
    /// The range must not be empty. Unbiased, like `int(in:)` for closed ranges.
    public mutating func int(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "SeededRandom.int(in:) needs a non-empty range, got \(range)")
        return int(in: range.lowerBound...(range.upperBound - 1))
    }

    /// `true` or `false` with equal probability.
    ///
    /// Uses the top bit of one `next()`.
    public mutating func bool() -> Bool {
        next() >> 63 == 1
    }

    /// `count` independent values from `double(in:)`.
    ///
    /// `count` must not be negative.
    public mutating func doubles(count: Int, in range: ClosedRange<Double>) -> [Double] {
        precondition(count >= 0, "SeededRandom.doubles(count:in:) needs count ≥ 0, got \(count)")
        var values: [Double] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(double(in: range)) }
        return values
    }

    /// A `rows`×`columns` matrix (an array of rows) of independent values from `double(in:)`.
    ///
    /// Filled row by row. Neither dimension may be negative.
    public mutating func matrix(rows: Int, columns: Int, in range: ClosedRange<Double>) -> [[Double]] {
        precondition(rows >= 0 && columns >= 0, "SeededRandom.matrix(rows:columns:in:) needs rows, columns ≥ 0, got \(rows)×\(columns)")
        var matrix: [[Double]] = []
        matrix.reserveCapacity(rows)
        for _ in 0..<rows { matrix.append(doubles(count: columns, in: range)) }
        return matrix
    }

    /// The seed of case `index` of a property check whose seed is `seed`: the
    /// `index`-th output (from 0) of SplitMix64 seeded with `seed`.
    ///
    /// Giving each case its own generator keeps a case's values independent of how many
    /// values earlier cases drew.
    static func caseSeed(_ seed: UInt64, index: Int) -> UInt64 {
        mix(seed &+ Self.increment &* (UInt64(truncatingIfNeeded: index) &+ 1))
    }

    /// The SplitMix64 output function (a variant of MurmurHash3's 64-bit finalizer).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<bound` (`bound > 0`) by Lemire's method.
    private mutating func below(_ bound: UInt64) -> UInt64 {
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// The point `unit` of the way from `lower` to `upper`, kept inside both; safe even
    /// when `upper − lower` overflows.
    private static func interpolate(_ lower: Double, _ upper: Double, _ unit: Double) -> Double {
        let width = upper - lower
        let value = width.isFinite ? lower + width * unit : lower * (1 - unit) + upper * unit
        return min(max(value, lower), upper)
    }
}
