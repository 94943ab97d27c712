import Foundation

/// The smallest B with Σ_{k > distance} w_k ≤ B · w_0 for every input length, when w_k = e^(s_k − slope·k)
/// and s_k − s_0 ≤ scoreGap for every key k ≥ 1.
func alibiTailBound(slope: Double, distance: Int, scoreGap: Double) -> Double {
    // The worst case puts every score at the gap, and an endless input: a geometric series
    // e^g · Σ_{k ≥ D+1} e^(−m k) = e^(g − m(D + 1)) / (1 − e^(−m)). expm1 keeps 1 − e^(−m)
    // accurate when m is small.
    exp(scoreGap - slope * Double(distance + 1)) / -expm1(-slope)
}

/// Your four predictions, in the order of the statement, decided before running anything.
func tailPredictions() -> [Bool] {
    // 1. Yes: e^(−21/4) / (1 − e^(−1/4)) ≈ 0.0052 / 0.22 ≈ 0.024.
    // 2. No: each extra token of distance multiplies B by e^(−m); twenty more give e^(−5) ≈ 0.007.
    // 3. Yes: e^(−101/256) / (1 − e^(−1/256)) ≈ 0.67 · 256 ≈ 173: the gentlest head barely limits the far past.
    // 4. Yes: B is proportional to e^g.
    [true, false, true, true]
}
