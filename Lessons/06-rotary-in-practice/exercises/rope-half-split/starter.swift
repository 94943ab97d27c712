import Foundation

/// Rotary embedding in the half-split layout (GPT-NeoX, Hugging Face Llama):
/// pair i is (x[i], x[i + d/2]), θ_i = base^(−2i/d), 0-based i and position.
func applyRoPEHalfSplit(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
    // TODO: turn every pair (x[i], x[i + d/2]) by position * θ_i.
    return x
}
