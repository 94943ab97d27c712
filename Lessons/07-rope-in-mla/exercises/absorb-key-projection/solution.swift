import Foundation

/// Given: interleaved RoPE from lesson 5 (pairs (2i, 2i+1), θ_i = base^(−2i/d)).
func applyRoPE(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
    let d = x.count
    var rotated = x
    for i in 0..<(d / 2) {
        let angle = Double(position) * pow(base, -2 * Double(i) / Double(d))
        rotated[2 * i] = x[2 * i] * cos(angle) - x[2 * i + 1] * sin(angle)
        rotated[2 * i + 1] = x[2 * i] * sin(angle) + x[2 * i + 1] * cos(angle)
    }
    return rotated
}

/// (W^UK)ᵀ q: dot(absorbedQuery(q, W), c) == dot(q, W c) for every latent c.
/// keyUpProjection has d_h rows of d_c numbers.
func absorbedQuery(_ query: [Double], keyUpProjection: [[Double]]) -> [Double] {
    let latentSize = keyUpProjection.first?.count ?? 0
    return (0..<latentSize).map { column in
        zip(query, keyUpProjection).reduce(0) { $0 + $1.0 * $1.1[column] }
    }
}

/// The vector a with dot(a, c) == dot(RoPE(q, t), RoPE(W c, j)) for every latent c.
/// (R_t q)ᵀ R_j W c = (R_{j−t}ᵀ q)ᵀ W c = (R_{t−j} q)ᵀ W c, so a = Wᵀ R_{t−j} q.
func absorbedRotaryQuery(_ query: [Double], queryPosition: Int, keyPosition: Int,
                         keyUpProjection: [[Double]]) -> [Double] {
    absorbedQuery(applyRoPE(query, position: queryPosition - keyPosition), keyUpProjection: keyUpProjection)
}
