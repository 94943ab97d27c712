/// Layer normalisation without learned scale and shift: (v − mean) / √(variance + ε).
func layerNorm(_ vector: [Double], epsilon: Double = 1e-5) -> [Double] {
    let count = Double(vector.count)
    let mean = vector.reduce(0, +) / count
    let deviations = vector.map { $0 - mean }
    let variance = deviations.reduce(0) { $0 + $1 * $1 } / count
    let scale = 1 / (variance + epsilon).squareRoot()
    return deviations.map { $0 * scale }
}
