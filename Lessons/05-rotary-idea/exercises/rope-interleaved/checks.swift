import Foundation
import CourseCheck

// Fixed expected values were computed with numpy (float64): the explicit d×d block-diagonal
// matrix of RoFormer's equation (15), pair i in rows/columns 2i and 2i+1 with angle m·θ_i,
// θ_i = base^(−2i/d), multiplied by the vector; pasted as literals. The example
// [1, 0, 1, 0] at position 1 is also [cos 1, sin 1, cos 0.01, sin 0.01] by hand. The blocks of
// relativeRotation were computed the same way, as the matrix product R_mᵀ R_n of two explicit
// rotation matrices (never from a formula for the single block).
//
// Predictions: by hand (6 − 2π; the length of (3, 4); 500·θ_i < 0.1 ⇔ i > 64 ln 5000 / ln 10000
// ≈ 59.2, so pairs 60–63; cos 3) and confirmed with numpy; compared within 0.01, the rounding
// of a two-decimal answer.
//
// Tolerances: entries are of order 1. The angle m·θ_i carries a rounding error of about
// 1e-16·m, i.e. ~2e-12 for positions up to 10^4, and a sum over pairs adds at most d such
// errors; 1e-9 absolute (scaled by the vectors' lengths for dot products) is far above that
// and far below any convention mistake (wrong pairing, base, exponent or sign all change
// results by ≥ 1e-3). A Float computation (~1e-7) fails.

private enum RoPEInterleavedCheck {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

    /// RoFormer's equation (15): the explicit d×d block-diagonal rotation matrix.
    static func rotationMatrix(position: Int, dimension d: Int, base: Double) -> [[Double]] {
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
        for i in 0..<(d / 2) {
            let angle = Double(position) * pow(base, -2 * Double(i) / Double(d))
            matrix[2 * i][2 * i] = cos(angle)
            matrix[2 * i][2 * i + 1] = -sin(angle)
            matrix[2 * i + 1][2 * i] = sin(angle)
            matrix[2 * i + 1][2 * i + 1] = cos(angle)
        }
        return matrix
    }

    static func times(_ matrix: [[Double]], _ x: [Double]) -> [Double] { matrix.map { dot($0, x) } }

    /// Aᵀ B for square matrices given as rows.
    static func transposeTimes(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let n = a.count
        return (0..<n).map { i in (0..<n).map { j in (0..<n).reduce(0) { $0 + a[$1][i] * b[$1][j] } } }
    }

    /// True when `matrix` is d×d; reports otherwise.
    static func isSquare(_ matrix: [[Double]], _ d: Int, call: String) -> Bool {
        guard matrix.count == d, matrix.allSatisfy({ $0.count == d }) else {
            expectTrue(false, "expected a \(d)×\(d) matrix (\(d) rows of \(d) numbers)", call: call)
            return false
        }
        return true
    }

    /// A random even dimension and a vector of that size.
    static func vector(_ random: inout SeededRandom, maxPairs: Int = 32) -> [Double] {
        random.doubles(count: 2 * random.int(in: 1...maxPairs), in: -1...1)
    }
}

