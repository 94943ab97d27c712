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

/// Your four predictions, in the order of the statement, decided before running anything.
func ntkPredictions() -> [Bool] {
    // θ'_i / θ_i = s^(−2i/(d−2)), so b'/b = s^(d/(d−2)) and pair i is slowed by s^(2i/(d−2)).
    // 1. Yes: d/(d−2) is 4/3 for d = 8 (4^(4/3) ≈ 6.35) and 128/126 for d = 128 (≈ 4.09).
    // 2. No: b · 2^k · 4^k = b · 8^k with k = d/(d−2); the condition composes.
    // 3. Yes: 16^(96/126) ≈ 8.3, close to 16^(3/4) = 8.
    // 4. No: pair 22 makes between 1 and 1/0.75 turns (consecutive pairs differ by 10,000^(−1/32) ≈ 0.75;
    //    exactly 1.16) and is slowed by 8^(44/62) ≈ 4.4: about 0.27 of a turn.
    [true, false, true, false]
}
