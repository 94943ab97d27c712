import Foundation
import CourseCheck

// Fixed encodings were computed with NumPy (np.sin(p * base**(-2*i/d)), np.cos(…), printed
// with repr). Entries lie in [−1, 1]; the angle p·ω carries a relative rounding error of a
// few ulps, i.e. an absolute error ≈ p · 2e-16, which is ≈ 2e-12 at p = 10⁴, and sin and
// cos pass it on unchanged. So 1e-9 absolute is safe for every position used here, while a
// wrong frequency, layout or pair index is off by far more, and so is a Float encoding
// (~1e-7).
//
// firstSlowPair: expected pairs with Python, a loop over i testing (P - 1) * base**(-2*i/d) < 1
// (first i that passes, d/2 if none); the lesson's table (P = 64, d = 64) gives 15, as its
// figure description says (pair 15 reaches 0.84 rad at position 63). The random cases are
// checked against the same inequality, skipping tables where a pair sits within 1e-9 of one
// radian (there rounding decides).

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum Reference {
    static func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// An even dimension between 2 and 64.
    static func dimension(_ random: inout SeededRandom) -> Int { 2 * random.int(in: 1...32) }

    /// How far pair i turns over positions 0 ..< positions: (positions − 1) · base^(−2i/d).
    static func sweep(pair i: Int, positions: Int, dimension d: Int, base: Double) -> Double {
        Double(positions - 1) * pow(base, -2 * Double(i) / Double(d))
    }
}

