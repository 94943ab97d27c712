import Foundation
import CourseCheck

// Expected outputs were computed with NumPy (float64): queries, keys and (when asked) values
// multiplied by explicit block-diagonal RoPE matrices (interleaved pairs, θ_i = 10000^(−2i/d)),
// scores divided by sqrt(d), causal softmax, weighted sums; pasted as literals. The two-token
// example also follows by hand: row 1's weights are the softmax of (cos 1 / √2, 1 / √2), and
// with rotated values the second value (0, 1) at position 1 becomes (−sin 1, cos 1).
// The property checks compare with the checks' own reference below (explicit 2×2 rotations),
// never with the learner's functions alone.
//
// Tolerance: absolute 1e-9. Outputs are averages of vectors of order 1; positions up to 10^4
// give angle roundings of ~2e-12, which neither the softmax (scores of order 1) nor the average
// amplifies. A Float head (~1e-7) fails; a missed rotation or scale is off by far more.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum ValuesReference {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    /// RoPE with an explicit 2×2 rotation matrix per pair.
    static func rotate(_ x: [Double], _ position: Int) -> [Double] {
        var y = x
        for i in 0..<(x.count / 2) {
            let angle = Double(position) * pow(10_000, -2 * Double(i) / Double(x.count))
            let matrix = [[cos(angle), -sin(angle)], [sin(angle), cos(angle)]]
            let pair = [x[2 * i], x[2 * i + 1]]
            y[2 * i] = dot(matrix[0], pair)
            y[2 * i + 1] = dot(matrix[1], pair)
        }
        return y
    }

    static func outputs(_ queries: [[Double]], _ keys: [[Double]], _ values: [[Double]], start: Int, rotateValues: Bool) -> [[Double]] {
        (0..<queries.count).map { t in
            let q = rotate(queries[t], start + t)
            let scores = (0...t).map { dot(q, rotate(keys[$0], start + $0)) / Double(q.count).squareRoot() }
            let weights = scores.map { exp($0 - scores.max()!) }
            let total = weights.reduce(0, +)
            var output = [Double](repeating: 0, count: values[t].count)
            for j in 0...t {
                let v = rotateValues ? rotate(values[j], start + j) : values[j]
                for c in output.indices { output[c] += weights[j] / total * v[c] }
            }
            return output
        }
    }

    static func tokens(_ random: inout SeededRandom) -> (queries: [[Double]], keys: [[Double]], values: [[Double]]) {
        let n = random.int(in: 2...6), d = 2 * random.int(in: 1...6)
        return (random.matrix(rows: n, columns: d, in: -1...1), random.matrix(rows: n, columns: d, in: -1...1),
                random.matrix(rows: n, columns: d, in: -1...1))
    }

    /// True when `result` is n×d; reports otherwise.
    static func hasShape(_ result: [[Double]], _ n: Int, _ d: Int, call: String) -> Bool {
        guard result.count == n, result.allSatisfy({ $0.count == d }) else {
            expectTrue(false, "expected \(n) outputs of \(d) numbers each", call: call)
            return false
        }
        return true
    }
}

private let lessonQueries: [[Double]] = [[0.5, -0.1, 0.8, 0.3], [-0.4, 0.9, 0.2, -0.6], [0.7, 0.2, -0.5, 0.4], [0.1, -0.8, 0.6, 0.9]]
private let lessonKeys: [[Double]] = [[0.3, 0.6, -0.2, 0.5], [0.9, -0.3, 0.4, 0.1], [-0.5, 0.2, 0.7, -0.4], [0.2, 0.8, 0.1, 0.6]]
private let lessonValues: [[Double]] = [[1.0, 0.0, 0.5, -0.5], [0.2, 0.8, -0.3, 0.1], [-0.6, 0.4, 0.9, 0.0], [0.3, -0.2, 0.1, 0.7]]

