import Foundation

/// Given: interleaved RoPE from lesson 5 (pairs (2i, 2i+1), θ_i = base^(−2i/d)).
func applyRoPE(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
    let d = x.count
    var rotated = x
    for i in 0..<(d / 2) {
        let angle = Double(position) * pow(base, -2 * Double(i) / Double(d))
        rotated[2 * i] = x[2 * i] * cos(angle) - x[2 * i + 1] * sin(angle)
        rotated[2 * i + 1] = x[2 * i] * sin(angle) + x[2 * i + 1] * cos(angle)
    }
    return rotated
}

/// Causal attention outputs of one head with RoPE on queries and keys: token t at position
/// startPosition + t, weights softmax_j≤t(dot(RoPE(q_t), RoPE(k_j)) / sqrt(d)), output
/// Σ_j weight · value_j, with value_j rotated by its position when rotateValues is true.
func ropeAttentionOutputs(queries: [[Double]], keys: [[Double]], values: [[Double]],
                          startPosition: Int, rotateValues: Bool) -> [[Double]] {
    // TODO: the weights of the previous exercise, then the weighted sum of (rotated) values.
    return values
}

/// Your four predictions, in the order of the statement, decided before running anything.
func valuePredictions() -> [Bool] {
    // TODO: replace with your answers.
    return []
}
