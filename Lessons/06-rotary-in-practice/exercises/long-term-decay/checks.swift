import Foundation
import CourseCheck

// Expected values, computed independently of the solution:
// - by hand: with one pair, S_1 = e^{irθ_0} has length 1, so the relative bound is 1 and the Abel
//   bound is |h_0| = |q| |k| (5 for q = (3, 4), k = (1, 0)); at distance 0, S_j = j and the bound is
//   the mean of 1 … d/2, (d/2 + 1)/2 (4.5 for d = 16, 2 for d = 6, 32.5 for d = 128);
// - with NumPy: theta = base ** (-2 * np.arange(d // 2) / d), S = np.cumsum(np.exp(1j * r * theta)),
//   the relative bound np.abs(S).mean(); for the Abel bound h = (q[0::2] + 1j*q[1::2]) *
//   (k[0::2] - 1j*k[1::2]) with a 0 appended, np.sum(np.abs(S) * np.abs(np.diff(h))); window means
//   with np.mean over the 100 distances; all printed with repr.
// - the property checks compute the score from explicit 2×2 rotation matrices and the Abel sum
//   with their own code below.
//
// Tolerance: relative 1e-9 (1e-12 of slack on the inequalities). Angles r·θ_i reach 10^4 radians
// here, so each term of S_j carries a rounding error near 1e-12 and a partial sum of at most 128
// terms stays far below 1e-9 of the bound, which is never below about 1 for these heads. A Float
// computation (~1e-7, worse at large angles) fails.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum DecayReference {
    static func theta(_ i: Int, _ d: Int, _ base: Double) -> Double { pow(base, -2 * Double(i) / Double(d)) }

    /// The score (R_m q) · (R_n k) with an explicit 2×2 rotation per pair.
    static func score(_ q: [Double], _ k: [Double], _ m: Int, _ n: Int, _ base: Double) -> Double {
        (0..<(q.count / 2)).reduce(0) { total, i in
            let a = Double(m) * theta(i, q.count, base), b = Double(n) * theta(i, q.count, base)
            let rq: [Double] = [cos(a) * q[2 * i] - sin(a) * q[2 * i + 1], sin(a) * q[2 * i] + cos(a) * q[2 * i + 1]]
            let rk: [Double] = [cos(b) * k[2 * i] - sin(b) * k[2 * i + 1], sin(b) * k[2 * i] + cos(b) * k[2 * i + 1]]
            let pair: Double = rq[0] * rk[0] + rq[1] * rk[1]
            return total + pair
        }
    }

    /// |S_1| … |S_{d/2}| and the content factors h_0 … h_{d/2} (the last one 0) as (re, im).
    static func parts(_ q: [Double], _ k: [Double], _ r: Int, _ base: Double) -> (lengths: [Double], h: [(Double, Double)]) {
        var re = 0.0, im = 0.0, lengths: [Double] = []
        for i in 0..<(q.count / 2) {
            re += cos(Double(r) * theta(i, q.count, base))
            im += sin(Double(r) * theta(i, q.count, base))
            lengths.append((re * re + im * im).squareRoot())
        }
        var h: [(Double, Double)] = []
        for i in 0..<(q.count / 2) {
            let real: Double = q[2 * i] * k[2 * i] + q[2 * i + 1] * k[2 * i + 1]
            let imaginary: Double = q[2 * i + 1] * k[2 * i] - q[2 * i] * k[2 * i + 1]
            h.append((real, imaginary))
        }
        h.append((0, 0))
        return (lengths, h)
    }

    static func gap(_ h: [(Double, Double)], _ i: Int) -> Double {
        let (x, y) = (h[i + 1].0 - h[i].0, h[i + 1].1 - h[i].1)
        return (x * x + y * y).squareRoot()
    }

    /// True when `value` is a finite number > 0; reports otherwise.
    static func isUsable(_ value: Double, call: String) -> Bool {
        guard value.isFinite && value > 0 else {
            expectTrue(false, "the bound must be a finite positive number (got \(value))", call: call)
            return false
        }
        return true
    }
}

private let lessonQuery: [Double] = [0.3, -1.2, 0.8, 0.5, -0.7, 0.1, 1.1, -0.4]
private let lessonKey: [Double] = [0.9, 0.2, -0.5, 0.7, 0.4, -1.0, 0.3, 0.6]

