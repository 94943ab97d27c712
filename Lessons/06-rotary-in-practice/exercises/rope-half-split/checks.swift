import Foundation
import CourseCheck

// Fixed expected values were computed with numpy (float64) from the explicit d×d matrix of
// the half-split layout (pair i in rows/columns i and i + d/2, angle m·θ_i,
// θ_i = base^(−2i/d)) times the vector, and pasted as literals. The first two examples are
// also [cos 1, 0, sin 1, 0] and [0, cos 0.01, 0, sin 0.01] by hand.
//
// Tolerances: entries are of order 1; the angle m·θ_i has a rounding error of ~1e-16·m,
// about 2e-12 at position 10^4. 1e-9 absolute (scaled by the lengths for dot products) is
// far above that and far below the difference between layouts, bases or signs (≥ 1e-3).

private enum HalfSplitCheck {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

    /// Hugging Face's formulation: x * cos + rotate_half(x) * sin, with the tables
    /// built by concatenating the d/2 angles with themselves.
    static func rotateHalfFormula(_ x: [Double], position: Int, base: Double) -> [Double] {
        let d = x.count, h = d / 2
        let angles = (0..<h).map { Double(position) * pow(base, -2 * Double($0) / Double(d)) }
        let cosTable = (angles + angles).map { cos($0) }
        let sinTable = (angles + angles).map { sin($0) }
        let rotateHalf = x[h...].map { -$0 } + x[..<h]
        return (0..<d).map { x[$0] * cosTable[$0] + rotateHalf[$0] * sinTable[$0] }
    }

    static func vector(_ random: inout SeededRandom) -> [Double] {
        random.doubles(count: 2 * random.int(in: 1...32), in: -1...1)
    }
}

let checks: [Check] = [
    Check("pairs are (i, i + d/2), not neighbours", points: 2,
          hint: "With d = 4, pair 0 is coordinates 0 and 2 (angle 1 rad), pair 1 is coordinates 1 and 3 (angle 0.01 rad).") {
        expectClose(applyRoPEHalfSplit([1, 0, 0, 0], position: 1), [0.5403023058681398, 0, 0.8414709848078965, 0],
                    tolerance: .absolute(1e-9), call: "applyRoPEHalfSplit([1, 0, 0, 0], position: 1)")
        expectClose(applyRoPEHalfSplit([0, 1, 0, 0], position: 1), [0, 0.9999500004166653, 0, 0.009999833334166664],
                    tolerance: .absolute(1e-9), call: "applyRoPEHalfSplit([0, 1, 0, 0], position: 1)")
    },
    Check("the lesson's 8-dimensional query at position 5", points: 1,
          hint: "Pair i of an 8-dimensional vector is (x[i], x[i + 4]), turned by 5 · θ_i.") {
        expectClose(applyRoPEHalfSplit([0.3, -1.2, 0.8, 0.5, -0.7, 0.1, 1.1, -0.4], position: 5),
                    [-0.586148336625229, -1.1010416281288675, 0.7440231221182269, 0.5019937416796979,
                     -0.48624081222319987, -0.4875523901360063, 1.1386086218510056, -0.3974950104270703],
                    tolerance: .absolute(1e-9), call: "applyRoPEHalfSplit([0.3, -1.2, 0.8, 0.5, -0.7, 0.1, 1.1, -0.4], position: 5)")
    },
    Check("the base is a parameter", points: 1,
          hint: "θ_i = base^(−2i/d): with base 100 and d = 4, θ_1 = 0.1.") {
        expectClose(applyRoPEHalfSplit([1, 2, 3, 4], position: 3, base: 100),
                    [-1.413352520780047, 0.7285921516058536, -2.828857481741469, 4.412386369825104],
                    tolerance: .absolute(1e-9), call: "applyRoPEHalfSplit([1, 2, 3, 4], position: 3, base: 100)")
    },
    Check.property("agrees with x ⊙ cos + rotate_half(x) ⊙ sin", points: 2, cases: 100,
                   hint: "rotate_half(x) = (−x[h], …, −x[d−1], x[0], …, x[h−1]); the sine multiplies it, the cosine multiplies x.") { random in
        let x = HalfSplitCheck.vector(&random)
        let position = random.int(in: 0...10_000)
        let base = random.bool() ? 10_000 : random.double(in: 2...1_000_000)
        expectClose(applyRoPEHalfSplit(x, position: position, base: base),
                    HalfSplitCheck.rotateHalfFormula(x, position: position, base: base), tolerance: .absolute(1e-9),
                    call: "applyRoPEHalfSplit(\(x), position: \(position), base: \(base))")
    },
    Check.property("rotation keeps the length", points: 1, cases: 100,
                   hint: "Both coordinates of a pair must use the same angle.") { random in
        let x = HalfSplitCheck.vector(&random)
        let position = random.int(in: 0...10_000)
        let rotated = applyRoPEHalfSplit(x, position: position)
        let call = "applyRoPEHalfSplit(\(x), position: \(position))"
        guard rotated.count == x.count else { expectEqual(rotated.count, x.count, call: call + ".count"); return }
        // Returning x unchanged keeps the length too. At a position p > 0, pair 0 turns by p
        // radians and |sin(p/2)| ≥ 3e-5 for p ≤ 10^4 (p = 710 is closest to whole turns), so a
        // rotated vector moves by far more than 1e-9.
        if position > 0 {
            expectTrue(zip(rotated, x).contains { abs($0 - $1) > 1e-9 },
                       "a rotation by a non-zero angle must change the vector", call: call)
        }
        // The length is preserved up to a few roundings of its own size.
        expectClose(HalfSplitCheck.norm(rotated), HalfSplitCheck.norm(x),
                    tolerance: .absoluteOrRelative(absolute: 1e-12, relative: 1e-12), call: "length of " + call)
    },
    Check.property("the score depends only on n − m in this layout too", points: 1, cases: 100,
                   hint: "Shifting both positions by s turns both members of every pair by s·θ_i more.") { random in
        let q = HalfSplitCheck.vector(&random)
        let k = random.doubles(count: q.count, in: -1...1)
        let m = random.int(in: 0...5000), n = random.int(in: 0...5000), shift = random.int(in: -m...5000)
        let score = HalfSplitCheck.dot(applyRoPEHalfSplit(q, position: m), applyRoPEHalfSplit(k, position: n))
        let shifted = HalfSplitCheck.dot(applyRoPEHalfSplit(q, position: m + shift), applyRoPEHalfSplit(k, position: n + shift))
        // Expected: q · R_{n−m} k, with the checks' own rotate_half formula.
        let relative = HalfSplitCheck.dot(q, HalfSplitCheck.rotateHalfFormula(k, position: n - m, base: 10_000))
        let tolerance = Tolerance.absolute(1e-9 * max(1, HalfSplitCheck.norm(q) * HalfSplitCheck.norm(k)))
        expectClose(score, relative, tolerance: tolerance,
                    call: "dot(applyRoPEHalfSplit(\(q), position: \(m)), applyRoPEHalfSplit(\(k), position: \(n)))")
        expectClose(shifted, relative, tolerance: tolerance,
                    call: "dot(applyRoPEHalfSplit(\(q), position: \(m + shift)), applyRoPEHalfSplit(\(k), position: \(n + shift)))")
    },
]
