import Foundation
import CourseCheck

// Expected values: DeepSeek-V2's (d = 64, base 10,000, s = 40, L = 4,096, betas 32 and 1)
// computed with Python by transcribing Hugging Face's _compute_yarn_parameters with the ramp in
// float64, and DeepSeek's yarn_get_mscale for the scale: (0.1 · 0.707 · ln 40 + 1)² / √192.
// By hand: the boundary indices are 64 · ln(4096 / 2π·β) / (2 ln 10,000) = 10.47 (β = 32) and
// 22.51 (β = 1), so low = 10, high = 23, and pair 16 gets ramp 6/13 and
// θ' = 0.01 · (7/13 + 6/(13 · 40)) = 0.0055. The small configurations are worked out the
// same way by hand (their boundary indices are in the checks' comments).
//
// Tolerance: relative 1e-12; each frequency is a pow, two logs and a blend (a few ulps). The
// random configurations avoid boundary indices within 1e-9 of an integer, where rounding down
// or up could legitimately differ between two correct implementations.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum YarnReference {
    static func boundary(_ turns: Double, dimension d: Int, base: Double, length: Int) -> Double {
        Double(d) * log(Double(length) / (2 * Double.pi * turns)) / (2 * log(base))
    }
    /// The steps of the statement, written independently of any solution.
    static func frequencies(_ d: Int, _ base: Double, _ s: Double, _ length: Int, _ fast: Double, _ slow: Double) -> [Double] {
        let low = max(floor(boundary(fast, dimension: d, base: base, length: length)), 0)
        var high = min(ceil(boundary(slow, dimension: d, base: base, length: length)), Double(d - 1))
        if low == high { high += 0.001 }
        return (0..<(d / 2)).map { i in
            let theta = pow(base, -2 * Double(i) / Double(d))
            let interpolated = min(max((Double(i) - low) / (high - low), 0), 1)
            return theta / s * interpolated + theta * (1 - interpolated)
        }
    }
    static func isNearInteger(_ x: Double) -> Bool { abs(x - x.rounded()) < 1e-9 }
    /// True when `values` has `count` finite positive entries; reports otherwise.
    static func isPositive(_ values: [Double], count: Int, call: String) -> Bool {
        guard values.count == count else {
            expectEqual(values.count, count, call: call + ".count")
            return false
        }
        guard values.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            expectTrue(false, "every frequency must be a finite positive number", call: call)
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("DeepSeek-V2: pairs 0–10 unchanged, 23–31 forty times slower, a ramp between", points: 3,
          hint: "Pair 16 has θ = 0.01 and lies 6/13 of the way from pair 10 to pair 23: θ' = 0.0055.") {
        let call = "yarnInverseFrequencies(dimension: 64, base: 10_000, factor: 40, originalLength: 4096, betaFast: 32, betaSlow: 1)"
        expectClose(yarnInverseFrequencies(dimension: 64, base: 10_000, factor: 40, originalLength: 4096, betaFast: 32, betaSlow: 1),
                    [1.0, 0.7498942093324559, 0.5623413251903491, 0.4216965034285822, 0.31622776601683794,
                     0.23713737056616552, 0.1778279410038923, 0.1333521432163324, 0.1, 0.07498942093324558,
                     0.05623413251903491, 0.03900692656714386, 0.026879360111431223, 0.01837814621887783,
                     0.01244795587027246, 0.008334508951020777, 0.0055, 0.003561997494329165,
                     0.002249365300761396, 0.0013705136361428923, 0.0007905694150420946, 0.0004149903984907897,
                     0.0001778279410038922, 3.33380358040831e-05, 2.5e-05, 1.8747355233311396e-05,
                     1.4058533129758727e-05, 1.0542412585714556e-05, 7.905694150420949e-06, 5.9284342641541385e-06,
                     4.445698525097306e-06, 3.3338035804083097e-06],
                    tolerance: .relative(1e-12), call: call)
    },
    Check("small configurations by hand, with both clamps", points: 2,
          hint: "Round the fast boundary down and the slow one up, then clamp to [0, dimension − 1].") {
        // d = 8, base 10,000, L = 512, betas 8 and 1: indices 1.008 and 1.91 → low 1, high 2.
        expectClose(yarnInverseFrequencies(dimension: 8, base: 10_000, factor: 4, originalLength: 512, betaFast: 8, betaSlow: 1),
                    [1.0, 0.1, 0.0025, 0.00025], tolerance: .relative(1e-12),
                    call: "yarnInverseFrequencies(dimension: 8, base: 10_000, factor: 4, originalLength: 512, betaFast: 8, betaSlow: 1)")
        // L = 64, betas 32 and 1: the fast index is negative → low 0; the slow one 1.008 → high 2.
        expectClose(yarnInverseFrequencies(dimension: 8, base: 10_000, factor: 4, originalLength: 64, betaFast: 32, betaSlow: 1),
                    [1.0, 0.0625, 0.0025, 0.00025], tolerance: .relative(1e-12),
                    call: "yarnInverseFrequencies(dimension: 8, base: 10_000, factor: 4, originalLength: 64, betaFast: 32, betaSlow: 1)")
        // d = 8, base 10, L = 480, betas 32 and 1: indices 1.51 and 7.53 → low 1, high 8 clamped to 7:
        // pair 2 gets ramp 1/6, θ' = 10^(−1/2) · 11/12.
        expectClose(yarnInverseFrequencies(dimension: 8, base: 10, factor: 2, originalLength: 480, betaFast: 32, betaSlow: 1),
                    [1.0, 0.5623413251903491, 0.2898754521821014, 0.14818995083657693], tolerance: .relative(1e-12),
                    call: "yarnInverseFrequencies(dimension: 8, base: 10, factor: 2, originalLength: 480, betaFast: 32, betaSlow: 1)")
    },
    Check.property("every pair between θ/s and θ, slowed more and more from pair to pair", points: 2, cases: 100,
                   hint: "The ramp goes from 0 (fast pairs, untouched) to 1 (slow pairs, divided by the factor).") { random in
        let d = 2 * random.int(in: 4...64)
        let base = random.double(in: 100...1_000_000)
        let s = random.double(in: 2...64)
        let length = random.int(in: 512...65_536)
        let fast = random.double(in: 8...64), slow = random.double(in: 0.5...2)
        guard !YarnReference.isNearInteger(YarnReference.boundary(fast, dimension: d, base: base, length: length)),
              !YarnReference.isNearInteger(YarnReference.boundary(slow, dimension: d, base: base, length: length)) else { return }
        let call = "yarnInverseFrequencies(dimension: \(d), base: \(base), factor: \(s), originalLength: \(length), betaFast: \(fast), betaSlow: \(slow))"
        let result = yarnInverseFrequencies(dimension: d, base: base, factor: s, originalLength: length, betaFast: fast, betaSlow: slow)
        guard YarnReference.isPositive(result, count: d / 2, call: call) else { return }
        var previousSlowdown = 0.0
        for i in 0..<(d / 2) {
            let theta = pow(base, -2 * Double(i) / Double(d))
            let slowdown = theta / result[i]
            expectTrue(slowdown >= 1 - 1e-12 && slowdown <= s * (1 + 1e-12),
                       "pair \(i) must be slowed by a factor between 1 and \(s) (got \(slowdown))", call: call)
            expectTrue(slowdown >= previousSlowdown * (1 - 1e-12),
                       "pair \(i) must be slowed at least as much as pair \(i - 1)", call: call)
            previousSlowdown = slowdown
        }
        expectClose(result, YarnReference.frequencies(d, base, s, length, fast, slow), tolerance: .relative(1e-12), call: call)
    },
    Check("DeepSeek-V2's softmax scale", points: 2,
          hint: "m = 0.1 · 0.707 · ln 40 + 1 ≈ 1.2608; the scale is m² / √192.") {
        expectClose(yarnSoftmaxScale(queryKeyDimension: 192, factor: 40, mscaleAllDim: 0.707), 0.11472138679292612,
                    tolerance: .relative(1e-12), call: "yarnSoftmaxScale(queryKeyDimension: 192, factor: 40, mscaleAllDim: 0.707)")
        // DeepSeek-V3's configuration: mscale_all_dim 1.0 → (0.1 · ln 40 + 1)² / √192.
        expectClose(yarnSoftmaxScale(queryKeyDimension: 192, factor: 40, mscaleAllDim: 1), 0.1352337788608801,
                    tolerance: .relative(1e-12), call: "yarnSoftmaxScale(queryKeyDimension: 192, factor: 40, mscaleAllDim: 1)")
    },
    Check("no extension, no change of temperature", points: 1,
          hint: "With factor 1 (or less) the correction m is exactly 1.") {
        expectClose(yarnSoftmaxScale(queryKeyDimension: 64, factor: 1, mscaleAllDim: 1), 0.125,
                    tolerance: .relative(1e-12), call: "yarnSoftmaxScale(queryKeyDimension: 64, factor: 1, mscaleAllDim: 1)")
        expectClose(yarnSoftmaxScale(queryKeyDimension: 128, factor: 8, mscaleAllDim: 1), 0.12897000835044856,
                    tolerance: .relative(1e-12), call: "yarnSoftmaxScale(queryKeyDimension: 128, factor: 8, mscaleAllDim: 1)")
    },
]
