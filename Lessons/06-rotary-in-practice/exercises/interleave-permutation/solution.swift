/// P: even coordinates first, then odd ones: (x0, x1, x2, x3, …) → (x0, x2, …, x1, x3, …).
func deinterleave(_ x: [Double]) -> [Double] {
    stride(from: 0, to: x.count, by: 2).map { x[$0] } + stride(from: 1, to: x.count, by: 2).map { x[$0] }
}

/// P⁻¹: undoes `deinterleave`.
func reinterleave(_ x: [Double]) -> [Double] {
    let half = x.count / 2
    return (0..<x.count).map { $0.isMultiple(of: 2) ? x[$0 / 2] : x[half + $0 / 2] }
}

/// Reorders the rows of a projection matrix so that permuteRowsForHalfSplit(w) · x = P (w · x).
func permuteRowsForHalfSplit(_ w: [[Double]]) -> [[Double]] {
    stride(from: 0, to: w.count, by: 2).map { w[$0] } + stride(from: 1, to: w.count, by: 2).map { w[$0] }
}
