import Foundation

/// For each pair i of a rotary part of size `dimension`, the number of full turns it makes over
/// `contextLength` tokens, with θ_i = base^(−2i/dimension).
func turnsPerContext(base: Double, dimension: Int, contextLength: Int) -> [Double] {
    (0..<(dimension / 2)).map { i in
        // The wavelength is 2π/θ_i tokens, so the context holds L·θ_i / 2π turns.
        Double(contextLength) * pow(base, -2 * Double(i) / Double(dimension)) / (2 * Double.pi)
    }
}

/// The base of NTK-aware scaling: the fastest pair unchanged, the slowest `factor` times slower.
func ntkAwareBase(base: Double, factor: Double, dimension: Int) -> Double {
    // b'^(−(d−2)/d) = b^(−(d−2)/d) / s  ⇔  b' = b · s^(d/(d−2)).
    base * pow(factor, Double(dimension) / Double(dimension - 2))
}
