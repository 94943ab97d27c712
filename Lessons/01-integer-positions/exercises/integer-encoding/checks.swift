import CourseCheck

// Fixed expected values are worked out by hand: the inputs are small binary fractions, so
// x + p is exact in Double and the checks compare exactly.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum Reference {
    static func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    static func hasShape(_ matrix: [[Double]], rows: Int, columns: Int) -> Bool {
        matrix.count == rows && matrix.allSatisfy { $0.count == columns }
    }

    /// A random vector of length 1 in `d` dimensions (a random direction, then normalised).
    static func unitVector(_ d: Int, _ random: inout SeededRandom) -> [Double] {
        while true {
            let v = random.doubles(count: d, in: -1...1)
            let length = norm(v)
            if length > 0.1 { return v.map { $0 / length } }
        }
    }
}

let checks: [Check] = [
    Check("position 0 leaves the first token unchanged", points: 1,
          hint: "Positions count from 0, so nothing is added to the first row.") {
        expectEqual(addIntegerPositions([[0.75, -1.25, 0.5]]), [[0.75, -1.25, 0.5]],
                    call: "addIntegerPositions([[0.75, -1.25, 0.5]])")
        // Returning the input also leaves row 0 unchanged, so the same word one position later
        // must come out different: the first row is unchanged only because its position is 0.
        let twice = addIntegerPositions([[0.75, -1.25, 0.5], [0.75, -1.25, 0.5]])
        let call = "addIntegerPositions([[0.75, -1.25, 0.5], [0.75, -1.25, 0.5]])"
        guard Reference.hasShape(twice, rows: 2, columns: 3) else {
            expectTrue(false, "the result must have 2 rows of 3 values, like the input", call: call)
            return
        }
        expectEqual(twice[0], [0.75, -1.25, 0.5], call: call + "[0]")
        expectTrue(twice[1] != twice[0], "the result must depend on the position: the same word at positions 0 and 1 must be encoded differently",
                   call: call)
    },
    Check("row p gets p added to every coordinate", points: 2,
          hint: "Row 1 gets +1 in every coordinate, row 2 gets +2, and so on; the number of columns does not change.") {
        // By hand: [0.5, -0.5] + 0, [0.5, -0.5] + 1, [0, 0] + 2, [-3, 1.25] + 3.
        expectEqual(addIntegerPositions([[0.5, -0.5], [0.5, -0.5], [0, 0], [-3, 1.25]]),
                    [[0.5, -0.5], [1.5, 0.5], [2, 2], [0, 4.25]],
                    call: "addIntegerPositions([[0.5, -0.5], [0.5, -0.5], [0, 0], [-3, 1.25]])")
    },
    Check("no tokens, no positions", points: 1,
          hint: "Mapping over an empty array gives an empty array.") {
        expectEqual(addIntegerPositions([]).count, 0, call: "addIntegerPositions([]).count")
        // Any function that maps over its rows gets the empty case right, so the check also
        // pins a small text, by hand: [0.5] + 0 and [0.5] + 1.
        expectEqual(addIntegerPositions([[0.5], [0.5]]), [[0.5], [1.5]], call: "addIntegerPositions([[0.5], [0.5]])")
    },
    Check.property("the same word at positions p and q differs by (q − p) in every coordinate", points: 2, cases: 50,
                   hint: "This is the good side of the integer encoding: the difference of two signals is the distance between them.") { random in
        let d = random.int(in: 1...8), n = random.int(in: 2...300)
        let word = random.doubles(count: d, in: -1...1)
        let encoded = addIntegerPositions(Array(repeating: word, count: n))
        let call = "addIntegerPositions(Array(repeating: \(word), count: \(n)))"
        guard Reference.hasShape(encoded, rows: n, columns: d) else {
            expectTrue(false, "the result must have \(n) rows of \(d) values, like the input", call: call)
            return
        }
        let p = random.int(in: 0..<n), q = random.int(in: 0..<n)
        // Each entry x + p is rounded to within ulp(300) / 2 ≈ 3e-14; the difference of two
        // such entries is within 1e-13 of q − p, so 1e-12 is safe.
        expectClose(zip(encoded[q], encoded[p]).map { $0 - $1 }, Array(repeating: Double(q - p), count: d),
                    tolerance: .absolute(1e-12), call: "row \(q) minus row \(p) of " + call)
    },
    Check.property("a unit-length word changes the length p√d of row p by at most 1", points: 2, cases: 40,
                   hint: "Row p must be the embedding plus p·(1, 1, …, 1); the grader compares its length with p√d.") { random in
        let d = random.int(in: 2...64), n = random.int(in: 2...500)
        let words = (0..<n).map { _ in Reference.unitVector(d, &random) }
        let encoded = addIntegerPositions(words)
        let call = "addIntegerPositions(\(n) random unit-length rows of dimension \(d))"
        guard Reference.hasShape(encoded, rows: n, columns: d) else {
            expectTrue(false, "the result must have \(n) rows of \(d) values, like the input", call: call)
            return
        }
        for p in [1, n / 2, n - 1] {
            let length = Reference.norm(encoded[p])
            let positionLength = Double(p) * Double(d).squareRoot()
            // The triangle inequality gives |length − p√d| ≤ 1; lengths up to 500·8 = 4000
            // carry rounding of about 1e-12, so 1e-9 of slack is ample.
            expectTrue(abs(length - positionLength) <= 1 + 1e-9,
                       "|row \(p)| = \(length) should be within 1 of p√d = \(positionLength)",
                       call: "length of row \(p) of " + call)
        }
    },
]