let checks: [Check] = [
    Check("position 0 is (0, 1, 0, 1, …)", points: 1,
          hint: "At position 0 every angle is 0: every sine is 0 and every cosine is 1.") {
        // By hand: sin 0 = 0, cos 0 = 1.
        expectClose(sinusoidalEncoding(position: 0, dimension: 6), [0, 1, 0, 1, 0, 1],
                    tolerance: .absolute(1e-12), call: "sinusoidalEncoding(position: 0, dimension: 6)")
    },
    Check("position 1 with d = 4 is (sin 1, cos 1, sin 0.01, cos 0.01)", points: 1,
          hint: "With d = 4 the frequencies are 10000^0 = 1 and 10000^(−2/4) = 0.01, and each cosine follows its sine.") {
        expectClose(sinusoidalEncoding(position: 1, dimension: 4),
                    [0.8414709848078965, 0.5403023058681398, 0.009999833334166664, 0.9999500004166653],
                    tolerance: .absolute(1e-9), call: "sinusoidalEncoding(position: 1, dimension: 4)")
    },
    Check("position 7 with d = 8", points: 1,
          hint: "The frequencies are 10000^(−2i/8) for the pair index i = 0, 1, 2, 3: 1, 0.1, 0.01, 0.001.") {
        expectClose(sinusoidalEncoding(position: 7, dimension: 8),
                    [0.6569865987187891, 0.7539022543433046, 0.6442176872376911, 0.7648421872844884,
                     0.06994284733753277, 0.9975510002532796, 0.006999942833473391, 0.9999755001000415],
                    tolerance: .absolute(1e-9), call: "sinusoidalEncoding(position: 7, dimension: 8)")
    },
    Check("a single pair: d = 2", points: 1,
          hint: "With d = 2 there is one pair, with frequency 1.") {
        expectClose(sinusoidalEncoding(position: 5, dimension: 2), [-0.9589242746631385, 0.28366218546322625],
                    tolerance: .absolute(1e-9), call: "sinusoidalEncoding(position: 5, dimension: 2)")
    },
    Check("the base is a parameter", points: 1,
          hint: "Use the base you are given in place of 10000: ω_i = base^(−2i/d).") {
        expectClose(sinusoidalEncoding(position: 3, dimension: 6, base: 100),
                    [0.1411200080598672, -0.9899924966004454, 0.6022610340763316, 0.7982992213658409,
                     0.13879810108005053, 0.990320699135675],
                    tolerance: .absolute(1e-9), call: "sinusoidalEncoding(position: 3, dimension: 6, base: 100)")
    },
    Check.property("bounded: entries in [−1, 1], each pair on the unit circle, |PE(p)| = √(d/2)", points: 1, cases: 200,
                   hint: "Each pair must be the sine and the cosine of the same angle.") { random in
        let d = Reference.dimension(&random)
        let p = random.int(in: 0...100_000)
        let pe = sinusoidalEncoding(position: p, dimension: d)
        let call = "sinusoidalEncoding(position: \(p), dimension: \(d))"
        guard pe.count == d else {
            expectEqual(pe.count, d, call: call + ".count")
            return
        }
        expectTrue(pe.allSatisfy { -1 <= $0 && $0 <= 1 }, "every entry must lie in [−1, 1]", call: call)
        for i in 0..<(d / 2) {
            // sin² + cos² of one computed angle is 1 to within a few ulps, whatever the angle.
            expectClose(pe[2 * i] * pe[2 * i] + pe[2 * i + 1] * pe[2 * i + 1], 1, tolerance: .absolute(1e-12),
                        call: "\(call)[\(2 * i)]² + \(call)[\(2 * i + 1)]²")
        }
        expectClose(Reference.norm(pe), (Double(d) / 2).squareRoot(), tolerance: .relative(1e-12), call: "length of " + call)
    },
    Check.property("one step of k has the same size everywhere: |PE(p + k) − PE(p)| does not depend on p", points: 1, cases: 100,
                   hint: "The distance works out to √(Σ_i (2 − 2 cos ω_i k)), which holds only if every pair turns at a fixed speed ω_i.") { random in
        let d = Reference.dimension(&random)
        let k = random.int(in: 1...100)
        let p = random.int(in: 0...10_000), s = random.int(in: 0...10_000)
        let encodings = [p, p + k, s, s + k].map { sinusoidalEncoding(position: $0, dimension: d) }
        guard encodings.allSatisfy({ $0.count == d }) else {
            expectTrue(false, "every encoding must have \(d) entries", call: "sinusoidalEncoding(position: \(p), dimension: \(d))")
            return
        }
        let stepAtP = Reference.norm(zip(encodings[1], encodings[0]).map { $0 - $1 })
        let stepAtS = Reference.norm(zip(encodings[3], encodings[2]).map { $0 - $1 })
        // A constant encoding (all zeros, say) takes steps of size 0 everywhere, and NaN accepts
        // an expected NaN. A real step is at least √(2 − 2 cos k) ≥ 0.017 for 1 ≤ k ≤ 100 (pair
        // 0 turns by k radians, k = 44 is closest to a full turn).
        guard encodings.allSatisfy({ $0.allSatisfy { $0.isFinite } }) else {
            expectTrue(false, "the encoding must be finite numbers, not NaN or infinity", call: "sinusoidalEncoding(position: \(p), dimension: \(d))")
            return
        }
        guard stepAtP > 1e-6 else {
            expectTrue(false, "the encoding must depend on the position: PE(\(p + k)) must differ from PE(\(p))",
                       call: "sinusoidalEncoding(position: \(p + k), dimension: \(d)) compared with sinusoidalEncoding(position: \(p), dimension: \(d))")
            return
        }
        // Positions ≤ 10⁴: each entry is within ≈ 2e-12 (see the top), the distance of ≤ 64
        // entries within ≈ 2e-11; 1e-9 is safe.
        expectClose(stepAtP, stepAtS, tolerance: .absolute(1e-9),
                    call: "|PE(\(p + k)) − PE(\(p))| compared with |PE(\(s + k)) − PE(\(s))|, dimension \(d)")
    },
    Check("the first slow pair of the lesson's table, and of tables worked out with Python", points: 2,
          hint: "Pair i turns by (P − 1)·base^(−2i/d) over the table; solve (P − 1)·base^(−2i/d) < 1 for i with a logarithm.") {
        for (positions, dimension, base, pair) in [(64, 64, 10_000.0, 15), (1024, 512, 10_000, 193), (2, 4, 10_000, 1),
                                                   (100, 16, 10_000, 4), (4096, 128, 500_000, 41), (50, 6, 100, 3)] {
            expectEqual(firstSlowPair(positions: positions, dimension: dimension, base: base), pair,
                        call: "firstSlowPair(positions: \(positions), dimension: \(dimension), base: \(base))")
        }
    },
    Check.property("the pair you return turns less than a radian over the table, the one before it does not", points: 1, cases: 200,
                   hint: "Every pair from the answer on must satisfy (P − 1)·ω_i < 1; the pair just before it must not (pair 0, ω = 1, never does).") { random in
        let d = 2 * random.int(in: 1...256)
        let positions = random.int(in: 2...100_000)
        let base = random.bool() ? 10_000 : random.double(in: 10...1_000_000)
        // Skip tables where some pair sits within 1e-9 of one radian: there rounding decides.
        guard (0..<(d / 2)).allSatisfy({ abs(Reference.sweep(pair: $0, positions: positions, dimension: d, base: base) - 1) > 1e-9 }) else { return }
        let call = "firstSlowPair(positions: \(positions), dimension: \(d), base: \(base))"
        let pair = firstSlowPair(positions: positions, dimension: d, base: base)
        guard (1...(d / 2)).contains(pair) else {
            expectTrue(false, "the answer must be a pair index from 1 to d/2 = \(d / 2) (pair 0 turns by P − 1 ≥ 1 radian), not \(pair)", call: call)
            return
        }
        if pair < d / 2 {
            let sweep = Reference.sweep(pair: pair, positions: positions, dimension: d, base: base)
            expectTrue(sweep < 1, "pair \(pair) turns by \(sweep) radians over the table: not slow", call: call)
        }
        let before = Reference.sweep(pair: pair - 1, positions: positions, dimension: d, base: base)
        expectTrue(before >= 1, "pair \(pair - 1) turns by only \(before) radians over the table: it is slow already", call: call)
    },
    Check("your four predictions", points: 2,
          hint: "1: sin² + cos² pair by pair. 2: permute both vectors the same way. 3: is it the length, or the vector, that stays fixed? 4: what does a slower pair contribute to Σ cos(ω_i · 100)?") {
        expectEqual(sinusoidPredictions(), [true, false, false, true], call: "sinusoidPredictions()")
    },
]
