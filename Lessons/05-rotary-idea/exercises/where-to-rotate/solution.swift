import Foundation

/// R(a) v: the counter-clockwise rotation of a 2-D vector.
private func rotate(_ v: [Double], by a: Double) -> [Double] {
    [v[0] * cos(a) - v[1] * sin(a), v[0] * sin(a) + v[1] * cos(a)]
}
/// M v for a 2×2 matrix given as rows.
private func apply(_ m: [[Double]], _ v: [Double]) -> [Double] {
    m.map { row in row[0] * v[0] + row[1] * v[1] }
}
private func dot(_ a: [Double], _ b: [Double]) -> Double { a[0] * b[0] + a[1] * b[1] }

/// (R(mθ) W_q x) · (R(nθ) W_k y): project, then rotate.
func projectThenRotateScore(x: [Double], y: [Double], wq: [[Double]], wk: [[Double]],
                            m: Int, n: Int, theta: Double) -> Double {
    dot(rotate(apply(wq, x), by: Double(m) * theta), rotate(apply(wk, y), by: Double(n) * theta))
}

/// (W_q R(mθ) x) · (W_k R(nθ) y): rotate, then project.
func rotateThenProjectScore(x: [Double], y: [Double], wq: [[Double]], wk: [[Double]],
                            m: Int, n: Int, theta: Double) -> Double {
    dot(apply(wq, rotate(x, by: Double(m) * theta)), apply(wk, rotate(y, by: Double(n) * theta)))
}

/// Your four predictions, in the order of the statement, decided before running anything.
func predictions() -> [Bool] {
    // 1. Yes: R(mθ)ᵀ R(nθ) = R((n − m)θ) meet once both projections are done.
    // 2. No: W_qᵀ W_k sits between the rotations, which then cannot combine.
    // 3. No: qᵀ R(α) k − qᵀ R(−α) k = 2 sin α · qᵀ J k, not zero in general; RoPE sees the sign.
    // 4. Yes: Σ cos(ω_i (p − q)) and cosine is even; the sinusoid's dot product loses the sign.
    [true, false, false, true]
}
