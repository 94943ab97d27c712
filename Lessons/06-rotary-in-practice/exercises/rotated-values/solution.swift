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
    let positions = queries.indices.map { startPosition + $0 }
    let turnedQueries = queries.indices.map { applyRoPE(queries[$0], position: positions[$0]) }
    let turnedKeys = keys.indices.map { applyRoPE(keys[$0], position: positions[$0]) }
    let summed = rotateValues ? values.indices.map { applyRoPE(values[$0], position: positions[$0]) } : values
    return queries.indices.map { t in
        let scale = Double(queries[t].count).squareRoot()
        let logits = (0...t).map { j in zip(turnedQueries[t], turnedKeys[j]).reduce(0) { $0 + $1.0 * $1.1 } / scale }
        let top = logits.max()!
        let unnormalised = logits.map { exp($0 - top) }
        let total = unnormalised.reduce(0, +)
        var output = [Double](repeating: 0, count: summed[t].count)
        for j in 0...t {
            for c in output.indices { output[c] += unnormalised[j] / total * summed[j][c] }
        }
        return output
    }
}

/// Your four predictions, in the order of the statement, decided before running anything.
func valuePredictions() -> [Bool] {
    // 1. No: the weights come from queries and keys only, which depend on offsets only.
    // 2. Yes: o_t(s) = Σ_j a_tj R_{s+j} v_j = R_s o_t(0), a different vector for s with R_s ≠ I.
    // 3. Yes: R_s is a rotation, so |o_t(s)| = |o_t(0)|.
    // 4. Yes: R_{−(s+t)} R_s o_t(0) = R_{−t} o_t(0) = Σ_j a_tj R_{j−t} v_j, offsets only.
    [false, true, true, true]
}
