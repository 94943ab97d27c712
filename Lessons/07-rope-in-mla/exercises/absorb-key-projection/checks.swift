import Foundation
import CourseCheck

// Fixed values by hand and checked with numpy (float64, explicit rotation matrices):
//   W = [[1, 2, 0], [0, 1, −1]], q = [3, 1]: Wᵀq = [3, 7, −1].
//   q = [1, 0], t = 1, j = 0: Wᵀ R(1) q = Wᵀ [cos 1, sin 1] = [cos 1, 2 cos 1 + sin 1, −sin 1].
//   q = [1, 0], t = 5, j = 7: Wᵀ R(−2) q = Wᵀ [cos 2, −sin 2] = [cos 2, 2 cos 2 − sin 2, sin 2].
// The random checks compare with explicit scores computed by the checks' own rotation (2×2
// blocks, interleaved pairs, θ_i = 10000^(−2i/d_h)) and matrix product.
//
// Tolerances: entries are of order 1 and sums run over ≤ 16 terms; positions up to 10^4
// give angle roundings of ~2e-12. 1e-9 absolute, scaled by the sizes of the vectors
// involved, is far above that and far below the effect of a missing or misplaced rotation.

private enum AbsorbCheck {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
    static func times(_ w: [[Double]], _ x: [Double]) -> [Double] { w.map { dot($0, x) } }

    /// The checks' own RoPE: each interleaved pair times its 2×2 rotation matrix.
    static func rotate(_ x: [Double], position: Int) -> [Double] {
        var y = x
        for i in 0..<(x.count / 2) {
            let angle = Double(position) * pow(10_000, -2 * Double(i) / Double(x.count))
            let pair = [x[2 * i], x[2 * i + 1]]
            y[2 * i] = dot([cos(angle), -sin(angle)], pair)
            y[2 * i + 1] = dot([sin(angle), cos(angle)], pair)
        }
        return y
    }

    struct Case {
        let query: [Double], keyUp: [[Double]], latent: [Double], t: Int, j: Int
        var description: String { "query: \(query), keyUpProjection: \(keyUp)" }
        /// The explicit score (R_t q) · (R_j W c): what attention with RoPE needs.
        var explicitScore: Double { dot(rotate(query, position: t), rotate(times(keyUp, latent), position: j)) }
        /// The bound on the rounding of a score: sizes of the query and of the rebuilt key.
        var tolerance: Tolerance { .absolute(1e-9 * max(1, norm(query) * norm(times(keyUp, latent)))) }
    }

    static func randomCase(_ random: inout SeededRandom) -> Case {
        let headSize = 2 * random.int(in: 1...8), latentSize = random.int(in: 1...8)
        return Case(query: random.doubles(count: headSize, in: -1...1),
                    keyUp: random.matrix(rows: headSize, columns: latentSize, in: -1...1),
                    latent: random.doubles(count: latentSize, in: -1...1),
                    t: random.int(in: 0...10_000), j: random.int(in: 0...10_000))
    }

    /// Whether `v` has `count` elements; reports it otherwise.
    static func hasCount(_ v: [Double], _ count: Int, call: String) -> Bool {
        if v.count != count { expectEqual(v.count, count, call: call + ".count") }
        return v.count == count
    }

