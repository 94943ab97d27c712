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

/// Causal attention weights of one head with RoPE: token t at position startPosition + t,
/// scores dot(RoPE(q_t), RoPE(k_j)) / sqrt(d), softmax over j ≤ t, zeros for j > t.
func ropeAttentionWeights(queries: [[Double]], keys: [[Double]], startPosition: Int) -> [[Double]] {
    let n = queries.count
    // TODO: rotate, score, mask and softmax each row.
    return [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
}
