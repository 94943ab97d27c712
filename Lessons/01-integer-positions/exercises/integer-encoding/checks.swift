import CourseCheck

// Expected values, computed independently of the solution:
// - encodings by hand: the inputs are small binary fractions, so x + p is exact in Double and
//   those checks compare exactly;
// - positions by hand where the square root is exact (c = 1/2 gives p = σ; c = 0.9 gives
//   √(0.9 / 0.1) = 3) and otherwise with Python, sigma * math.sqrt(c / (1 - c)), printed with
//   repr;
// - the exactness check needs no stored value: the grader builds centred, orthogonal words of
//   equal length, picks a whole position p, and asks for the position of the cosine
//   p² / (σ² + p²), which for such words is exactly the cosine of x + p·1 and y + p·1.
//
// Tolerances: relative 1e-9 on positions, absolute 1e-9 on cosines. With σ ≥ 1/2 and p ≤ 40,
// 1 − c ≥ 1.5e-4, so c / (1 − c) is accurate to ~1e-12 and its square root better; cosines of
// vectors with entries ≤ 50 and at most 64 coordinates round to ~1e-15. A Float solution
// (~1e-7) fails; any mistake in the formula is off by far more.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum Reference {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm(_ v: [Double]) -> Double { dot(v, v).squareRoot() }

    static func hasShape(_ matrix: [[Double]], rows: Int, columns: Int) -> Bool {
        matrix.count == rows && matrix.allSatisfy { $0.count == columns }
    }

    /// Two centred, orthogonal words of length √d·σ, for d a multiple of 4: σ·(1, 1, −1, −1, …)
    /// and σ·(1, −1, 1, −1, …).
    static func centredPair(dimension d: Int, sigma: Double) -> ([Double], [Double]) {
        ((0..<d).map { $0 % 4 < 2 ? sigma : -sigma }, (0..<d).map { $0 % 2 == 0 ? sigma : -sigma })
    }
}

let checks: [Check] = [
    Check("row p gets p added to every coordinate", points: 1,
          hint: "Row 0 is unchanged, row 1 gets +1 in every coordinate, row 2 gets +2, and so on; the number of columns does not change.") {
        // By hand: [0.5, -0.5] + 0, [0.5, -0.5] + 1, [0, 0] + 2, [-3, 1.25] + 3.
        expectEqual(addIntegerPositions([[0.5, -0.5], [0.5, -0.5], [0, 0], [-3, 1.25]]),
                    [[0.5, -0.5], [1.5, 0.5], [2, 2], [0, 4.25]],
                    call: "addIntegerPositions([[0.5, -0.5], [0.5, -0.5], [0, 0], [-3, 1.25]])")
        expectEqual(addIntegerPositions([]).count, 0, call: "addIntegerPositions([]).count")
    },
    Check.property("the same word at positions p and q differs by (q − p) in every coordinate", points: 1, cases: 50,
                   hint: "This is the good side of the integer encoding: the difference of two signals is the distance between them.") { random in
        let d = random.int(in: 1...8), n = random.int(in: 2...300)
        let word = random.doubles(count: d, in: -1...1)
        let encoded = addIntegerPositions(Array(repeating: word, count: n))
        let call = "addIntegerPositions(Array(repeating: \(word), count: \(n)))"
        guard Reference.hasShape(encoded, rows: n, columns: d) else {
            expectTrue(false, "the result must have \(n) rows of \(d) values, like the input", call: call)
            return
        }
        let p = random.int(in: 0..<n), q = (p + random.int(in: 1..<n)) % n
        // Each entry x + p is rounded to within ulp(300) / 2 ≈ 3e-14; the difference of two
        // such entries is within 1e-13 of q − p, so 1e-12 is safe. p ≠ q, so returning the
        // input (a difference of 0) fails.
        expectClose(zip(encoded[q], encoded[p]).map { $0 - $1 }, Array(repeating: Double(q - p), count: d),
                    tolerance: .absolute(1e-12), call: "row \(q) minus row \(p) of " + call)
    },
    Check("the position of a given cosine, worked out by hand and with Python", points: 2,
          hint: "c = p² / (σ² + p²) gives p² (1 − c) = c σ²; keep the root that is not negative.") {
        expectClose(swampingPosition(sigma: 1, cosine: 0.5), 1, tolerance: .relative(1e-9),
                    call: "swampingPosition(sigma: 1, cosine: 0.5)")
        expectClose(swampingPosition(sigma: 1, cosine: 0.9), 3, tolerance: .relative(1e-9),
                    call: "swampingPosition(sigma: 1, cosine: 0.9)")
        expectClose(swampingPosition(sigma: 2.5, cosine: 0.8), 5, tolerance: .relative(1e-9),
                    call: "swampingPosition(sigma: 2.5, cosine: 0.8)")
        expectClose(swampingPosition(sigma: 0.02, cosine: 0.99), 0.19899748742132392, tolerance: .relative(1e-9),
                    call: "swampingPosition(sigma: 0.02, cosine: 0.99)")
    },
    Check.property("for centred orthogonal words the formula is exact: your encoding at your position has the cosine asked for", points: 2, cases: 60,
                   hint: "Both functions must be right: the position solves p² / (σ² + p²) = c, and row p of the encoding is the word plus p·1.") { random in
        let d = 4 * random.int(in: 1...16)
        let sigma = random.double(in: 0.5...4)
        let p = random.int(in: 1...40)
        let cosine = Double(p * p) / (sigma * sigma + Double(p * p))
        let call = "swampingPosition(sigma: \(sigma), cosine: \(cosine))"
        let position = swampingPosition(sigma: sigma, cosine: cosine)
        expectClose(position, Double(p), tolerance: .relative(1e-9), call: call)
        // Encode each word as the last row of p + 1 rows, so that it sits at position p.
        let (x, y) = Reference.centredPair(dimension: d, sigma: sigma)
        let zeros = Array(repeating: Array(repeating: 0.0, count: d), count: p)
        let encodedX = addIntegerPositions(zeros + [x]), encodedY = addIntegerPositions(zeros + [y])
        let encodeCall = "addIntegerPositions(\(p) rows of zeros followed by one centred word of dimension \(d))"
        guard Reference.hasShape(encodedX, rows: p + 1, columns: d), Reference.hasShape(encodedY, rows: p + 1, columns: d) else {
            expectTrue(false, "the result must have \(p + 1) rows of \(d) values, like the input", call: encodeCall)
            return
        }
        let a = encodedX[p], b = encodedY[p]
        expectClose(Reference.dot(a, b) / (Reference.norm(a) * Reference.norm(b)), cosine, tolerance: .absolute(1e-9),
                    call: "the cosine of row \(p) of " + encodeCall + " for the words σ·(1, 1, −1, −1, …) and σ·(1, −1, 1, −1, …), σ = \(sigma)")
    },
    Check("your four predictions", points: 2,
          hint: "1: does d survive in p² d / (d σ² + p² d)? 2: compare m·n. 3: RMS normalisation subtracts no mean. 4: what is 1/N?") {
        expectEqual(integerPredictions(), [false, true, false, false], call: "integerPredictions()")
    },
]
