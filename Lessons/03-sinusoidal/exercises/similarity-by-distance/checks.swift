import CourseCheck
import Foundation

// Fixed values were computed with NumPy (sum of np.cos(k * 10000**(-2*i/d)) over the pairs,
// agreeing with np.dot of the two encodings to ≤ 1e-14, printed with repr). Each of the ≤ 256
// cosines is accurate to ≈ |angle| · 2e-16 ≤ 2e-12 for the angles used here (≤ 10⁴); their
// sum is within ≈ 1e-10 of exact, so 1e-9 absolute is safe, while a wrong frequency or a
// missing pair moves the result by far more.

/// The grader's own encoding, in a namespace so it cannot clash with the learner's names.
/// It computes ω_i as exp(−(2i/d) · ln base), a different route from the usual pow.
private enum Reference {
    static func encoding(_ p: Int, _ d: Int, base: Double = 10000) -> [Double] {
        (0..<d).map { j in
            let angle = Double(p) * exp(-Double(2 * (j / 2)) / Double(d) * log(base))
            return j % 2 == 0 ? sin(angle) : cos(angle)
        }
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    /// Guards the checks that compare the learner's function only with itself (or with a bound)
    /// against results that pass them for the wrong reason: a constant such as 0 is even in
    /// the distance and bounded, and NaN accepts an expected NaN. Pins the value at distance 0,
    /// d/2 (each pair contributes sin² + cos² = 1), and asks that distance 1 gives less
    /// (pair 0 contributes cos 1 ≈ 0.54 instead of 1). Reports the first problem; true when
    /// there is none.
    static func isNonDegenerate(dimension d: Int) -> Bool {
        let atZero = encodingDotProduct(distance: 0, dimension: d), atOne = encodingDotProduct(distance: 1, dimension: d)
        guard abs(atZero - Double(d) / 2) <= 1e-9 else {
            expectClose(atZero, Double(d) / 2, tolerance: .absolute(1e-9), call: "encodingDotProduct(distance: 0, dimension: \(d))")
            return false
        }
        guard atOne < atZero - 0.1 else {
            expectTrue(false, "the value must depend on the distance: distance 1 must give less than distance 0",
                       call: "encodingDotProduct(distance: 1, dimension: \(d)) = \(atOne), encodingDotProduct(distance: 0, dimension: \(d)) = \(atZero)")
            return false
        }
        return true
    }

    /// An even dimension between 2 and 64.
    static func dimension(_ random: inout SeededRandom) -> Int { 2 * random.int(in: 1...32) }
}

let checks: [Check] = [
    Check("distance 0 gives d/2", points: 1,
          hint: "At distance 0 each pair contributes sin² + cos² = 1, and there are d/2 pairs.") {
        // By hand: 512 / 2.
        expectClose(encodingDotProduct(distance: 0, dimension: 512), 256, tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: 0, dimension: 512)")
    },
    Check("the lesson's values for d = 512", points: 2,
          hint: "There are d/2 pairs, with frequencies ω_i = 10000^(−2i/d) for the pair index i = 0 … d/2 − 1.") {
        expectClose(encodingDotProduct(distance: 1, dimension: 512), 249.10209782736288, tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: 1, dimension: 512)")
        expectClose(encodingDotProduct(distance: 3, dimension: 512), 211.74944342769246, tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: 3, dimension: 512)")
        expectClose(encodingDotProduct(distance: 1000, dimension: 512), 44.971604844503, tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: 1000, dimension: 512)")
    },
    Check("another base", points: 1,
          hint: "Use the base you are given in place of 10000.") {
        expectClose(encodingDotProduct(distance: 7, dimension: 8, base: 100), 1.8949069270595684, tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: 7, dimension: 8, base: 100)")
    },
    Check.property("PE(p) · PE(q) depends only on q − p", points: 3, cases: 200,
                   hint: "Compare your result with the dot product of two actual encodings: each pair contributes cos(ω_i (q − p)).") { random in
        let d = Reference.dimension(&random)
        let p = random.int(in: 0...10_000), q = random.int(in: 0...10_000)
        // Both sides are sums of ≤ 32 terms with angles ≤ 10⁴: within ≈ 1e-10 of each other.
        expectClose(encodingDotProduct(distance: q - p, dimension: d), Reference.dot(Reference.encoding(p, d), Reference.encoding(q, d)),
                    tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: \(q - p), dimension: \(d)), compared with PE(\(p)) · PE(\(q))")
    },
    Check.property("the sign of the distance is lost", points: 1, cases: 100,
                   hint: "Cosine is even: cos(−x) = cos(x).") { random in
        let d = Reference.dimension(&random)
        let k = random.int(in: 1...10_000)
        guard Reference.isNonDegenerate(dimension: d) else { return }
        expectClose(encodingDotProduct(distance: -k, dimension: d), encodingDotProduct(distance: k, dimension: d),
                    tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: \(-k), dimension: \(d)), compared with encodingDotProduct(distance: \(k), dimension: \(d))")
    },
    Check.property("the value never exceeds d/2 in size", points: 1, cases: 100,
                   hint: "Each of the d/2 pairs contributes a cosine, between −1 and 1.") { random in
        let d = Reference.dimension(&random)
        let k = random.int(in: -10_000...10_000)
        guard Reference.isNonDegenerate(dimension: d) else { return }
        let value = encodingDotProduct(distance: k, dimension: d)
        expectTrue(abs(value) <= Double(d) / 2 + 1e-9, "|value| must be at most d/2 = \(d / 2)",
                   call: "encodingDotProduct(distance: \(k), dimension: \(d)) = \(value)")
    },
]