let checks: [Check] = [
    Check("two tokens, worked by hand, both ways", points: 2,
          hint: "Row 1's weights are the softmax of (cos 1 / √2, 1 / √2); with rotated values the second value (0, 1) sits at position 1 and turns to (−sin 1, cos 1).") {
        let call = "ropeAttentionOutputs(queries: [[1, 0], [1, 0]], keys: [[1, 0], [1, 0]], values: [[1, 0], [0, 1]], startPosition: 0"
        expectClose(ropeAttentionOutputs(queries: [[1, 0], [1, 0]], keys: [[1, 0], [1, 0]], values: [[1, 0], [0, 1]],
                                         startPosition: 0, rotateValues: false),
                    [[1, 0], [0.41944421513847946, 0.5805557848615206]], tolerance: .absolute(1e-9), call: call + ", rotateValues: false)")
        expectClose(ropeAttentionOutputs(queries: [[1, 0], [1, 0]], keys: [[1, 0], [1, 0]], values: [[1, 0], [0, 1]],
                                         startPosition: 0, rotateValues: true),
                    [[1, 0], [-0.0690766328848656, 0.31367562924576725]], tolerance: .absolute(1e-9), call: call + ", rotateValues: true)")
    },
    Check("the lesson's four tokens with made-up values, computed with NumPy", points: 2,
          hint: "Without rotated values the outputs at positions 0–3 and 100–103 are the same; with rotated values they are not.") {
        let cases: [(Int, Bool, [[Double]])] = [
            (0, false, [[1.0, 0.0, 0.5, -0.5], [0.6067587336173087, 0.39324126638269136, 0.1067587336173087, -0.20506905021298152],
                        [0.37160827444238037, 0.34915198368159034, 0.3370078442357627, -0.1915960552594691],
                        [0.3346230540348846, 0.27599887903477305, 0.2378393896826782, 0.017642613000580593]]),
            (100, false, [[1.0, 0.0, 0.5, -0.5], [0.6067587336173086, 0.39324126638269136, 0.10675873361730864, -0.20506905021298147],
                          [0.3716082744423804, 0.3491519836815903, 0.33700784423576263, -0.1915960552594691],
                          [0.3346230540348846, 0.27599887903477305, 0.2378393896826782, 0.017642613000580593]]),
            (0, true, [[1.0, 0.0, 0.5, -0.5], [0.2306645920787571, 0.2951944419116125, 0.1062745634391167, -0.206546138121894],
                       [0.23978703505125407, 0.02653473279494764, 0.33665067622961203, -0.1883695930596211],
                       [0.06343077631568882, 0.11415523560142563, 0.23319340174983658, 0.020334404530297945]]),
            (100, true, [[0.8623188722876839, -0.5063656411097588, 0.6908866453380181, 0.15058433946987837],
                         [0.34838275374866345, 0.1377511142055331, 0.23122297393498253, -0.022170393138275846],
                         [0.22020916263799456, -0.0985385148733422, 0.34040068361867, 0.18150525057761951],
                         [0.11250184456222852, 0.06631904831437271, 0.10888412127308021, 0.20721220707731397]]),
        ]
        for (start, rotateValues, expected) in cases {
            expectClose(ropeAttentionOutputs(queries: lessonQueries, keys: lessonKeys, values: lessonValues,
                                             startPosition: start, rotateValues: rotateValues),
                        expected, tolerance: .absolute(1e-9),
                        call: "ropeAttentionOutputs(queries: \(lessonQueries), keys: \(lessonKeys), values: \(lessonValues), startPosition: \(start), rotateValues: \(rotateValues))")
        }
    },
    Check.property("values left alone: moving the whole input changes no output", points: 1, cases: 100,
                   hint: "Every weight depends only on offsets, and the values do not move: startPosition must cancel out.") { random in
        let (queries, keys, values) = ValuesReference.tokens(&random)
        let start = random.int(in: 1...10_000)
        let call = "ropeAttentionOutputs(queries: \(queries), keys: \(keys), values: \(values), startPosition: \(start), rotateValues: false)"
        let outputs = ropeAttentionOutputs(queries: queries, keys: keys, values: values, startPosition: start, rotateValues: false)
        guard ValuesReference.hasShape(outputs, queries.count, values[0].count, call: call) else { return }
        // Compared with the checks' own outputs at start 0: returning the values themselves
        // (or any answer that ignores the start) does not pass.
        expectClose(outputs, ValuesReference.outputs(queries, keys, values, start: 0, rotateValues: false),
                    tolerance: .absolute(1e-9), call: call + " against the checks' outputs at startPosition 0")
    },
    Check.property("values rotated: moving the input by s turns every output by the same rotation R_s", points: 2, cases: 100,
                   hint: "o_t(s) = Σ_j a_tj R_{s+j} v_j, and the weights do not move. Rotate each value by its own position, startPosition + j.") { random in
        let (queries, keys, values) = ValuesReference.tokens(&random)
        let start = random.int(in: 1...10_000)
        let call = "ropeAttentionOutputs(queries: \(queries), keys: \(keys), values: \(values), startPosition: \(start), rotateValues: true)"
        let atZero = ropeAttentionOutputs(queries: queries, keys: keys, values: values, startPosition: 0, rotateValues: true)
        let moved = ropeAttentionOutputs(queries: queries, keys: keys, values: values, startPosition: start, rotateValues: true)
        let n = queries.count, d = values[0].count
        guard ValuesReference.hasShape(atZero, n, d, call: call), ValuesReference.hasShape(moved, n, d, call: call) else { return }
        expectClose(atZero, ValuesReference.outputs(queries, keys, values, start: 0, rotateValues: true), tolerance: .absolute(1e-9),
                    call: "the same call at startPosition 0, against the checks' outputs")
        let turned = atZero.map { ValuesReference.rotate($0, start) }
        expectClose(moved, turned, tolerance: .absolute(1e-9),
                    call: call + " against R_\(start) applied to each of your outputs at startPosition 0")
    },
    Check("your four predictions", points: 2,
          hint: "1: what do the weights depend on? 2 and 3: pull R_s out of Σ_j a_tj R_{s+j} v_j. 4: R_{−(s+t)} R_s = R_{−t}.") {
        expectEqual(valuePredictions(), [false, true, true, true], call: "valuePredictions()")
    },
]
