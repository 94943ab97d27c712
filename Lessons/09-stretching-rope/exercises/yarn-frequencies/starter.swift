import Foundation

/// YaRN's frequencies θ'_i for the d/2 pairs of a rotary part, as DeepSeek-V2's reference code computes them.
func yarnInverseFrequencies(dimension: Int, base: Double, factor: Double, originalLength: Int,
                            betaFast: Double, betaSlow: Double) -> [Double] {
    // TODO: the boundary pairs (floor and ceil of where a pair makes betaFast and betaSlow turns),
    // a ramp between them, and a blend of θ_i and θ_i / factor.
    return []
}

/// The number DeepSeek-V2 multiplies q·k by before the softmax when YaRN is on.
func yarnSoftmaxScale(queryKeyDimension: Int, factor: Double, mscaleAllDim: Double) -> Double {
    // TODO: 1/√D times the square of 0.1 · mscaleAllDim · ln(factor) + 1.
    return 0
}
