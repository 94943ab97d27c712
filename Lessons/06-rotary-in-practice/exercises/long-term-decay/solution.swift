import Foundation

/// The lengths |S_1|, …, |S_{d/2}| of the partial sums S_j = Σ_{i<j} e^{i·distance·θ_i}.
private func partialSumLengths(distance: Int, dimension: Int, base: Double) -> [Double] {
    var real = 0.0, imaginary = 0.0
    return (0..<(dimension / 2)).map { i in
        let phase = Double(distance) * pow(base, -2 * Double(i) / Double(dimension))
        real += cos(phase)
        imaginary += sin(phase)
        return (real * real + imaginary * imaginary).squareRoot()
    }
}

/// RoFormer's relative upper bound (1/(d/2)) Σ_{j=1}^{d/2} |S_j|, S_j = Σ_{i<j} e^{i·distance·θ_i},
/// θ_i = base^(−2i/d), d = dimension.
func relativeUpperBound(distance: Int, dimension: Int, base: Double) -> Double {
    partialSumLengths(distance: distance, dimension: dimension, base: base).reduce(0, +) / Double(dimension / 2)
}

/// Σ_{i=0}^{d/2−1} |S_{i+1}| |h_{i+1} − h_i|, h_i = (pair i of query) × conj(pair i of key) as complex
/// numbers, h_{d/2} = 0: the middle member of RoFormer's inequality (37).
func abelBound(query: [Double], key: [Double], distance: Int, base: Double) -> Double {
    let pairs = query.count / 2
    // (a + i b)(c − i d) = (a c + b d) + i (b c − a d), with a trailing h_{d/2} = 0.
    let factors: [(Double, Double)] = (0..<pairs).map { i in
        let (a, b, c, e) = (query[2 * i], query[2 * i + 1], key[2 * i], key[2 * i + 1])
        return (a * c + b * e, b * c - a * e)
    } + [(0, 0)]
    let lengths = partialSumLengths(distance: distance, dimension: query.count, base: base)
    return (0..<pairs).reduce(0) { total, i in
        let (dx, dy) = (factors[i + 1].0 - factors[i].0, factors[i + 1].1 - factors[i].1)
        return total + lengths[i] * (dx * dx + dy * dy).squareRoot()
    }
}

/// Your four predictions, in the order of the statement, decided before running anything.
func decayPredictions() -> [Bool] {
    // 1. No: with one pair S_1 = e^{irθ_0} has length 1 at every distance; nothing cancels.
    // 2. Yes: every factor is 1, S_j = j, and the mean of 1 … d/2 is (d/2 + 1)/2.
    // 3. No: slower pairs cancel less; for d = 128 at distance 1,000 it is about 10.2 against 4.5.
    // 4. No: with base 100 the pairs are all fast, the sums stop cancelling more; about 5.0 against 4.3.
    [false, true, false, false]
}