let checks: [Check] = [
    Check("by hand: one pair, and distance 0", points: 2,
          hint: "With one pair S_1 = e^{irθ_0} has length 1; at distance 0 every factor is 1, so S_j = j.") {
        expectClose(relativeUpperBound(distance: 7, dimension: 2, base: 10_000), 1, tolerance: .relative(1e-9),
                    call: "relativeUpperBound(distance: 7, dimension: 2, base: 10_000)")
        expectClose(abelBound(query: [3, 4], key: [1, 0], distance: 7, base: 10_000), 5, tolerance: .relative(1e-9),
                    call: "abelBound(query: [3, 4], key: [1, 0], distance: 7, base: 10_000)")
        expectClose(relativeUpperBound(distance: 0, dimension: 16, base: 3), 4.5, tolerance: .relative(1e-9),
                    call: "relativeUpperBound(distance: 0, dimension: 16, base: 3)")
        expectClose(relativeUpperBound(distance: 0, dimension: 6, base: 10_000), 2, tolerance: .relative(1e-9),
                    call: "relativeUpperBound(distance: 0, dimension: 6, base: 10_000)")
    },
    Check("the lesson's head (d = 128) and the lesson's query and key, computed with NumPy", points: 2,
          hint: "θ_i = base^(−2i/d) with the pair index i from 0; S_j adds e^{irθ_i} for i < j, and the bound is the mean of |S_1| … |S_{d/2}|.") {
        for (r, expected) in [(0, 32.5), (1, 31.538166142658085), (5, 20.845357778356764), (100, 10.227329948505133),
                              (1000, 4.470761034248728), (-2000, 5.046849849614707)] {
            expectClose(relativeUpperBound(distance: r, dimension: 128, base: 10_000), expected, tolerance: .relative(1e-9),
                        call: "relativeUpperBound(distance: \(r), dimension: 128, base: 10_000)")
        }
        expectClose(relativeUpperBound(distance: 1000, dimension: 128, base: 500_000), 10.200187756099249, tolerance: .relative(1e-9),
                    call: "relativeUpperBound(distance: 1000, dimension: 128, base: 500_000)")
        for (r, expected) in [(0, 5.660473794411432), (-4, 2.9365851585764164), (50, 4.578108507906537)] {
            expectClose(abelBound(query: lessonQuery, key: lessonKey, distance: r, base: 10_000), expected, tolerance: .relative(1e-9),
                        call: "abelBound(query: \(lessonQuery), key: \(lessonKey), distance: \(r), base: 10_000)")
        }
    },
    Check.property("no score exceeds your Abel bound, which is the checks' sum and within the loose bound", points: 2, cases: 100,
                   hint: "h_i = (q_2i + i q_2i+1)(k_2i − i k_2i+1), h_{d/2} = 0, and the last term |S_{d/2}| |h_{d/2−1}| counts too.") { random in
        let d = 2 * random.int(in: 1...32)
        let q = random.doubles(count: d, in: -1...1), k = random.doubles(count: d, in: -1...1)
        let m = random.int(in: 0...5000), n = random.int(in: 0...5000)
        let base = random.bool() ? 10_000 : random.double(in: 10...1_000_000)
        let call = "abelBound(query: \(q), key: \(k), distance: \(m - n), base: \(base))"
        let bound = abelBound(query: q, key: k, distance: m - n, base: base)
        guard DecayReference.isUsable(bound, call: call) else { return }
        let score = DecayReference.score(q, k, m, n, base)
        expectTrue(abs(score) <= bound * (1 + 1e-12) + 1e-12,
                   "the score of q at position \(m) and k at position \(n) is \(score), beyond your bound \(bound)", call: call)
        let (lengths, h) = DecayReference.parts(q, k, m - n, base)
        let abel = (0..<(d / 2)).reduce(0) { $0 + lengths[$1] * DecayReference.gap(h, $1) }
        expectClose(bound, abel, tolerance: .relative(1e-9), call: call + " against the checks' Abel sum")
        let relative = relativeUpperBound(distance: m - n, dimension: d, base: base)
        let largestGap = (0..<(d / 2)).map { DecayReference.gap(h, $0) }.max()!
        expectTrue(bound <= largestGap * Double(d / 2) * relative * (1 + 1e-9) + 1e-12,
                   "your Abel bound \(bound) exceeds max|h_{i+1} − h_i| · d/2 · relativeUpperBound = \(largestGap * Double(d / 2) * relative)",
                   call: call + " and relativeUpperBound(distance: \(m - n), dimension: \(d), base: \(base))")
    },
    Check.property("the relative bound is the checks' mean of |S_j|, and the same at r and −r", points: 1, cases: 100,
                   hint: "S_j at −r is the complex conjugate of S_j at r: the same length.") { random in
        let d = 2 * random.int(in: 1...64)
        let r = random.int(in: 1...10_000)
        let base = random.bool() ? 10_000 : random.double(in: 10...1_000_000)
        let call = "relativeUpperBound(distance: \(r), dimension: \(d), base: \(base))"
        let forward = relativeUpperBound(distance: r, dimension: d, base: base)
        guard DecayReference.isUsable(forward, call: call) else { return }
        let lengths = DecayReference.parts(Array(repeating: 0, count: d), Array(repeating: 0, count: d), r, base).lengths
        expectClose(forward, lengths.reduce(0, +) / Double(d / 2), tolerance: .relative(1e-9), call: call)
        expectClose(relativeUpperBound(distance: -r, dimension: d, base: base), forward, tolerance: .relative(1e-9),
                    call: "relativeUpperBound(distance: \(-r), dimension: \(d), base: \(base)) against the same at \(r)")
    },
    Check("the lesson's head decays on average: window means computed with NumPy", points: 1,
          hint: "Average your bound over 100 consecutive distances: 13.30, 8.93, 5.54 and 4.94 from windows starting at 0, 100, 1,000 and 2,000.") {
        for (start, expected) in [(0, 13.296322727100412), (100, 8.925250025698626), (1000, 5.536387540718772), (2000, 4.943416316988969)] {
            let mean = (start..<(start + 100)).reduce(0) { $0 + relativeUpperBound(distance: $1, dimension: 128, base: 10_000) } / 100
            expectClose(mean, expected, tolerance: .relative(1e-9),
                        call: "the mean of relativeUpperBound(distance: r, dimension: 128, base: 10_000) for r in \(start)..<\(start + 100)")
        }
    },
    Check("your four predictions", points: 2,
          hint: "1: how long is a single factor e^{irθ}? 2: what is every factor at distance 0? 3 and 4: slower pairs cancel less; with base 100 no pair is slow.") {
        expectEqual(decayPredictions(), [false, true, false, false], call: "decayPredictions()")
    },
]
