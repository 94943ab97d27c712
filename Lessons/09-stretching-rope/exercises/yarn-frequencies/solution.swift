import Foundation

/// YaRN's frequencies θ'_i for the d/2 pairs of a rotary part, as DeepSeek-V2's reference code computes them.
func yarnInverseFrequencies(dimension: Int, base: Double, factor: Double, originalLength: Int,
                            betaFast: Double, betaSlow: Double) -> [Double] {
    let d = Double(dimension)
    // The real pair index at which a pair makes `turns` full turns over the original context.
    func index(turns: Double) -> Double {
        d * log(Double(originalLength) / (2 * Double.pi * turns)) / (2 * log(base))
    }
    let low = max(index(turns: betaFast).rounded(.down), 0)
    var high = min(index(turns: betaSlow).rounded(.up), d - 1)
    if low == high { high += 0.001 }
    return (0..<(dimension / 2)).map { i in
        let theta = pow(base, -2 * Double(i) / d)
        let ramp = min(max((Double(i) - low) / (high - low), 0), 1)
        return (1 - ramp) * theta + ramp * theta / factor
    }
}

/// The number DeepSeek-V2 multiplies q·k by before the softmax when YaRN is on.
func yarnSoftmaxScale(queryKeyDimension: Int, factor: Double, mscaleAllDim: Double) -> Double {
    let m = factor <= 1 ? 1 : 0.1 * mscaleAllDim * log(factor) + 1
    return m * m / Double(queryKeyDimension).squareRoot()
}
