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

/// The d×d matrix M (rows) with dot(applyRoPE(q, position: m), applyRoPE(k, position: n)) = qᵀ M k
/// for every q and k, where m = queryPosition and n = keyPosition.
func relativeRotation(queryPosition: Int, keyPosition: Int, dimension: Int,
                      base: Double = 10000) -> [[Double]] {
    // Pair by pair R(mθ)ᵀ R(nθ) = R(−mθ) R(nθ) = R((n − m)θ): a counter-clockwise turn by
    // (n − m)θ_i, with the minus sign in the first row of each block.
    var matrix = [[Double]](repeating: [Double](repeating: 0, count: dimension), count: dimension)
    for i in 0..<(dimension / 2) {
        let turn = Double(keyPosition - queryPosition) * pow(base, -2 * Double(i) / Double(dimension))
        matrix[2 * i][2 * i] = cos(turn)
        matrix[2 * i][2 * i + 1] = -sin(turn)
        matrix[2 * i + 1][2 * i] = sin(turn)
        matrix[2 * i + 1][2 * i + 1] = cos(turn)
    }
    return matrix
}

/// Your four predictions, in the order of the statement, decided before running anything.
func ropePredictions() -> [Double] {
    // 1. 6 radians is 6 − 2π ≈ −0.28 once the whole turn is removed.
    // 2. Rotations keep lengths: |(3, 4)| = 5.
    // 3. 500 θ_i < 0.1 ⇔ i > 64 ln(5000) / ln(10000) ≈ 59.2: pairs 60 to 63, four of them.
    // 4. The single rotation is R(3): (1, 0) · (cos 3, sin 3) = cos 3 ≈ −0.99.
    [-0.28, 5, 4, -0.99]
}
