import Foundation

/// The smallest B with Σ_{k > distance} w_k ≤ B · w_0 for every input length, when w_k = e^(s_k − slope·k)
/// and s_k − s_0 ≤ scoreGap for every key k ≥ 1.
func alibiTailBound(slope: Double, distance: Int, scoreGap: Double) -> Double {
    // TODO: find the scores that make the far sum largest, and sum that series in closed form.
    return 0
}

/// Your four predictions, in the order of the statement, decided before running anything.
func tailPredictions() -> [Bool] {
    // TODO: replace with your answers.
    return []
}
