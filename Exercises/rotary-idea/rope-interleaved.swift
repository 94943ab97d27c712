import Foundation

/// RoFormer's rotary embedding R^d_{Θ,m} x with interleaved pairs (x[2i], x[2i+1]),
/// θ_i = base^(−2i/d), 0-based pair index i and position m.
func applyRoPE(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
    // TODO: turn every pair (x[2i], x[2i+1]) by position * θ_i.
    return x
}

/// The d×d matrix M (rows) with dot(applyRoPE(q, position: m), applyRoPE(k, position: n)) = qᵀ M k
/// for every q and k, where m = queryPosition and n = keyPosition.
func relativeRotation(queryPosition: Int, keyPosition: Int, dimension: Int,
                      base: Double = 10000) -> [[Double]] {
    // TODO: derive M pair by pair and fill its 2×2 blocks.
    return [[Double]](repeating: [Double](repeating: 0, count: dimension), count: dimension)
}

/// Your four predictions, in the order of the statement, decided before running anything.
func ropePredictions() -> [Double] {
    // TODO: replace with your answers.
    return []
}
