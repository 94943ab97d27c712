import CourseCheck

// Fixed expected values: by hand where noted, otherwise NumPy
// ((v - v.mean()) / np.sqrt(((v - v.mean())**2).mean() + eps), printed with repr).
// Outputs are of order 1 and come from a handful of sums: rounding is a few ulps, so an
// absolute tolerance of 1e-12 is loose for correct code and tight for wrong formulas.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum Reference {
    static func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(v.count) }

    /// Guards a check that compares the learner's function only with itself against results
    /// that pass it for the wrong reason: the wrong length (an empty result equals an empty
    /// result), NaN (an expected NaN accepts a NaN), or a constant vector such as all zeros,
    /// which no shift changes either. `v` is not constant. Reports the first problem; true
    /// when there is none.
    static func isNonDegenerate(_ output: [Double], of v: [Double], call: String) -> Bool {
        guard output.count == v.count else {
            expectEqual(output.count, v.count, call: call + ".count")
            return false
        }
        guard output.allSatisfy({ $0.isFinite }) else {
            expectTrue(false, "the result must be finite numbers, not NaN or infinity", call: call)
            return false
        }
        // Outputs are the deviations v_j − μ scaled by 1/√(σ² + ε) ≈ 1/σ: coordinates of v that
        // differ by δ give outputs that differ by about δ/σ, far more than 1e-6 here.
        guard let low = output.min(), let high = output.max(), high - low > 1e-6 else {
            expectTrue(false, "a vector that is not constant must not normalise to a constant vector (all zeros, say)", call: call)
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("[1, 2, 3] without epsilon", points: 1,
          hint: "The mean is 2 and the variance is ((−1)² + 0² + 1²) / 3 = 2/3: divide by d, not d − 1.") {
        // By hand: (v − 2) / √(2/3) = (−√1.5, 0, √1.5).
        expectClose(layerNorm([1, 2, 3], epsilon: 0), [-1.224744871391589, 0, 1.224744871391589],
                    tolerance: .absolute(1e-12), call: "layerNorm([1, 2, 3], epsilon: 0)")
    },
    Check("the lesson's dog vector", points: 2,
          hint: "Use the default epsilon, 1e-5, inside the square root: √(variance + epsilon).") {
        expectClose(layerNorm([0.8, -1.3, 0.4, 2.1, -0.6, 0.9]),
                    [0.3806698378489784, -1.5379061449098725, 0.015226793513959181,
                     1.5683597319377909, -0.8983808173235889, 0.4720305989327332],
                    tolerance: .absolute(1e-12), call: "layerNorm([0.8, -1.3, 0.4, 2.1, -0.6, 0.9])")
    },
    Check("epsilon is added to the variance", points: 1,
          hint: "Divide by √(variance + epsilon), not by √variance + epsilon.") {
        expectClose(layerNorm([2, -1, 0.5, 4.5], epsilon: 0.1),
                    [0.24325212770525995, -1.2162606385262997, -0.4865042554105199, 1.4595127662315597],
                    tolerance: .absolute(1e-12), call: "layerNorm([2, -1, 0.5, 4.5], epsilon: 0.1)")
    },
    Check("a constant vector normalises to zeros", points: 1,
          hint: "All deviations from the mean are 0; epsilon keeps the denominator away from 0, so the result is 0, not NaN.") {
        // By hand: every deviation is 0 and the denominator is √1e-5.
        expectClose(layerNorm([7, 7, 7, 7]), [0, 0, 0, 0], tolerance: .absolute(1e-12),
                    call: "layerNorm([7, 7, 7, 7])")
        // Returning zeros for every vector would pass the line above, so one coordinate moves.
        // By hand: mean 7.25, deviations (−0.25, −0.25, −0.25, 0.75), variance 0.1875; each
        // deviation divided by √(0.1875 + 1e-5) (values from Python's math.sqrt).
        expectClose(layerNorm([7, 7, 7, 8]), [-0.5773348737982603, -0.5773348737982603, -0.5773348737982603, 1.7320046213947808],
                    tolerance: .absolute(1e-12), call: "layerNorm([7, 7, 7, 8])")
    },
    Check.property("the output has mean 0 and variance σ²/(σ² + ε)", points: 1, cases: 100,
                   hint: "Subtract the mean of the input, then divide every deviation by the same number √(σ² + ε).") { random in
        let d = random.int(in: 2...32)
        let v = random.doubles(count: d, in: -3...3)
        let output = layerNorm(v)
        let call = "layerNorm(\(v))"
        guard output.count == d else {
            expectEqual(output.count, d, call: call + ".count")
            return
        }
        let mu = Reference.mean(v)
        let variance = Reference.mean(v.map { ($0 - mu) * ($0 - mu) })
        // Sums of at most 32 terms of order 1: rounding stays below 1e-14.
        expectClose(Reference.mean(output), 0, tolerance: .absolute(1e-12), call: "mean of " + call)
        expectClose(Reference.mean(output.map { $0 * $0 }), variance / (variance + 1e-5),
                    tolerance: .absolute(1e-12), call: "variance of " + call)
    },
    Check.property("LN(x + p·1) = LN(x): the position is erased", points: 3, cases: 100,
                   hint: "If this fails while the fixed checks pass, compute the variance from the deviations v_j − mean, not as mean(v²) − mean².") { random in
        let d = random.int(in: 4...32)
        let x = random.doubles(count: d, in: -3...3)
        let p = random.int(in: 0...5000)
        let shifted = x.map { $0 + Double(p) }
        guard Reference.isNonDegenerate(layerNorm(x), of: x, call: "layerNorm(\(x))") else { return }
        // Adding p ≤ 5000 rounds each coordinate by at most ulp(5000)/2 ≈ 5e-13, and the mean
        // of the shifted coordinates carries a similar error; divided by σ (of order 1 for 4
        // or more uniform values in [−3, 3]) the outputs move by ≈ 1e-12 (NumPy, 2,000 random
        // cases of this shape: at most 1.6e-12). 1e-10 leaves a wide margin. The shortcut
        // mean(v²) − mean² cancels ≈ 2.5e7 against itself and is off by up to ≈ 1e-8: it fails.
        expectClose(layerNorm(shifted), layerNorm(x), tolerance: .absolute(1e-10),
                    call: "layerNorm(\(shifted)) compared with layerNorm(\(x)), which differs by \(p) in every coordinate")
    },
]
