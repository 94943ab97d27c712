import Foundation
import CourseCheck

// Expected values: by hand for d = 8, base 100, 64 tokens (θ = 1, 10^−1/2, 1/10, 10^−3/2, so
// the turns are 32/π, 32/(π√10), 3.2/π and 3.2/(π√10)) and for d = 4, s = 4 (b' = b · 4^(4/2)
// = 16 b); the others with Python from the definitions (turns: L · b^(−2i/d) / 2π; new base:
// solving b'^(−(d−2)/d) = b^(−(d−2)/d) / s). Property checks compare the learner's results
// with relations between them (ratios, the slowest pair), computed here with pow.
//
// Tolerance: relative 1e-12. Each value is a pow and a product or two from the inputs (a few
// ulps); the property checks raise a base near 1e7 to powers near 1, which keeps the error
// below 1e-13 relative. A Float solution (~1e-7) fails.
//
// Predictions, by hand from θ'_i / θ_i = s^(−2i/(d−2)) (so b'/b = s^(d/(d−2))), each number
// confirmed with Python: (1) 4^(8/6) = 6.3496 > 4^(128/126) = 4.0890: true; (2) 2^k · 4^k = 8^k for
// k = d/(d−2), the same base: false; (3) 16^(96/126) = 8.2685 < 12: true; (4) pair 22 of
// DeepSeek-V2's rotary part makes 4096 · 10000^(−44/64) / 2π = 1.1593 turns in 4,096 tokens and
// is slowed by 8^(44/62) = 4.3742, leaving 0.2650 of a turn: false. Compared exactly.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum StretchReference {
    static func theta(_ i: Int, base: Double, dimension: Int) -> Double {
        pow(base, -2 * Double(i) / Double(dimension))
    }
    /// True when `values` has `count` finite positive entries; reports otherwise.
    static func isPositive(_ values: [Double], count: Int, call: String) -> Bool {
        guard values.count == count else {
            expectEqual(values.count, count, call: call + ".count")
            return false
        }
        guard values.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            expectTrue(false, "every entry must be a finite positive number", call: call)
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("turns by hand: d = 8, base 100, 64 tokens", points: 1,
          hint: "Pair i turns by θ_i = base^(−2i/d) per token, so it needs 2π/θ_i tokens for one turn.") {
        expectClose(turnsPerContext(base: 100, dimension: 8, contextLength: 64),
                    [10.185916357881302, 3.2210695746871703, 1.0185916357881302, 0.32210695746871704],
                    tolerance: .relative(1e-12), call: "turnsPerContext(base: 100, dimension: 8, contextLength: 64)")
    },
    Check("DeepSeek-V2's rotary part over 4,096 tokens: pairs 0, 16 and 31", points: 1,
          hint: "d = 64 and base 10,000: pair 16 has θ = 10,000^(−1/2) = 0.01.") {
        let call = "turnsPerContext(base: 10_000, dimension: 64, contextLength: 4096)"
        let turns = turnsPerContext(base: 10_000, dimension: 64, contextLength: 4096)
        guard StretchReference.isPositive(turns, count: 32, call: call) else { return }
        expectClose([turns[0], turns[16], turns[31]], [651.8986469044033, 6.518986469044034, 0.08693208172452929],
                    tolerance: .relative(1e-12), call: "[0], [16] and [31] of " + call)
    },
    Check.property("turns fall by the same ratio from pair to pair; pair 0 makes L/2π", points: 1, cases: 100,
                   hint: "The frequencies are a geometric sequence, so the turns are too.") { random in
        let base = random.double(in: 2...1_000_000)
        let d = 2 * random.int(in: 2...128)
        let length = random.int(in: 1...200_000)
        let call = "turnsPerContext(base: \(base), dimension: \(d), contextLength: \(length))"
        let turns = turnsPerContext(base: base, dimension: d, contextLength: length)
        guard StretchReference.isPositive(turns, count: d / 2, call: call) else { return }
        expectClose(turns[0], Double(length) / (2 * Double.pi), tolerance: .relative(1e-12), call: call + "[0]")
        let ratio = pow(base, -2 / Double(d))
        for i in 1..<(d / 2) {
            expectClose(turns[i] / turns[i - 1], ratio, tolerance: .relative(1e-12),
                        call: "\(call)[\(i)] / \(call)[\(i - 1)]")
        }
    },
    Check("new bases by hand and with Python", points: 2,
          hint: "Write the slowest pair's frequency with the old and the new base and require a ratio of s.") {
        expectClose(ntkAwareBase(base: 10_000, factor: 4, dimension: 4), 160_000, tolerance: .relative(1e-12),
                    call: "ntkAwareBase(base: 10_000, factor: 4, dimension: 4)")
        expectClose(ntkAwareBase(base: 100, factor: 2, dimension: 8), 251.98420997897463, tolerance: .relative(1e-12),
                    call: "ntkAwareBase(base: 100, factor: 2, dimension: 8)")
        expectClose(ntkAwareBase(base: 10_000, factor: 8, dimension: 128), 82684.62264056221, tolerance: .relative(1e-12),
                    call: "ntkAwareBase(base: 10_000, factor: 8, dimension: 128)")
    },
    Check.property("the slowest pair is exactly s times slower, every other pair less", points: 2, cases: 100,
                   hint: "Only the slowest pair is slowed by the full factor; the fastest is not slowed at all.") { random in
        let base = random.double(in: 100...1_000_000)
        let factor = random.double(in: 1.5...64)
        let d = 2 * random.int(in: 4...128)  // d ≥ 8, so the middle pair d/4 is not the slowest
        let call = "ntkAwareBase(base: \(base), factor: \(factor), dimension: \(d))"
        let newBase = ntkAwareBase(base: base, factor: factor, dimension: d)
        guard newBase.isFinite && newBase > base else {
            expectTrue(false, "the new base must be a finite number larger than the old one (got \(newBase))", call: call)
            return
        }
        let slowest = d / 2 - 1
        expectClose(StretchReference.theta(slowest, base: base, dimension: d)
                        / StretchReference.theta(slowest, base: newBase, dimension: d),
                    factor, tolerance: .relative(1e-12),
                    call: "θ_\(slowest) with base \(base) divided by θ_\(slowest) with base " + call)
        let middle = d / 4
        let slowdown = StretchReference.theta(middle, base: base, dimension: d) / StretchReference.theta(middle, base: newBase, dimension: d)
        expectTrue(slowdown < factor, "pair \(middle) must be slowed by less than \(factor) (got \(slowdown))", call: call)
    },
    Check("your four predictions", points: 2,
          hint: "Write the slowdown of pair i as a power of s: s^(2i/(d−2)). 1: how does d/(d−2) change with d? 2: is the condition on the slowest pair multiplicative? 4: pair 22 makes between 1 and 1.34 turns before the change.") {
        expectEqual(ntkPredictions(), [true, false, true, false], call: "ntkPredictions()")
    },
]
