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

private func dotProduct(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
private func multiply(_ rows: [[Double]], _ x: [Double]) -> [Double] { rows.map { dotProduct($0, x) } }

/// What token j writes to the cache: [W^DKV h ; RoPE(W^KR h, j)].
func mlaCacheEntry(hidden: [Double], position: Int,
                   downProjection: [[Double]], ropeKeyProjection: [[Double]]) -> [Double] {
    multiply(downProjection, hidden) + applyRoPE(multiply(ropeKeyProjection, hidden), position: position)
}

/// One logit per cache row: (q^C · W^UK c_j + RoPE(q^R, t) · k^R_j) / sqrt(d_h + d_h^R).
func mlaLogits(queryContent: [Double], queryRope: [Double], queryPosition: Int,
               cache: [[Double]], keyUpProjection: [[Double]]) -> [Double] {
    let latentSize = keyUpProjection.first?.count ?? 0
    // Absorb W^UK into the query once: (W^UK)ᵀ q^C, compared with the latents directly.
    let absorbed = (0..<latentSize).map { column in
        zip(queryContent, keyUpProjection).reduce(0) { $0 + $1.0 * $1.1[column] }
    }
    let rotatedQuery = applyRoPE(queryRope, position: queryPosition)
    let scale = Double(queryContent.count + queryRope.count).squareRoot()
    return cache.map { row in
        let latent = Array(row[..<latentSize]), ropeKey = Array(row[latentSize...])
        return (dotProduct(absorbed, latent) + dotProduct(rotatedQuery, ropeKey)) / scale
    }
}
