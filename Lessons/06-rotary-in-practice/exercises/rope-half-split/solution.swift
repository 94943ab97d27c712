import Foundation

/// Rotary embedding in the half-split layout (GPT-NeoX, Hugging Face Llama):
/// pair i is (x[i], x[i + d/2]), θ_i = base^(−2i/d), 0-based i and position.
func applyRoPEHalfSplit(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
    let d = x.count, half = d / 2
    var rotated = x
    for i in 0..<half {
        let angle = Double(position) * pow(base, -2 * Double(i) / Double(d))
        let (c, s) = (cos(angle), sin(angle))
        let (a, b) = (x[i], x[i + half])
        rotated[i] = a * c - b * s
        rotated[i + half] = a * s + b * c
    }
    return rotated
}
