import Foundation

/// RoFormer's relative upper bound (1/(d/2)) Σ_{j=1}^{d/2} |S_j|, S_j = Σ_{i<j} e^{i·distance·θ_i},
/// θ_i = base^(−2i/d), d = dimension.
func relativeUpperBound(distance: Int, dimension: Int, base: Double) -> Double {
    // TODO: accumulate the partial sums S_j (real and imaginary parts) and average their lengths.
    return 0
}

/// Σ_{i=0}^{d/2−1} |S_{i+1}| |h_{i+1} − h_i|, h_i = (pair i of query) × conj(pair i of key) as complex
/// numbers, h_{d/2} = 0: the middle member of RoFormer's inequality (37).
func abelBound(query: [Double], key: [Double], distance: Int, base: Double) -> Double {
    // TODO: the content factors h_i, then the Abel sum.
    return 0
}

/// Your four predictions, in the order of the statement, decided before running anything.
func decayPredictions() -> [Bool] {
    // TODO: replace with your answers.
    return []
}
