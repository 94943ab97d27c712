import CourseCheck
import Foundation

// Fixed matrices were computed with NumPy (the blocks cos/sin(k * base**(-2*i/d)) placed on
// the diagonal, printed with repr). Entries lie in [−1, 1]. The angle k·ω and the positions in
// the property checks stay below ≈ 1.1·10⁴, where the absolute rounding of an angle is ≈ 2e-12
// and sin and cos pass it on unchanged; a product M·PE sums d ≤ 64 such terms. So 1e-9
// absolute is safe for values that should agree, and any wrong sign, block or frequency is
// off by far more.

/// The grader's own encoding and matrix helpers, in a namespace so they cannot clash with
/// the learner's names. The encoding computes ω_i as exp(−(2i/d) · ln base), a different
/// route from the usual pow, so it does not share a mistake with the learner's code.
enum Reference {
    static func encoding(_ p: Int, _ d: Int, base: Double = 10000) -> [Double] {
        (0..<d).map { j in
            let angle = Double(p) * exp(-Double(2 * (j / 2)) / Double(d) * log(base))
            return j % 2 == 0 ? sin(angle) : cos(angle)
        }
    }

    static func times(_ m: [[Double]], _ v: [Double]) -> [Double] {
        m.map { row in zip(row, v).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    static func times(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        a.map { row in (0..<b[0].count).map { c in zip(row, b).reduce(0) { $0 + $1.0 * $1.1[c] } } }
    }

    static func transposed(_ m: [[Double]]) -> [[Double]] {
        (0..<m[0].count).map { c in m.map { $0[c] } }
    }

    static func identity(_ d: Int) -> [[Double]] {
        (0..<d).map { r in (0..<d).map { c in r == c ? 1 : 0 } }
    }

    static func isSquare(_ m: [[Double]], _ d: Int) -> Bool {
        m.count == d && m.allSatisfy { $0.count == d }
    }

    /// Guards the composition check, which compares the learner's matrices only with each
    /// other, against matrices that compose for the wrong reason: NaN (an expected NaN accepts
    /// a NaN), the zero matrix (0 · 0 = 0) or the identity (I · I = I). Every row of a shift
    /// matrix is a row of a rotation block, a unit vector, and a non-zero offset turns the
    /// fastest pair by k radians, so M(k) is not I. Reports the first problem; true when
    /// there is none.
    static func isShiftLike(_ m: [[Double]], offset k: Int, call: String) -> Bool {
        guard m.allSatisfy({ $0.allSatisfy { $0.isFinite } }) else {
            expectTrue(false, "the matrix must be finite numbers, not NaN or infinity", call: call)
            return false
        }
        // cos² + sin² of one computed angle is 1 within a few ulps: 1e-12 is loose.
        for (r, row) in m.enumerated() where abs(row.reduce(0) { $0 + $1 * $1 } - 1) > 1e-12 {
            expectTrue(false, "row \(r) must be a unit vector, a row of a 2×2 rotation block", call: call)
            return false
        }
        // |sin k| ≥ 3e-5 for every integer 0 < |k| ≤ 1000 (the closest is k = 355), so entry
        // [0][1] = sin k of a correct M(k) is far from the identity's 0.
        let identity = identity(m.count)
        guard k == 0 || zip(m, identity).contains(where: { zip($0, $1).contains { abs($0 - $1) > 1e-9 } }) else {
            expectTrue(false, "a shift by a non-zero offset must change the encoding: M(\(k)) must not be the identity", call: call)
            return false
        }
        return true
    }

    /// An even dimension between 2 and 64.
    static func dimension(_ random: inout SeededRandom) -> Int { 2 * random.int(in: 1...32) }

    /// An even dimension between 2 and 16, for checks that multiply two matrices (d³ work,
    /// slow in the grader's unoptimised build for large d).
    static func smallDimension(_ random: inout SeededRandom) -> Int { 2 * random.int(in: 1...8) }
}

let checks: [Check] = [
    Check("a shift by 0 is the identity", points: 1,
          hint: "With k = 0 every angle is 0: each block is [[1, 0], [0, 1]] and everything else is 0.") {
        // By hand: cos 0 = 1, sin 0 = 0.
        expectClose(shiftMatrix(offset: 0, dimension: 4), Reference.identity(4), tolerance: .absolute(1e-12),
                    call: "shiftMatrix(offset: 0, dimension: 4)")
    },
    Check("the fastest pair turned by 2 radians", points: 2,
          hint: "Apply your block to PE(0)'s pair (0, 1): the result must be (sin 2, cos 2), PE(2)'s pair. Then check a second position: the block must not depend on p.") {
        expectClose(shiftMatrix(offset: 2, dimension: 2),
                    [[-0.4161468365471424, 0.9092974268256817], [-0.9092974268256817, -0.4161468365471424]],
                    tolerance: .absolute(1e-9), call: "shiftMatrix(offset: 2, dimension: 2)")
    },
    Check("M(1) for d = 4: two blocks on the diagonal, zeros elsewhere", points: 2,
          hint: "Pair 0 turns by ω₀ = 1 radian and pair 1 by ω₁ = 0.01 radians; the off-diagonal 2×2 corners are 0.") {
        expectClose(shiftMatrix(offset: 1, dimension: 4),
                    [[0.5403023058681398, 0.8414709848078965, 0, 0],
                     [-0.8414709848078965, 0.5403023058681398, 0, 0],
                     [0, 0, 0.9999500004166653, 0.009999833334166664],
                     [0, 0, -0.009999833334166664, 0.9999500004166653]],
                    tolerance: .absolute(1e-9), call: "shiftMatrix(offset: 1, dimension: 4)")
    },
    Check("another base, a negative offset", points: 1,
          hint: "Use the base you are given, and let a negative offset give negative angles.") {
        // NumPy, base 100, d = 4, k = −5: angles −5 and −0.5.
        expectClose(shiftMatrix(offset: -5, dimension: 4, base: 100),
                    [[0.28366218546322625, 0.9589242746631385, 0, 0],
                     [-0.9589242746631385, 0.28366218546322625, 0, 0],
                     [0, 0, 0.8775825618903728, -0.479425538604203],
                     [0, 0, 0.479425538604203, 0.8775825618903728]],
                    tolerance: .absolute(1e-9), call: "shiftMatrix(offset: -5, dimension: 4, base: 100)")
    },
    Check.property("M(k) · PE(p) = PE(p + k) for every position p", points: 3, cases: 200,
                   hint: "Check one pair by hand: the block times (sin ωp, cos ωp) must give (sin ω(p + k), cos ω(p + k)).") { random in
        let d = Reference.dimension(&random)
        let p = random.int(in: 0...10_000)
        let k = random.int(in: -p...1_000)
        let m = shiftMatrix(offset: k, dimension: d)
        let call = "shiftMatrix(offset: \(k), dimension: \(d))"
        guard Reference.isSquare(m, d) else {
            expectTrue(false, "the result must be a \(d)×\(d) matrix", call: call)
            return
        }
        expectClose(Reference.times(m, Reference.encoding(p, d)), Reference.encoding(p + k, d), tolerance: .absolute(1e-9),
                    call: "\(call) · PE(\(p)), compared with PE(\(p + k))")
    },
    Check.property("M(k) is orthogonal: M(k)ᵀ M(k) = I", points: 1, cases: 100,
                   hint: "Each block must be a rotation: its two rows are unit vectors at right angles.") { random in
        let d = Reference.smallDimension(&random)
        let k = random.int(in: -10_000...10_000)
        let m = shiftMatrix(offset: k, dimension: d)
        let call = "shiftMatrix(offset: \(k), dimension: \(d))"
        guard Reference.isSquare(m, d) else {
            expectTrue(false, "the result must be a \(d)×\(d) matrix", call: call)
            return
        }
        // cos² + sin² of one computed angle is 1 within a few ulps: 1e-12 is loose.
        expectClose(Reference.times(Reference.transposed(m), m), Reference.identity(d), tolerance: .absolute(1e-12),
                    call: "transpose(\(call)) · \(call)")
    },
    Check.property("shifts compose: M(j) · M(k) = M(j + k)", points: 1, cases: 100,
                   hint: "Turning a pair by ωj and then by ωk turns it by ω(j + k).") { random in
        let d = Reference.smallDimension(&random)
        let j = random.int(in: -1_000...1_000), k = random.int(in: -1_000...1_000)
        let mj = shiftMatrix(offset: j, dimension: d), mk = shiftMatrix(offset: k, dimension: d)
        let call = "shiftMatrix(offset: \(j), dimension: \(d)) · shiftMatrix(offset: \(k), dimension: \(d))"
        guard Reference.isSquare(mj, d), Reference.isSquare(mk, d) else {
            expectTrue(false, "the result must be a \(d)×\(d) matrix", call: call)
            return
        }
        guard Reference.isShiftLike(mj, offset: j, call: "shiftMatrix(offset: \(j), dimension: \(d))"),
              Reference.isShiftLike(mk, offset: k, call: "shiftMatrix(offset: \(k), dimension: \(d))") else { return }
        // Angles ≤ 2000: each entry is within ≈ 1e-12 of exact; 1e-9 is safe.
        expectClose(Reference.times(mj, mk), shiftMatrix(offset: j + k, dimension: d), tolerance: .absolute(1e-9),
                    call: call + ", compared with shiftMatrix(offset: \(j + k), dimension: \(d))")
    },
]
