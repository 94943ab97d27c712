import Foundation

/// For each pair i of a rotary part of size `dimension`, the number of full turns it makes over
/// `contextLength` tokens, with θ_i = base^(−2i/dimension).
func turnsPerContext(base: Double, dimension: Int, contextLength: Int) -> [Double] {
    // TODO: context length divided by each pair's wavelength.
    return []
}

/// The base of NTK-aware scaling: the fastest pair unchanged, the slowest `factor` times slower.
func ntkAwareBase(base: Double, factor: Double, dimension: Int) -> Double {
    // TODO: solve the condition on the slowest pair for the new base.
    return base
}

/// Your four predictions, in the order of the statement, decided before running anything.
func ntkPredictions() -> [Bool] {
    // TODO: replace with your answers.
    return []
}
