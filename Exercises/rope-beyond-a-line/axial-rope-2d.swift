import Foundation

/// Qwen2-VL's 2-D RoPE of one head vector at a patch (row, column), half-split layout.
func axialRoPE(_ vector: [Double], row: Int, column: Int, base: Double) -> [Double] {
    // TODO: d/4 frequencies; angles (row·φ, column·φ) duplicated; x·cos + rotate_half(x)·sin.
    return vector
}
