import Foundation

/// RoFormer's rotary embedding R^d_{Θ,m} x with interleaved pairs (x[2i], x[2i+1]),
/// θ_i = base^(−2i/d), 0-based pair index i and position m.
func applyRoPE(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
    let d = x.count
    var rotated = x
    for i in 0..<(d / 2) {
        let theta = pow(base, -2 * Double(i) / Double(d))
        let angle = Double(position) * theta
        let (c, s) = (cos(angle), sin(angle))
        let (a, b) = (x[2 * i], x[2 * i + 1])
        rotated[2 * i] = a * c - b * s
        rotated[2 * i + 1] = a * s + b * c
    }
    return rotated
}
