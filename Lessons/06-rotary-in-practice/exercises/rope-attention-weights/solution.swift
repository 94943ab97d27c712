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
    let rotatedQueries = queries.indices.map { applyRoPE(queries[$0], position: startPosition + $0) }
    let rotatedKeys = keys.indices.map { applyRoPE(keys[$0], position: startPosition + $0) }
    return (0..<n).map { t in
        let scale = Double(queries[t].count).squareRoot()
        let scores = (0...t).map { j in
            zip(rotatedQueries[t], rotatedKeys[j]).reduce(0) { $0 + $1.0 * $1.1 } / scale
        }
        let largest = scores.max()!
        let exponentials = scores.map { exp($0 - largest) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total } + [Double](repeating: 0, count: n - 1 - t)
    }
}
