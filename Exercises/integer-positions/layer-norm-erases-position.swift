/// Layer normalisation without learned scale and shift: (v − mean) / √(variance + ε).
func layerNorm(_ vector: [Double], epsilon: Double = 1e-5) -> [Double] {
    // TODO: subtract the mean, then divide by the square root of (variance + epsilon).
    return vector
}
