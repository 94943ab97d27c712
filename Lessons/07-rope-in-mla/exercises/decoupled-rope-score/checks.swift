import Foundation
import CourseCheck

// Fixed values by hand and checked with numpy (float64, explicit rotation matrices):
//   entry: h = [1, 2], W^DKV = [[1, 0], [0, 1], [1, 1]] gives c = [1, 2, 3];
//          W^KR = [[1, 0], [0, 0]] gives [1, 0], rotated by position 1: [cos 1, sin 1].
//   logits: the concatenated query [q^C; R_3 q^R] against [W^UK c_j; k^R_j], over sqrt(4).
//   E.g. row 0: q^C · W^UK c_0 = [1, −1] · [0, −0.5] = 0.5; R_3 [0.5, 0.5] · [0.3, −0.6]
//   = 0.084995…; (0.5 + 0.084995…) / 2 = 0.292497….
// The random checks build the concatenated query and key explicitly (no absorption) with
// the checks' own rotation.
//
// Tolerances: entries are of order 1, sums run over ≤ 32 terms, positions up to 10^4 give
// angle roundings of ~2e-12. 1e-9 absolute (scaled by the sizes of the vectors) is far
// above that and far below a missing rotation, a double rotation or a wrong scale.

private enum DecoupledCheck {
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

    /// A random head: sizes, weights, a query and the layer inputs of a few cached tokens.
    struct Head {
        let down: [[Double]], ropeKey: [[Double]], keyUp: [[Double]]
        let queryContent: [Double], queryRope: [Double]
        let hiddens: [[Double]]

        init(_ random: inout SeededRandom) {
            let model = random.int(in: 1...8), latent = random.int(in: 1...6)
            let head = random.int(in: 1...8), rope = 2 * random.int(in: 1...4)
            down = random.matrix(rows: latent, columns: model, in: -1...1)
            ropeKey = random.matrix(rows: rope, columns: model, in: -1...1)
            keyUp = random.matrix(rows: head, columns: latent, in: -1...1)
            queryContent = random.doubles(count: head, in: -1...1)
            queryRope = random.doubles(count: rope, in: -1...1)
            hiddens = random.matrix(rows: random.int(in: 1...5), columns: model, in: -1...1)
        }

        /// The cache row the checks expect for token `index` at `position`.
        func entry(_ index: Int, position: Int) -> [Double] {
            times(down, hiddens[index]) + rotate(times(ropeKey, hiddens[index]), position: position)
        }

        /// Explicit logits: [q^C; R_t q^R] · [W^UK c_j; R_j W^KR h_j] / sqrt(d_h + d_h^R), no absorption.
        func explicitLogits(queryPosition: Int, positions: [Int]) -> [Double] {
            let query = queryContent + rotate(queryRope, position: queryPosition)
            return zip(hiddens, positions).map { hidden, position in
                let key = times(keyUp, times(down, hidden)) + rotate(times(ropeKey, hidden), position: position)
                return dot(query, key) / Double(query.count).squareRoot()
            }
        }
        /// The scale of a logit's rounding: |[q^C; q^R]| times the largest key length.
        var scoreScale: Double {
            let keyLengths = hiddens.map { norm(times(keyUp, times(down, $0)) + times(ropeKey, $0)) }
            return max(1, norm(queryContent + queryRope) * (keyLengths.max() ?? 1))
        }
        var description: String { "queryContent: \(queryContent), queryRope: \(queryRope), keyUpProjection: \(keyUp)" }
    }
}