    /// Guards the shift check, which compares the learner's function only with itself, against
    /// results that pass it for the wrong reason: the wrong length (an empty result equals an
    /// empty result), NaN (an expected NaN accepts a NaN), or a vector that ignores the
    /// positions, such as zeros or the query itself. `absorbed` is the learner's result for
    /// `example`. Reports the first problem; true when there is none.
    static func isNonDegenerate(_ absorbed: [Double], _ example: Case, call: String) -> Bool {
        guard hasCount(absorbed, example.latent.count, call: call) else { return false }
        guard absorbed.allSatisfy({ $0.isFinite }) else {
            expectTrue(false, "the result must be finite numbers, not NaN or infinity", call: call)
            return false
        }
        // Wᵀ R_{t−j} q and Wᵀ q differ for t ≠ j: a generic random case by far more than 1e-6.
        guard example.t != example.j else { return true }
        let sameSpot = absorbedRotaryQuery(example.query, queryPosition: example.t, keyPosition: example.t, keyUpProjection: example.keyUp)
        guard zip(absorbed, sameSpot).contains(where: { abs($0 - $1) > 1e-6 }) else {
            expectTrue(false, "the result must depend on the positions: keyPosition \(example.j) and keyPosition \(example.t) must give different vectors",
                       call: call + ", compared with keyPosition: \(example.t)")
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("without RoPE: a small example by hand", points: 1,
          hint: "Entry s of the absorbed query is Σ_r W[r][s] · q[r]: column s of W, weighted by the query.") {
        expectClose(absorbedQuery([3, 1], keyUpProjection: [[1, 2, 0], [0, 1, -1]]), [3, 7, -1], tolerance: .absolute(1e-12),
                    call: "absorbedQuery([3, 1], keyUpProjection: [[1, 2, 0], [0, 1, -1]])")
    },
    Check.property("without RoPE: one absorbed query gives every cached score", points: 2, cases: 100,
                   hint: "dot(q, W c) = dot(Wᵀ q, c) by associativity; the result has d_c entries, one per column of W.") { random in
        let example = AbsorbCheck.randomCase(&random)
        let call = "absorbedQuery(\(example.query), keyUpProjection: \(example.keyUp))"
        let absorbed = absorbedQuery(example.query, keyUpProjection: example.keyUp)
        guard AbsorbCheck.hasCount(absorbed, example.latent.count, call: call) else { return }
        let explicit = AbsorbCheck.dot(example.query, AbsorbCheck.times(example.keyUp, example.latent))
        expectClose(AbsorbCheck.dot(absorbed, example.latent), explicit, tolerance: example.tolerance,
                    call: "dot(\(call), \(example.latent))")
    },
    Check("with RoPE: small examples by hand", points: 2,
          hint: "(R_t q)ᵀ R_j = (R_j ᵀ R_t q)ᵀ = (R_{t−j} q)ᵀ: rotate the query by t − j, then absorb.") {
        let w: [[Double]] = [[1, 2, 0], [0, 1, -1]]
        expectClose(absorbedRotaryQuery([1, 0], queryPosition: 1, keyPosition: 0, keyUpProjection: w),
                    [0.5403023058681398, 1.922075596544176, -0.8414709848078965], tolerance: .absolute(1e-9),
                    call: "absorbedRotaryQuery([1, 0], queryPosition: 1, keyPosition: 0, keyUpProjection: \(w))")
        expectClose(absorbedRotaryQuery([1, 0], queryPosition: 5, keyPosition: 7, keyUpProjection: w),
                    [-0.4161468365471424, -1.7415910999199666, 0.9092974268256817], tolerance: .absolute(1e-9),
                    call: "absorbedRotaryQuery([1, 0], queryPosition: 5, keyPosition: 7, keyUpProjection: \(w))")
    },
    Check.property("with RoPE: the rotary absorbed query gives the explicit score", points: 2, cases: 100,
                   hint: "Both rotations have to end up on the query side before Wᵀ is applied; their product is one rotation by t − j.") { random in
        let example = AbsorbCheck.randomCase(&random)
        let call = "absorbedRotaryQuery(\(example.query), queryPosition: \(example.t), keyPosition: \(example.j), keyUpProjection: \(example.keyUp))"
        let absorbed = absorbedRotaryQuery(example.query, queryPosition: example.t, keyPosition: example.j, keyUpProjection: example.keyUp)
        guard AbsorbCheck.hasCount(absorbed, example.latent.count, call: call) else { return }
        expectClose(AbsorbCheck.dot(absorbed, example.latent), example.explicitScore, tolerance: example.tolerance,
                    call: "dot(\(call), \(example.latent))")
    },
    Check.property("with RoPE: it depends only on queryPosition − keyPosition", points: 1, cases: 100,
                   hint: "Only R_{t−j} appears; shifting both positions by the same amount must not change the result.") { random in
        let example = AbsorbCheck.randomCase(&random)
        let shift = random.int(in: -min(example.t, example.j)...5000)
        let base = absorbedRotaryQuery(example.query, queryPosition: example.t, keyPosition: example.j, keyUpProjection: example.keyUp)
        guard AbsorbCheck.isNonDegenerate(base, example, call: "absorbedRotaryQuery(\(example.description), queryPosition: \(example.t), keyPosition: \(example.j))")
        else { return }
        let shifted = absorbedRotaryQuery(example.query, queryPosition: example.t + shift, keyPosition: example.j + shift,
                                          keyUpProjection: example.keyUp)
        expectClose(shifted, base, tolerance: .absolute(1e-9 * max(1, AbsorbCheck.norm(example.query))),
                    call: "absorbedRotaryQuery(\(example.description), queryPosition: \(example.t + shift), keyPosition: \(example.j + shift)) vs queryPosition: \(example.t), keyPosition: \(example.j)")
    },
    Check.property("with RoPE: no single absorbed query fits every cached position", points: 1, cases: 50,
                   hint: "Absorbing the rotated query once, absorbedQuery(RoPE(q, t), W), ignores the key's rotation R_j; the right vector changes with j.") { random in
        var example = AbsorbCheck.randomCase(&random)
        while example.j == example.t { example = AbsorbCheck.randomCase(&random) }
        // The plain absorbed query of the rotated query must be right without a key rotation…
        let once = absorbedQuery(AbsorbCheck.rotate(example.query, position: example.t), keyUpProjection: example.keyUp)
        guard AbsorbCheck.hasCount(once, example.latent.count, call: "absorbedQuery(RoPE(q, t), keyUpProjection: W)") else { return }
        let unrotatedKeyScore = AbsorbCheck.dot(AbsorbCheck.rotate(example.query, position: example.t),
                                                AbsorbCheck.times(example.keyUp, example.latent))
        expectClose(AbsorbCheck.dot(once, example.latent), unrotatedKeyScore, tolerance: example.tolerance,
                    call: "dot(absorbedQuery(RoPE(q, \(example.t)), keyUpProjection: W), c) for \(example.description)")
        // …and wrong once the key is rotated by its position j ≠ t (a generic random case
        // misses by far more than 1e-6).
        expectTrue(abs(AbsorbCheck.dot(once, example.latent) - example.explicitScore) > 1e-6,
                   "absorbing once must not reproduce the RoPE score", call: "absorbedQuery with t = \(example.t), j = \(example.j)")
        // Two different cached positions need two different absorbed queries.
        let other = absorbedRotaryQuery(example.query, queryPosition: example.t, keyPosition: example.t, keyUpProjection: example.keyUp)
        let atJ = absorbedRotaryQuery(example.query, queryPosition: example.t, keyPosition: example.j, keyUpProjection: example.keyUp)
        expectTrue(zip(other, atJ).contains { abs($0 - $1) > 1e-6 },
                   "keyPosition \(example.t) and keyPosition \(example.j) should need different absorbed queries",
                   call: "absorbedRotaryQuery(\(example.description), queryPosition: \(example.t), keyPosition: …)")
    },
]