let checks: [Check] = [
    Check("[1, 0, 1, 0] at position 1 turns pair 0 by 1 rad and pair 1 by 0.01 rad", points: 2,
          hint: "Pairs are neighbours (x[0], x[1]) and (x[2], x[3]); θ_0 = 1 and θ_1 = 10000^(−2/4) = 0.01.") {
        expectClose(applyRoPE([1, 0, 1, 0], position: 1),
                    [0.5403023058681398, 0.8414709848078965, 0.9999500004166653, 0.009999833334166664],
                    tolerance: .absolute(1e-9), call: "applyRoPE([1, 0, 1, 0], position: 1)")
    },
    Check("the lesson's 8-dimensional query at position 5", points: 1,
          hint: "Every pair i has its own angle 5 · θ_i; compare pair by pair with equation (15).") {
        expectClose(applyRoPE([0.3, -1.2, 0.8, 0.5, -0.7, 0.1, 1.1, -0.4], position: 5),
                    [-1.0656104739567982, -0.628071904954813, 0.4623532802101967, 0.8223317118285488,
                     -0.7041230992035442, 0.06488960755002181, 1.101986241695323, -0.3944950229270547],
                    tolerance: .absolute(1e-9), call: "applyRoPE([0.3, -1.2, 0.8, 0.5, -0.7, 0.1, 1.1, -0.4], position: 5)")
    },
    Check("the base is a parameter", points: 1,
          hint: "θ_i = base^(−2i/d): with base 100 and d = 4, θ_1 = 0.1.") {
        expectClose(applyRoPE([1, 2, 3, 4], position: 3, base: 100),
                    [-1.27223251272018, -1.8388649851410237, 1.6839286407314598, 4.707906576486443],
                    tolerance: .absolute(1e-9), call: "applyRoPE([1, 2, 3, 4], position: 3, base: 100)")
    },
    Check.property("agrees with the block-diagonal matrix of equation (15)", points: 2, cases: 100,
                   hint: "Build the matrix for d = 4 on paper and multiply: row 2i is (… cos, −sin …), row 2i + 1 is (… sin, cos …).") { random in
        let x = RoPEInterleavedCheck.vector(&random)
        let position = random.int(in: 0...10_000)
        let base = random.bool() ? 10_000 : random.double(in: 2...1_000_000)
        let expected = RoPEInterleavedCheck.times(
            RoPEInterleavedCheck.rotationMatrix(position: position, dimension: x.count, base: base), x)
        expectClose(applyRoPE(x, position: position, base: base), expected, tolerance: .absolute(1e-9),
                    call: "applyRoPE(\(x), position: \(position), base: \(base))")
    },
    Check.property("rotation keeps the length", points: 1, cases: 100,
                   hint: "Each pair is rotated as a whole, with the same angle in its cosine and sine.") { random in
        let x = RoPEInterleavedCheck.vector(&random)
        let position = random.int(in: 0...10_000)
        let rotated = applyRoPE(x, position: position)
        let call = "applyRoPE(\(x), position: \(position))"
        guard rotated.count == x.count else { expectEqual(rotated.count, x.count, call: call + ".count"); return }
        // Returning x unchanged keeps the length too. At a position p > 0, pair 0 turns by p
        // radians and |sin(p/2)| ≥ 3e-5 for p ≤ 10^4 (p = 710 is closest to whole turns), so a
        // rotated vector moves by far more than 1e-9.
        if position > 0 {
            expectTrue(zip(rotated, x).contains { abs($0 - $1) > 1e-9 },
                       "a rotation by a non-zero angle must change the vector", call: call)
        }
        // The length is preserved up to a few roundings of its own size.
        expectClose(RoPEInterleavedCheck.norm(rotated), RoPEInterleavedCheck.norm(x),
                    tolerance: .absoluteOrRelative(absolute: 1e-12, relative: 1e-12), call: "length of " + call)
    },
    Check("the one rotation a score sees, worked out with NumPy as R_mᵀ R_n", points: 2,
          hint: "Each block is a rotation by (n − m)·θ_i or by (m − n)·θ_i; try d = 2, m = 1, n = 4 on paper: which one makes RoPE(q, 1)·RoPE(k, 4) = qᵀ M k?") {
        let cases: [(Int, Int, Int, Double, [[Double]])] = [
            (1, 4, 2, 10_000, [[-0.9899924966004455, -0.14112000805986727], [0.1411200080598672, -0.9899924966004454]]),
            (5, 2, 4, 100, [[-0.9899924966004454, 0.14112000805986727, 0, 0], [-0.14112000805986724, -0.9899924966004455, 0, 0],
                            [0, 0, 0.9553364891256061, 0.2955202066613396], [0, 0, -0.29552020666133955, 0.9553364891256061]]),
            (3, 10, 6, 10_000, [[0.7539022543433046, -0.6569865987187891, 0, 0, 0, 0], [0.6569865987187891, 0.7539022543433046, 0, 0, 0, 0],
                                [0, 0, 0.9476790714399449, -0.319224650606315, 0, 0], [0, 0, 0.319224650606315, 0.9476790714399449, 0, 0],
                                [0, 0, 0, 0, 0.9998862832288926, -0.015080471170057418], [0, 0, 0, 0, 0.01508047117005742, 0.9998862832288926]]),
        ]
        for (m, n, d, base, expected) in cases {
            expectClose(relativeRotation(queryPosition: m, keyPosition: n, dimension: d, base: base), expected,
                        tolerance: .absolute(1e-9),
                        call: "relativeRotation(queryPosition: \(m), keyPosition: \(n), dimension: \(d), base: \(base))")
        }
    },
    Check.property("M equals R_mᵀ R_n, the checks' product of explicit matrices", points: 1, cases: 100,
                   hint: "Block-diagonal, one 2×2 rotation per pair, zeros elsewhere; only n − m matters.") { random in
        let d = 2 * random.int(in: 1...12)
        let m = random.int(in: 0...5000), n = random.int(in: 0...5000)
        let base = random.bool() ? 10_000 : random.double(in: 2...1_000_000)
        let call = "relativeRotation(queryPosition: \(m), keyPosition: \(n), dimension: \(d), base: \(base))"
        let matrix = relativeRotation(queryPosition: m, keyPosition: n, dimension: d, base: base)
        guard RoPEInterleavedCheck.isSquare(matrix, d, call: call) else { return }
        let expected = RoPEInterleavedCheck.transposeTimes(
            RoPEInterleavedCheck.rotationMatrix(position: m, dimension: d, base: base),
            RoPEInterleavedCheck.rotationMatrix(position: n, dimension: d, base: base))
        expectClose(matrix, expected, tolerance: .absolute(1e-9), call: call)
    },
    Check.property("qᵀ M k is the score of your rotated vectors, wherever the two positions sit", points: 1, cases: 100,
                   hint: "Shift both positions by the same s: M must not change, and the score of the rotated vectors must not either.") { random in
        let q = RoPEInterleavedCheck.vector(&random)
        let k = random.doubles(count: q.count, in: -1...1)
        let m = random.int(in: 0...5000), n = random.int(in: 0...5000), shift = random.int(in: -min(m, n)...5000)
        let matrix = relativeRotation(queryPosition: m + shift, keyPosition: n + shift, dimension: q.count)
        let call = "relativeRotation(queryPosition: \(m + shift), keyPosition: \(n + shift), dimension: \(q.count))"
        guard RoPEInterleavedCheck.isSquare(matrix, q.count, call: call) else { return }
        let score = RoPEInterleavedCheck.dot(applyRoPE(q, position: m), applyRoPE(k, position: n))
        // Expected: qᵀ R_{n−m} k with the checks' own matrix (equation (16)). Zero answers of every
        // function agree with each other, so both must also match this.
        let relative = RoPEInterleavedCheck.dot(q, RoPEInterleavedCheck.times(
            RoPEInterleavedCheck.rotationMatrix(position: n - m, dimension: q.count, base: 10_000), k))
        let tolerance = Tolerance.absolute(1e-9 * max(1, RoPEInterleavedCheck.norm(q) * RoPEInterleavedCheck.norm(k)))
        expectClose(score, relative, tolerance: tolerance,
                    call: "dot(applyRoPE(\(q), position: \(m)), applyRoPE(\(k), position: \(n)))")
        expectClose(RoPEInterleavedCheck.dot(q, RoPEInterleavedCheck.times(matrix, k)), relative, tolerance: tolerance,
                    call: "qᵀ M k with M = " + call + ", q = \(q), k = \(k)")
    },
    Check("your four predictions, within 0.01", points: 2,
          hint: "1: take 2π away from 6. 2: what does a rotation do to a length? 3: solve 500·10000^(−2i/128) < 0.1 for i. 4: which single rotation sits between q and k?") {
        expectClose(ropePredictions(), [-0.28318530717958623, 5, 4, -0.9899924966004454], tolerance: .absolute(0.01), call: "ropePredictions()")
    },
]
