import Foundation

/// Adds each token's position (its row index, from 0) to every coordinate of its embedding.
func addIntegerPositions(_ embeddings: [[Double]]) -> [[Double]] {
    embeddings.enumerated().map { position, embedding in
        embedding.map { $0 + Double(position) }
    }
}

/// The position p at which two unrelated words with entries of size `sigma` reach the cosine
/// `cosine`, from the lesson's formula p² / (σ² + p²) solved for p.
func swampingPosition(sigma: Double, cosine: Double) -> Double {
    // c (σ² + p²) = p², so p² (1 − c) = c σ², and p = σ √(c / (1 − c)), the root that is ≥ 0.
    sigma * (cosine / (1 - cosine)).squareRoot()
}

/// Your four predictions, in the order of the statement, decided before running anything.
func integerPredictions() -> [Bool] {
    // 1. No: d cancels, the cosine is p² / (σ² + p²).
    // 2. Yes: m n grows from 2,500 to 250,000.
    // 3. No: RMS(x + p1) = (x + p1) / rms(x + p1) still changes direction with p (towards 1).
    // 4. No: 1/20 against 1/2000, a hundred times apart.
    [false, true, false, false]
}
