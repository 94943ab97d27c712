import Foundation
import CourseCheck

// Expected values: by hand for m = ln 2 (weights halve at every step: Σ_{k ≥ 1} 2^−k = 1, and
// with a gap of ln 3 and D = 2, 3 · Σ_{k ≥ 3} 2^−k = 3/4), and with Python by summing the
// series e^(g − m k) term by term over k > D until the terms no longer change the sum
// (20,000 to 40,000 terms); those sums agree with the closed form to ~2e-14 relative.
//
// Tolerance: relative 1e-9. A closed form in Double is accurate to ~1e-13 even at m = 2^-8
// (1 − e^−m cancels three or four digits there), and the checks' own sums below add at most a
// few thousand positive terms (relative error < 1e-12). A Float solution (~1e-7) fails.
//
// Predictions, by hand from B = e^(g − m(D + 1)) / (1 − e^(−m)), each number confirmed with
// Python: (1) e^(−21/4) / (1 − e^(−1/4)) = 0.005248 / 0.2212 = 0.0237 < 0.05: true; (2) the ratio
// for D = 40 and D = 20 is e^(−20/4) = 0.0067, not about 1/2: false; (3) e^(−101/256) /
// (1 − e^(−1/256)) = 172.9 > 1: true; (4) B is proportional to e^g, so g + ln 2 doubles it: true.
// Compared exactly.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum TailReference {
    /// True when `bound` is a finite positive number; reports otherwise.
    static func isUsable(_ bound: Double, call: String) -> Bool {
        guard bound.isFinite && bound > 0 else {
            expectTrue(false, "the bound must be a finite positive number (got \(bound))", call: call)
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("weights that halve at every step (slope ln 2)", points: 2,
          hint: "With slope ln 2 and equal scores the far keys weigh 1/2, 1/4, 1/8, … of the current one.") {
        expectClose(alibiTailBound(slope: 0.6931471805599453, distance: 0, scoreGap: 0), 1,
                    tolerance: .relative(1e-9), call: "alibiTailBound(slope: log(2), distance: 0, scoreGap: 0)")
        expectClose(alibiTailBound(slope: 0.6931471805599453, distance: 2, scoreGap: 1.0986122886681098), 0.75,
                    tolerance: .relative(1e-9), call: "alibiTailBound(slope: log(2), distance: 2, scoreGap: log(3))")
    },
    Check("values summed term by term", points: 2,
          hint: "Every score at the gap is the worst case; the series starts at k = distance + 1 and never ends.") {
        expectClose(alibiTailBound(slope: 0.5, distance: 10, scoreGap: 0), 0.010386505427536826,
                    tolerance: .relative(1e-9), call: "alibiTailBound(slope: 0.5, distance: 10, scoreGap: 0)")
        expectClose(alibiTailBound(slope: 0.1, distance: 7, scoreGap: 1.5), 21.16118190478922,
                    tolerance: .relative(1e-9), call: "alibiTailBound(slope: 0.1, distance: 7, scoreGap: 1.5)")
        expectClose(alibiTailBound(slope: 0.3, distance: 0, scoreGap: -2), 0.3868282870289395,
                    tolerance: .relative(1e-9), call: "alibiTailBound(slope: 0.3, distance: 0, scoreGap: -2)")
    },
    Check.property("no input of any length puts more than B · w0 on the far keys", points: 1, cases: 100,
                   hint: "The bound must cover the worst scores allowed by the gap and an endless input.") { random in
        let slope = pow(2.0, -random.double(in: 0...8))
        let distance = random.int(in: 0...200)
        let gap = random.double(in: -3...3)
        let call = "alibiTailBound(slope: \(slope), distance: \(distance), scoreGap: \(gap))"
        let bound = alibiTailBound(slope: slope, distance: distance, scoreGap: gap)
        guard TailReference.isUsable(bound, call: call) else { return }
        // Random scores with s_k − s_0 ≤ gap, on an input of random length; w_0 = 1.
        let length = distance + random.int(in: 1...3000)
        var farWeight = 0.0
        for k in (distance + 1)...length {
            farWeight += exp(gap - random.double(in: 0...4) - slope * Double(k))
        }
        expectTrue(farWeight <= bound * (1 + 1e-12),
                   "the far keys of a \(length)-token input weigh \(farWeight) times the current token's, more than the bound \(bound)",
                   call: call)
    },
    Check.property("B is the smallest bound: scores at the gap on a long input come within 1e-9 of it", points: 2, cases: 60,
                   hint: "A bound that is valid but larger than needed fails here: sum the worst case exactly.") { random in
        let slope = pow(2.0, -random.double(in: 0...8))
        let distance = random.int(in: 0...100)
        let gap = random.double(in: -3...3)
        let call = "alibiTailBound(slope: \(slope), distance: \(distance), scoreGap: \(gap))"
        let bound = alibiTailBound(slope: slope, distance: distance, scoreGap: gap)
        guard TailReference.isUsable(bound, call: call) else { return }
        // Enough terms that the rest of the series, e^(−m·K) times the sum, is below 1e-13 of it.
        let terms = Int((30 / slope).rounded(.up))
        var worst = 0.0
        for k in stride(from: distance + terms, through: distance + 1, by: -1) {  // small terms first
            worst += exp(gap - slope * Double(k))
        }
        expectClose(bound, worst, tolerance: .relative(1e-9),
                    call: call + " compared with the far keys' total when every score is at the gap, \(distance + terms) keys")
    },
    Check("your four predictions", points: 2,
          hint: "1: e^(−5.25) is about 0.005 and 1 − e^(−1/4) about 0.22. 2: how does B change when D grows by one? 3: with m = 1/256, 1 − e^(−m) is about m. 4: where does g enter B?") {
        expectEqual(tailPredictions(), [true, false, true, true], call: "tailPredictions()")
    },
]
