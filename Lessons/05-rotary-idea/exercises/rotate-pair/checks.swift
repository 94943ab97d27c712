import Foundation
import CourseCheck

// Expected values were computed with numpy (float64) from the explicit 2×2 matrix
// R(a) = [[cos a, −sin a], [sin a, cos a]] times the vector, and pasted as literals.
//
// Tolerances: inputs are of order 1, so a correct rotation is accurate to a few 1e-16,
// except that the angle a = m·θ itself carries a rounding error of about 1e-16·|a|; for
// positions up to 10^4 that is ~2e-12 on the result. 1e-9 absolute is far above both and
// far below any convention mistake (a wrong sign or position changes results by ≥ 1e-2).

private enum RotatePairCheck {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
    /// Whether a result has the two elements of a pair; reports it otherwise.
    static func isPair(_ v: [Double], call: String) -> Bool {
        if v.count != 2 { expectEqual(v.count, 2, call: call + ".count") }
        return v.count == 2
    }
}

let checks: [Check] = [
    Check("a quarter turn takes [1, 0] to [0, 1] (counter-clockwise)", points: 1,
          hint: "R(a) = [[cos a, −sin a], [sin a, cos a]]; its first column is where [1, 0] goes.") {
        // By hand: a = 1 · π/2, (cos a, sin a) = (0, 1) up to the rounding of π/2 (6e-17).
        expectClose(rotatePair([1, 0], position: 1, theta: .pi / 2), [0, 1], tolerance: .absolute(1e-9),
                    call: "rotatePair([1, 0], position: 1, theta: .pi / 2)")
    },
    Check("exact values: the lesson's dog, and a negative position", points: 2,
          hint: "The angle is position × theta; a negative position turns clockwise.") {
        expectClose(rotatePair([1, 0.5], position: 4, theta: 0.3), [-0.10366178850693952, 1.113217963205563],
                    tolerance: .absolute(1e-9), call: "rotatePair([1, 0.5], position: 4, theta: 0.3)")
        expectClose(rotatePair([0.8, -0.6], position: 3, theta: 0.3), [0.9672841203930216, 0.253695546739588],
                    tolerance: .absolute(1e-9), call: "rotatePair([0.8, -0.6], position: 3, theta: 0.3)")
        expectClose(rotatePair([2, -1], position: -2, theta: 0.7), [-0.645515444187978, -2.1408666028771615],
                    tolerance: .absolute(1e-9), call: "rotatePair([2, -1], position: -2, theta: 0.7)")
    },
    Check("the lesson's scores: +1.0941 at distance 3, +0.7732 at distance 1", points: 1,
          hint: "The score is the dot product of the rotated query and the rotated key.") {
        let q: [Double] = [1, 0.5], k: [Double] = [0.8, -0.6]
        let rotatedQuery = rotatePair(q, position: 1, theta: 0.3)
        expectClose(RotatePairCheck.dot(rotatedQuery, rotatePair(k, position: 4, theta: 0.3)), 1.0941318937628155,
                    tolerance: .absolute(1e-9), call: "dot(rotatePair([1, 0.5], position: 1, theta: 0.3), rotatePair([0.8, -0.6], position: 4, theta: 0.3))")
        expectClose(RotatePairCheck.dot(rotatedQuery, rotatePair(k, position: 2, theta: 0.3)), 0.7731884512241426,
                    tolerance: .absolute(1e-9), call: "dot(rotatePair([1, 0.5], position: 1, theta: 0.3), rotatePair([0.8, -0.6], position: 2, theta: 0.3))")
    },
    Check.property("rotation keeps the length", points: 1, cases: 200,
                   hint: "Use the same angle in all four entries of the matrix; cos² + sin² = 1 is what keeps the length.") { random in
        let v = random.doubles(count: 2, in: -10...10)
        let position = random.int(in: -10_000...10_000)
        let theta = random.double(in: -2...2)
        let call = "rotatePair(\(v), position: \(position), theta: \(theta))"
        let rotated = rotatePair(v, position: position, theta: theta)
        guard RotatePairCheck.isPair(rotated, call: call) else { return }
        // Returning v unchanged keeps the length too. A turn by a moves v by 2|sin(a/2)|·|v|;
        // where that is over 1e-6 (rounding is ~1e-12), the result must have moved.
        let angle = Double(position) * theta
        if abs(sin(angle / 2)) * RotatePairCheck.norm(v) > 1e-6 {
            expectTrue(zip(rotated, v).contains { abs($0 - $1) > 1e-9 },
                       "a rotation by a non-zero angle must change the vector", call: call)
        }
        // Relative 1e-12: the length is preserved up to a few roundings of the inputs' size.
        expectClose(RotatePairCheck.norm(rotated), RotatePairCheck.norm(v), tolerance: .absoluteOrRelative(absolute: 1e-12, relative: 1e-12),
                    call: "length of " + call)
    },
    Check.property("the score depends only on n − m", points: 2, cases: 200,
                   hint: "R(m·θ)ᵀ R(n·θ) = R((n − m)·θ): shifting both positions by s must leave the dot product unchanged.") { random in
        let q = random.doubles(count: 2, in: -1...1), k = random.doubles(count: 2, in: -1...1)
        let theta = random.double(in: 0.0001...1)
        let m = random.int(in: 0...5000), n = random.int(in: 0...5000), shift = random.int(in: -5000...5000)
        let rq = rotatePair(q, position: m, theta: theta), rk = rotatePair(k, position: n, theta: theta)
        let sq = rotatePair(q, position: m + shift, theta: theta), sk = rotatePair(k, position: n + shift, theta: theta)
        guard [rq, rk, sq, sk].allSatisfy({ $0.count == 2 }) else {
            expectTrue(false, "every result must have two elements", call: "rotatePair(…, theta: \(theta))")
            return
        }
        // Expected from the 2-D identity q·R((n − m)θ)k, written out by hand.
        let angle = Double(n - m) * theta
        let expected = q[0] * (k[0] * cos(angle) - k[1] * sin(angle)) + q[1] * (k[0] * sin(angle) + k[1] * cos(angle))
        // Positions up to 10^4: angle roundings of ~2e-12 on vectors of length ≤ 1.5.
        expectClose(RotatePairCheck.dot(rq, rk), expected, tolerance: .absolute(1e-9),
                    call: "dot(rotatePair(\(q), position: \(m), theta: \(theta)), rotatePair(\(k), position: \(n), theta: \(theta)))")
        expectClose(RotatePairCheck.dot(sq, sk), expected, tolerance: .absolute(1e-9),
                    call: "dot(rotatePair(\(q), position: \(m + shift), theta: \(theta)), rotatePair(\(k), position: \(n + shift), theta: \(theta)))")
    },
]
