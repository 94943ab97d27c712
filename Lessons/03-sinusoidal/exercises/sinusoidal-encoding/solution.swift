import Foundation

/// The sinusoidal encoding of `position` (Vaswani et al. 2017, §3.5), interleaved:
/// entry 2i is sin(position · base^(−2i/d)), entry 2i + 1 the matching cosine.
func sinusoidalEncoding(position: Int, dimension: Int, base: Double = 10000) -> [Double] {
    var encoding = [Double](repeating: 0, count: dimension)
    for i in 0..<(dimension / 2) {
        let frequency = pow(base, -2 * Double(i) / Double(dimension))
        let angle = Double(position) * frequency
        encoding[2 * i] = sin(angle)
        encoding[2 * i + 1] = cos(angle)
    }
    return encoding
}

/// The smallest pair index i with (positions − 1) · base^(−2i/d) < 1: the first pair whose angle
/// stays below one radian over positions 0 ..< positions. dimension / 2 when there is none.
func firstSlowPair(positions: Int, dimension: Int, base: Double = 10000) -> Int {
    // (P − 1) base^(−2i/d) < 1  ⇔  i > (d/2) ln(P − 1) / ln(base): the first whole number above
    // the bound (floor + 1, so that a bound that is itself whole is passed), at most d/2.
    let bound = Double(dimension / 2) * log(Double(positions - 1)) / log(base)
    return min(Int(bound.rounded(.down)) + 1, dimension / 2)
}

/// Your four predictions, in the order of the statement, decided before running anything.
func sinusoidPredictions() -> [Bool] {
    // 1. Yes: every pair lies on the unit circle, so |PE(p)|² = d/2.
    // 2. No: the same numbers in another order, the same order for both vectors.
    // 3. No: only the length of the step is fixed; its coordinates turn with p.
    // 4. Yes: a larger base slows every pair but the first, so they stay closer to cos 0 = 1.
    [true, false, false, true]
}
