import Foundation

/// RoFormer's 2-D rotary encoding: `v` turned counter-clockwise by `position * theta` radians.
func rotatePair(_ v: [Double], position: Int, theta: Double) -> [Double] {
    let angle = Double(position) * theta
    let (c, s) = (cos(angle), sin(angle))
    return [v[0] * c - v[1] * s, v[0] * s + v[1] * c]
}
