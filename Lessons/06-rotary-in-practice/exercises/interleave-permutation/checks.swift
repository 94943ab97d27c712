import Foundation
import CourseCheck

// Fixed outputs are permutations of small integer vectors, written out by hand and compared
// exactly (a permutation moves numbers without computing anything). The rotation identities
// use the checks' own implementations of both layouts (interleaved: RoFormer's equation (34);
// half-split: pair (i, i + d/2)), θ_i = 10000^(−2i/d). Tolerance 1e-9 (scaled by the vectors'
// lengths): positions up to 10^4 give angle roundings of ~2e-12; any wrong permutation
// changes results by orders of magnitude more.

private enum LayoutCheck {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
    static func times(_ w: [[Double]], _ x: [Double]) -> [Double] { w.map { dot($0, x) } }

    /// Rotates pair p, made of coordinates first(p) and second(p), by m·θ_p.
    private static func rotate(_ x: [Double], position: Int, pair: (Int) -> (Int, Int)) -> [Double] {
        var y = x
        for p in 0..<(x.count / 2) {
            let angle = Double(position) * pow(10_000, -2 * Double(p) / Double(x.count))
            let (i, j) = pair(p)
            y[i] = x[i] * cos(angle) - x[j] * sin(angle)
            y[j] = x[i] * sin(angle) + x[j] * cos(angle)
        }
        return y
    }
    static func interleaved(_ x: [Double], position: Int) -> [Double] {
        rotate(x, position: position) { (2 * $0, 2 * $0 + 1) }
    }
    static func halfSplit(_ x: [Double], position: Int) -> [Double] {
        rotate(x, position: position) { ($0, $0 + x.count / 2) }
    }

    /// Whether `v` has `count` elements; reports it otherwise.
    static func hasCount(_ v: [Double], _ count: Int, call: String) -> Bool {
        if v.count != count { expectEqual(v.count, count, call: call + ".count") }
        return v.count == count
    }
}

let checks: [Check] = [
    Check("deinterleave puts even coordinates first", points: 1,
          hint: "Coordinate 2i goes to place i, coordinate 2i + 1 to place i + d/2.") {
        expectEqual(deinterleave([0, 1, 2, 3, 4, 5, 6, 7]), [0, 2, 4, 6, 1, 3, 5, 7], call: "deinterleave([0, 1, 2, 3, 4, 5, 6, 7])")
        expectEqual(deinterleave([10, 11]), [10, 11], call: "deinterleave([10, 11])")
    },
    Check("reinterleave puts them back", points: 1,
          hint: "Output coordinate 2i comes from place i, output coordinate 2i + 1 from place i + d/2.") {
        expectEqual(reinterleave([0, 2, 4, 6, 1, 3, 5, 7]), [0, 1, 2, 3, 4, 5, 6, 7], call: "reinterleave([0, 2, 4, 6, 1, 3, 5, 7])")
        expectEqual(reinterleave([1, 2, 3, 4, 5, 6]), [1, 4, 2, 5, 3, 6], call: "reinterleave([1, 2, 3, 4, 5, 6])")
    },
    Check.property("the two functions undo each other", points: 1, cases: 100,
                   hint: "reinterleave(deinterleave(x)) and deinterleave(reinterleave(x)) must both give x back.") { random in
        let x = random.doubles(count: 2 * random.int(in: 1...64), in: -1...1)
        // Two functions that return their input undo each other too. For d ≥ 4 the permutation
        // moves coordinate 1 to place d/2, and random coordinates are all different, so each
        // function must change x.
        if x.count >= 4 {
            expectTrue(deinterleave(x) != x, "deinterleave must move the coordinates: for d ≥ 4 it cannot return x unchanged",
                       call: "deinterleave(\(x))")
            expectTrue(reinterleave(x) != x, "reinterleave must move the coordinates: for d ≥ 4 it cannot return x unchanged",
                       call: "reinterleave(\(x))")
        }
        expectEqual(reinterleave(deinterleave(x)), x, call: "reinterleave(deinterleave(\(x)))")
        expectEqual(deinterleave(reinterleave(x)), x, call: "deinterleave(reinterleave(\(x)))")
    },
    Check.property("P⁻¹ · half-split RoPE(P x) = interleaved RoPE(x)", points: 2, cases: 100,
                   hint: "P must move the interleaved pair (2i, 2i + 1) to the half-split pair (i, i + d/2), which turns by the same θ_i.") { random in
        let x = random.doubles(count: 2 * random.int(in: 1...32), in: -1...1)
        let position = random.int(in: 0...10_000)
        let call = "reinterleave(halfSplitRoPE(deinterleave(\(x)), position: \(position))) vs interleavedRoPE(x, position: \(position)), both RoPEs from the checks"
        let permuted = deinterleave(x)
        guard LayoutCheck.hasCount(permuted, x.count, call: "deinterleave(\(x))") else { return }
        expectClose(reinterleave(LayoutCheck.halfSplit(permuted, position: position)),
                    LayoutCheck.interleaved(x, position: position), tolerance: .absolute(1e-9), call: call)
    },
    Check("permuteRowsForHalfSplit reorders rows, not columns", points: 1,
          hint: "Treat each row as one coordinate of the output and reorder the rows like deinterleave reorders coordinates.") {
        let w: [[Double]] = [[1, -1], [2, -2], [3, -3], [4, -4], [5, -5], [6, -6]]
        expectEqual(permuteRowsForHalfSplit(w), [[1, -1], [3, -3], [5, -5], [2, -2], [4, -4], [6, -6]],
                    call: "permuteRowsForHalfSplit(\(w))")
    },
    Check.property("converted weights give the same scores in the half-split layout", points: 2, cases: 100,
                   hint: "permuteRowsForHalfSplit(w) · x must equal deinterleave(w · x); then the half-split rotation sees the pairs it expects.") { random in
        let d = 2 * random.int(in: 1...16), inputSize = random.int(in: 1...12)
        let wq = random.matrix(rows: d, columns: inputSize, in: -1...1)
        let wk = random.matrix(rows: d, columns: inputSize, in: -1...1)
        let x1 = random.doubles(count: inputSize, in: -1...1), x2 = random.doubles(count: inputSize, in: -1...1)
        let m = random.int(in: 0...10_000), n = random.int(in: 0...10_000)
        let convertedQ = permuteRowsForHalfSplit(wq), convertedK = permuteRowsForHalfSplit(wk)
        guard convertedQ.count == d, convertedK.count == d else {
            expectEqual(convertedQ.count, d, call: "permuteRowsForHalfSplit(w).count for a \(d)-row w")
            return
        }
        let q = LayoutCheck.times(wq, x1), k = LayoutCheck.times(wk, x2)
        let original = LayoutCheck.dot(LayoutCheck.interleaved(q, position: m), LayoutCheck.interleaved(k, position: n))
        let converted = LayoutCheck.dot(LayoutCheck.halfSplit(LayoutCheck.times(convertedQ, x1), position: m),
                                        LayoutCheck.halfSplit(LayoutCheck.times(convertedK, x2), position: n))
        expectClose(converted, original, tolerance: .absolute(1e-9 * max(1, LayoutCheck.norm(q) * LayoutCheck.norm(k))),
                    call: "score with permuteRowsForHalfSplit(wq), permuteRowsForHalfSplit(wk) in the half-split layout (d = \(d), m = \(m), n = \(n))")
    },
]
