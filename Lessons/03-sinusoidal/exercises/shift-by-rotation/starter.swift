import Foundation

/// The d×d block-diagonal matrix M(k) with PE(p + k) = M(k) · PE(p) for every position p.
func shiftMatrix(offset: Int, dimension: Int, base: Double = 10000) -> [[Double]] {
    // TODO: put one 2×2 rotation block per (sine, cosine) pair on the diagonal.
    return [[Double]](repeating: [Double](repeating: 0, count: dimension), count: dimension)
}
