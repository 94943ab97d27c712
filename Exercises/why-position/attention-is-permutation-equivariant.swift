import Foundation

/// Scaled dot-product attention: softmax(Q Kᵀ / √d_k) V, one output row per query row.
func attention(queries: [[Double]], keys: [[Double]], values: [[Double]]) -> [[Double]] {
    // TODO: for each query, score every key (dot product / √d_k), turn the scores into
    // weights with a softmax, and return the weighted sum of the value rows.
    return []
}
