import Foundation

/// The smallest B with Σ_{k > distance} w_k ≤ B · w_0 for every input length, when w_k = e^(s_k − slope·k)
/// and s_k − s_0 ≤ scoreGap for every key k ≥ 1.
func alibiTailBound(slope: Double, distance: Int, scoreGap: Double) -> Double {
    // The worst case puts every score at the gap, and an endless input: a geometric series
    // e^g · Σ_{k ≥ D+1} e^(−m k) = e^(g − m(D + 1)) / (1 − e^(−m)). expm1 keeps 1 − e^(−m)
    // accurate when m is small.
    exp(scoreGap - slope * Double(distance + 1)) / -expm1(-slope)
}
