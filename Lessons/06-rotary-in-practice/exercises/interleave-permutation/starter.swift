/// P: even coordinates first, then odd ones: (x0, x1, x2, x3, …) → (x0, x2, …, x1, x3, …).
func deinterleave(_ x: [Double]) -> [Double] {
    // TODO: put x[0], x[2], x[4], … first, then x[1], x[3], ….
    return x
}

/// P⁻¹: undoes `deinterleave`.
func reinterleave(_ x: [Double]) -> [Double] {
    // TODO: put the first half back on the even places and the second half on the odd ones.
    return x
}

/// Reorders the rows of a projection matrix so that permuteRowsForHalfSplit(w) · x = P (w · x).
func permuteRowsForHalfSplit(_ w: [[Double]]) -> [[Double]] {
    // TODO: reorder the rows the way `deinterleave` reorders coordinates.
    return w
}
