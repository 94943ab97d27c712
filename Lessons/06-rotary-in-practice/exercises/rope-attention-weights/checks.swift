import Foundation
import CourseCheck

// Fixed expected weights were computed with numpy (float64): queries and keys multiplied by
// the explicit block-diagonal RoPE matrices (interleaved pairs, θ_i = 10000^(−2i/d)), scores
// divided by sqrt(d), causal softmax; pasted as literals. The two-token example also follows
// by hand: row 1 is the softmax of (cos 1 / √2, 1 / √2).
//
// Tolerance: weights lie in [0, 1]; positions up to 10^4 give angle roundings of ~2e-12
// and the softmax does not amplify them for scores of order 1. 1e-9 absolute is far above
// that and far below the effect of a missing scale, a wrong layout or a missed rotation.

private enum AttentionCheck {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    /// The checks' own reference: explicit per-pair rotations, scaled scores, causal softmax.
    static func reference(queries: [[Double]], keys: [[Double]], startPosition: Int) -> [[Double]] {
        func rotate(_ x: [Double], _ position: Int) -> [Double] {
            var y = x
            for i in 0..<(x.count / 2) {
                let angle = Double(position) * pow(10_000, -2 * Double(i) / Double(x.count))
                let matrix = [[cos(angle), -sin(angle)], [sin(angle), cos(angle)]]
                let pair = [x[2 * i], x[2 * i + 1]]
                y[2 * i] = dot(matrix[0], pair)
                y[2 * i + 1] = dot(matrix[1], pair)
            }
            return y
        }
        let n = queries.count
        return (0..<n).map { t in
            let q = rotate(queries[t], startPosition + t)
            let scores = (0...t).map { dot(q, rotate(keys[$0], startPosition + $0)) / Double(q.count).squareRoot() }
            let weights = scores.map { exp($0 - scores.max()!) }
            let total = weights.reduce(0, +)
            return weights.map { $0 / total } + Array(repeating: 0, count: n - 1 - t)
        }
    }

    /// Whether two results agree to within 1e-9 everywhere.
    static func agree(_ a: [[Double]], _ b: [[Double]]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { abs($0 - $1) <= 1e-9 } }
    }

    static func tokens(_ random: inout SeededRandom) -> (queries: [[Double]], keys: [[Double]]) {
        let n = random.int(in: 1...6), d = 2 * random.int(in: 1...8)
        return (random.matrix(rows: n, columns: d, in: -1...1), random.matrix(rows: n, columns: d, in: -1...1))
    }
}

let checks: [Check] = [
    Check("two tokens, worked by hand", points: 2,
          hint: "Row 1 is the softmax of (cos 1 / √2, 1 / √2): the query of token 1 is turned by 1 radian, its own key too, key 0 not at all.") {
        expectClose(ropeAttentionWeights(queries: [[1, 0], [1, 0]], keys: [[1, 0], [1, 0]], startPosition: 0),
                    [[1, 0], [0.41944421513847946, 0.5805557848615206]], tolerance: .absolute(1e-9),
                    call: "ropeAttentionWeights(queries: [[1, 0], [1, 0]], keys: [[1, 0], [1, 0]], startPosition: 0)")
    },
    Check("the lesson's four tokens at positions 0–3", points: 2,
          hint: "Rotate queries and keys (never values) by their own positions, divide every score by sqrt(d) = 2, and mask keys after the query.") {
        let queries: [[Double]] = [[0.5, -0.1, 0.8, 0.3], [-0.4, 0.9, 0.2, -0.6], [0.7, 0.2, -0.5, 0.4], [0.1, -0.8, 0.6, 0.9]]
        let keys: [[Double]] = [[0.3, 0.6, -0.2, 0.5], [0.9, -0.3, 0.4, 0.1], [-0.5, 0.2, 0.7, -0.4], [0.2, 0.8, 0.1, 0.6]]
        expectClose(ropeAttentionWeights(queries: queries, keys: keys, startPosition: 0),
                    [[1, 0, 0, 0],
                     [0.5084484170216358, 0.49155158297836415, 0, 0],
                     [0.44721012794966664, 0.3200900871536423, 0.23269978489669116, 0],
                     [0.3135699395008939, 0.3107510236329644, 0.17088977916938303, 0.20478925769675874]],
                    tolerance: .absolute(1e-9), call: "ropeAttentionWeights(queries: \(queries), keys: \(keys), startPosition: 0)")
    },
    Check.property("every row is a causal softmax", points: 1, cases: 100,
                   hint: "Row t has t + 1 non-negative weights that sum to 1, then zeros.") { random in
        let (queries, keys) = AttentionCheck.tokens(&random)
        let start = random.int(in: 0...10_000)
        let n = queries.count
        let call = "ropeAttentionWeights(queries: \(queries), keys: \(keys), startPosition: \(start))"
        let weights = ropeAttentionWeights(queries: queries, keys: keys, startPosition: start)
        guard weights.count == n, weights.allSatisfy({ $0.count == n }) else {
            expectTrue(false, "expected a \(n)×\(n) matrix", call: call)
            return
        }
        for (t, row) in weights.enumerated() {
            expectTrue(row.allSatisfy { $0 >= 0 }, "row \(t) has a negative weight", call: call)
            expectTrue(row[(t + 1)...].allSatisfy { $0 == 0 }, "row \(t) gives weight to a key after the query", call: call)
            expectClose(row.reduce(0, +), 1, tolerance: .absolute(1e-12), call: call + " row \(t) sum")
        }
        // Equal weights 1/(t + 1) are a causal softmax too, of scores that ignore the tokens.
        // Doubling every key doubles every score: from two tokens on, the weights of random
        // inputs move by far more than 1e-9.
        if n >= 2 {
            let doubled = ropeAttentionWeights(queries: queries, keys: keys.map { $0.map { 2 * $0 } }, startPosition: start)
            expectTrue(!AttentionCheck.agree(doubled, weights),
                       "the weights must depend on the queries and keys: doubling every key must change them",
                       call: call + ", and the same call with every key doubled")
        }
    },
    Check.property("shifting every position leaves the weights unchanged", points: 2, cases: 100,
                   hint: "Every score depends only on the distance between query and key, so startPosition must cancel out; but the rotations must still be there.") { random in
        let (queries, keys) = AttentionCheck.tokens(&random)
        let start = random.int(in: 0...10_000)
        expectClose(ropeAttentionWeights(queries: queries, keys: keys, startPosition: start),
                    AttentionCheck.reference(queries: queries, keys: keys, startPosition: 0), tolerance: .absolute(1e-9),
                    call: "ropeAttentionWeights(queries: \(queries), keys: \(keys), startPosition: \(start)) vs the same at startPosition 0")
    },
]
