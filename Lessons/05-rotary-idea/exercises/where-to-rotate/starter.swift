import Foundation

/// (R(mθ) W_q x) · (R(nθ) W_k y): project, then rotate.
func projectThenRotateScore(x: [Double], y: [Double], wq: [[Double]], wk: [[Double]],
                            m: Int, n: Int, theta: Double) -> Double {
    // TODO: project each embedding, rotate it by its position, take the dot product.
    return 0
}

/// (W_q R(mθ) x) · (W_k R(nθ) y): rotate, then project.
func rotateThenProjectScore(x: [Double], y: [Double], wq: [[Double]], wk: [[Double]],
                            m: Int, n: Int, theta: Double) -> Double {
    // TODO: the same steps in the other order.
    return 0
}

/// Your four predictions, in the order of the statement, decided before running anything.
func predictions() -> [Bool] {
    // TODO: replace with your answers.
    return []
}
