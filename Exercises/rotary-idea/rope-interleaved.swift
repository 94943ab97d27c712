import Foundation

/// RoFormer's rotary embedding R^d_{Θ,m} x with interleaved pairs (x[2i], x[2i+1]),
/// θ_i = base^(−2i/d), 0-based pair index i and position m.
func applyRoPE(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
    // TODO: turn every pair (x[2i], x[2i+1]) by position * θ_i.
    return x
}
