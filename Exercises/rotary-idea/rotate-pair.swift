import Foundation

/// RoFormer's 2-D rotary encoding: `v` turned counter-clockwise by `position * theta` radians.
func rotatePair(_ v: [Double], position: Int, theta: Double) -> [Double] {
    // TODO: rotate [x, y] by the angle a = position * theta.
    return v
}
