import Foundation

/// Scaled dot-product attention: softmax(Q Kᵀ / √d_k) V, one output row per query row.
func attention(queries: [[Double]], keys: [[Double]], values: [[Double]]) -> [[Double]] {
    let scale = 1 / Double(keys[0].count).squareRoot()
    let outputWidth = values[0].count
    return queries.map { query in
        let scores = keys.map { key in zip(query, key).reduce(0) { $0 + $1.0 * $1.1 } * scale }
        let weights = softmax(scores)
        var output = [Double](repeating: 0, count: outputWidth)
        for (weight, value) in zip(weights, values) {
            for c in 0..<outputWidth {
                output[c] += weight * value[c]
            }
        }
        return output
    }
}

/// The softmax of `scores`, shifted by the maximum so that no exponential overflows.
private func softmax(_ scores: [Double]) -> [Double] {
    let largest = scores.max() ?? 0
    let exponentials = scores.map { exp($0 - largest) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
}
