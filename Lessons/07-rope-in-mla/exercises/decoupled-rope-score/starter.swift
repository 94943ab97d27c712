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

/// What token j writes to the cache: [W^DKV h ; RoPE(W^KR h, j)].
func mlaCacheEntry(hidden: [Double], position: Int,
                   downProjection: [[Double]], ropeKeyProjection: [[Double]]) -> [Double] {
    // TODO: the latent, then the rotated shared key.
    return []
}

/// One logit per cache row: (q^C · W^UK c_j + RoPE(q^R, t) · k^R_j) / sqrt(d_h + d_h^R).
func mlaLogits(queryContent: [Double], queryRope: [Double], queryPosition: Int,
               cache: [[Double]], keyUpProjection: [[Double]]) -> [Double] {
    // TODO: an absorbed content part plus a rotary part, for every cached token.
    return [Double](repeating: 0, count: cache.count)
}
