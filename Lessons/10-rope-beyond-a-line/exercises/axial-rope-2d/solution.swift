import Foundation

/// Qwen2-VL's 2-D RoPE of one head vector at a patch (row, column), half-split layout.
func axialRoPE(_ vector: [Double], row: Int, column: Int, base: Double) -> [Double] {
    let d = vector.count, half = d / 2, quarter = d / 4
    var out = vector
    for j in 0..<half {
        // Angles: row · φ_j for the first quarter of pairs, column · φ_(j − d/4) for the second.
        let i = j < quarter ? j : j - quarter
        let position = Double(j < quarter ? row : column)
        let angle = position * pow(base, -2 * Double(i) / Double(half))
        let (c, s) = (cos(angle), sin(angle))
        // x·cos + rotate_half(x)·sin mixes coordinates j and j + d/2.
        out[j] = vector[j] * c - vector[j + half] * s
        out[j + half] = vector[j + half] * c + vector[j] * s
    }
    return out
}