let checks: [Check] = [
    Check("a cache entry by hand: the latent, then the rotated rotary key", points: 2,
          hint: "Concatenate W^DKV h (d_c numbers) and applyRoPE(W^KR h, position: j) (d_h^R numbers), in that order.") {
        let down: [[Double]] = [[1, 0], [0, 1], [1, 1]], ropeKey: [[Double]] = [[1, 0], [0, 0]]
        expectClose(mlaCacheEntry(hidden: [1, 2], position: 1, downProjection: down, ropeKeyProjection: ropeKey),
                    [1, 2, 3, 0.5403023058681398, 0.8414709848078965], tolerance: .absolute(1e-9),
                    call: "mlaCacheEntry(hidden: [1, 2], position: 1, downProjection: \(down), ropeKeyProjection: \(ropeKey))")
        expectClose(mlaCacheEntry(hidden: [1, 2], position: 0, downProjection: down, ropeKeyProjection: ropeKey),
                    [1, 2, 3, 1, 0], tolerance: .absolute(1e-12),
                    call: "mlaCacheEntry(hidden: [1, 2], position: 0, downProjection: \(down), ropeKeyProjection: \(ropeKey))")
    },
    Check("logits of a small example", points: 2,
          hint: "Split each cache row into c_j (the first d_c numbers) and k^R_j (the rest); add q^C · W^UK c_j and RoPE(q^R, t) · k^R_j, then divide by sqrt(d_h + d_h^R) = 2.") {
        let keyUp: [[Double]] = [[1, 2, 0], [0, 1, -1]]
        let cache: [[Double]] = [[0.2, -0.1, 0.4, 0.3, -0.6], [1.0, 0.5, -0.5, -0.2, 0.8]]
        expectClose(mlaLogits(queryContent: [1, -1], queryRope: [0.5, 0.5], queryPosition: 3, cache: cache, keyUpProjection: keyUp),
                    [0.2924974354315633, 0.38678112752489996], tolerance: .absolute(1e-9),
                    call: "mlaLogits(queryContent: [1, -1], queryRope: [0.5, 0.5], queryPosition: 3, cache: \(cache), keyUpProjection: \(keyUp))")
    },
    Check.property("cache entries hold the latent and the already-rotated shared key", points: 1, cases: 100,
                   hint: "The rotary key is rotated by the token's own position when it is written.") { random in
        let head = DecoupledCheck.Head(&random)
        let position = random.int(in: 0...10_000)
        let entry = mlaCacheEntry(hidden: head.hiddens[0], position: position, downProjection: head.down, ropeKeyProjection: head.ropeKey)
        expectClose(entry, head.entry(0, position: position), tolerance: .absolute(1e-9 * max(1, DecoupledCheck.norm(head.hiddens[0]))),
                    call: "mlaCacheEntry(hidden: \(head.hiddens[0]), position: \(position), downProjection: \(head.down), ropeKeyProjection: \(head.ropeKey))")
    },
    Check.property("absorbed logits equal those of the explicit concatenated query and key", points: 2, cases: 100,
                   hint: "q · k splits over the concatenation: [q^C; q^R] · [k^C; k^R] = q^C · k^C + q^R · k^R, and q^C · W^UK c = (W^UKᵀ q^C) · c.") { random in
        let head = DecoupledCheck.Head(&random)
        let queryPosition = random.int(in: 0...10_000)
        let positions = (0..<head.hiddens.count).map { _ in random.int(in: 0...queryPosition) }
        let cache = positions.indices.map { head.entry($0, position: positions[$0]) }
        let expected = head.explicitLogits(queryPosition: queryPosition, positions: positions)
        expectClose(mlaLogits(queryContent: head.queryContent, queryRope: head.queryRope, queryPosition: queryPosition,
                              cache: cache, keyUpProjection: head.keyUp),
                    expected, tolerance: .absolute(1e-9 * head.scoreScale),
                    call: "mlaLogits(\(head.description), queryPosition: \(queryPosition), cache: \(cache))")
    },
    Check.property("shifting the whole text leaves every logit unchanged", points: 1, cases: 100,
                   hint: "Only the rotary part depends on positions, through R_tᵀ R_j = R_{j−t}; rotate the cached key once, when it is written, and the query once.") { random in
        let head = DecoupledCheck.Head(&random)
        let queryPosition = random.int(in: 0...5000), shift = random.int(in: 1...5000)
        let positions = (0..<head.hiddens.count).map { _ in random.int(in: 0...queryPosition) }
        func logits(shiftedBy s: Int) -> [Double] {
            let cache = positions.indices.map {
                mlaCacheEntry(hidden: head.hiddens[$0], position: positions[$0] + s, downProjection: head.down, ropeKeyProjection: head.ropeKey)
            }
            return mlaLogits(queryContent: head.queryContent, queryRope: head.queryRope, queryPosition: queryPosition + s,
                             cache: cache, keyUpProjection: head.keyUp)
        }
        let expected = head.explicitLogits(queryPosition: queryPosition, positions: positions)
        expectClose(logits(shiftedBy: shift), expected, tolerance: .absolute(1e-9 * head.scoreScale),
                    call: "mlaLogits with every position shifted by \(shift) (query at \(queryPosition + shift), keys at \(positions.map { $0 + shift }))")
    },
]
