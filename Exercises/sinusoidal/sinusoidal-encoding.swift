import Foundation

/// The sinusoidal encoding of `position` (Vaswani et al. 2017, §3.5), interleaved:
/// entry 2i is sin(position · base^(−2i/d)), entry 2i + 1 the matching cosine.
func sinusoidalEncoding(position: Int, dimension: Int, base: Double = 10000) -> [Double] {
    // TODO: fill the dimension/2 (sine, cosine) pairs.
    return [Double](repeating: 0, count: dimension)
}

/// The smallest pair index i with (positions − 1) · base^(−2i/d) < 1: the first pair whose angle
/// stays below one radian over positions 0 ..< positions. dimension / 2 when there is none.
func firstSlowPair(positions: Int, dimension: Int, base: Double = 10000) -> Int {
    // TODO: solve the inequality for i.
    return 0
}

/// Your four predictions, in the order of the statement, decided before running anything.
func sinusoidPredictions() -> [Bool] {
    // TODO: replace with your answers.
    return []
}
