import CourseCheck

// Fixed expected values: by hand where noted, otherwise NumPy
// (softmax(Q @ K.T / sqrt(d_k)) @ V with a max-shifted softmax, printed with repr).
// Outputs are averages of value rows with entries of size ≤ 5 here, computed with a handful
// of exponentials and sums: rounding is a few ulps (≈ 1e-15). An absolute tolerance of 1e-12
// ignores that and the order of summation, and still catches any wrong weight.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum Reference {
    /// A uniformly random permutation of 0..<n (Fisher–Yates).
    static func permutation(_ n: Int, _ random: inout SeededRandom) -> [Int] {
        var perm = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) {
            perm.swapAt(i, random.int(in: 0...i))
        }
        return perm
    }

    /// The rows of `matrix` in the order `perm`: row i of the result is matrix[perm[i]] (P · matrix).
    static func rows(_ matrix: [[Double]], _ perm: [Int]) -> [[Double]] {
        perm.map { matrix[$0] }
    }

    static func hasShape(_ matrix: [[Double]], rows: Int, columns: Int) -> Bool {
        matrix.count == rows && matrix.allSatisfy { $0.count == columns }
    }

    static func shapeMessage(rows: Int, columns: Int) -> String {
        "the result must be a \(rows)×\(columns) matrix: one row per query, one column per value column"
    }

    /// Whether two results of the same shape agree to within 1e-9 everywhere.
    static func agree(_ a: [[Double]], _ b: [[Double]]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { abs($0 - $1) <= 1e-9 } }
    }

    /// Guards the property checks, which compare the learner's function only with itself or
    /// with a bound, against results that pass them for the wrong reason: NaN is never compared
    /// as a number (an expected NaN accepts a NaN), a result that ignores the values (all zeros,
    /// say) is trivially reordered with them, and one that ignores the queries and keys (the
    /// plain mean of the value rows) is an average that no shuffle changes. Reports the first
    /// problem; true when there is none.
    static func isNonDegenerate(_ output: [[Double]], queries q: [[Double]], keys k: [[Double]], values v: [[Double]],
                                call: String) -> Bool {
        guard output.allSatisfy({ $0.allSatisfy { $0.isFinite } }) else {
            expectTrue(false, "the result must be finite numbers, not NaN or infinity", call: call)
            return false
        }
        // Adding 1 to every value adds exactly 1 to every output (the weights sum to 1); any
        // function that uses the values at all changes by far more than 1e-9.
        guard !agree(attention(queries: q, keys: k, values: v.map { $0.map { $0 + 1 } }), output) else {
            expectTrue(false, "the result must depend on the values: adding 1 to every value must change the output",
                       call: call + ", and the same call with 1 added to every value")
            return false
        }
        // Doubling every key doubles every score; with two keys or more the weights, and so the
        // outputs of random inputs, move by far more than 1e-9. One key always gets weight 1.
        guard k.count < 2 || !agree(attention(queries: q, keys: k.map { $0.map { 2 * $0 } }, values: v), output) else {
            expectTrue(false, "the result must depend on the queries and keys: doubling every key must change the output",
                       call: call + ", and the same call with every key doubled")
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("a query orthogonal to every key averages the values", points: 1,
          hint: "All scores are 0, so the softmax gives every key the weight 1/3 and the output is the mean of the value rows.") {
        // By hand: the mean of the three value rows is (4/3, 2/3, 1/3).
        expectClose(attention(queries: [[0, 0]], keys: [[1, 2], [0, 1], [-1, 0.5]],
                              values: [[1, 0, 2], [0, 1, -1], [3, 1, 0]]),
                    [[1.3333333333333333, 0.6666666666666666, 0.3333333333333333]],
                    tolerance: .absolute(1e-12),
                    call: "attention(queries: [[0, 0]], keys: [[1, 2], [0, 1], [-1, 0.5]], values: [[1, 0, 2], [0, 1, -1], [3, 1, 0]])")
    },
    Check("scores are divided by √d_k", points: 1,
          hint: "With d_k = 4 the scores are q·k / 2. Here they are 1 and 0, so the first value gets the weight e / (e + 1).") {
        // By hand: scores (2·1)/√4 = 1 and 0, weights e/(e+1) and 1/(e+1); output e/(e+1).
        expectClose(attention(queries: [[2, 0, 0, 0]], keys: [[1, 0, 0, 0], [0, 0, 0, 0]], values: [[1], [0]]),
                    [[0.7310585786300049]], tolerance: .absolute(1e-12),
                    call: "attention(queries: [[2, 0, 0, 0]], keys: [[1, 0, 0, 0], [0, 0, 0, 0]], values: [[1], [0]])")
    },
    Check("three queries attending to three tokens", points: 2,
          hint: "Row i of the output uses only query i; each score is a dot product of a query row with a key row, divided by √2 here.") {
        expectClose(attention(queries: [[1, 0], [0, 2], [-1, 0.5]], keys: [[1, 2], [0, 1], [-1, 0.5]],
                              values: [[1, 0, 2], [0, 1, -1], [3, 1, 0]]),
                    [[0.9960630803454961, 0.424024654784638, 0.8679552806894639],
                     [0.9975273228234084, 0.26631889350311105, 1.2889920582661734],
                     [1.705235411146385, 0.7935760708790025, 0.11887561470478841]],
                    tolerance: .absolute(1e-12),
                    call: "attention(queries: [[1, 0], [0, 2], [-1, 0.5]], keys: [[1, 2], [0, 1], [-1, 0.5]], values: [[1, 0, 2], [0, 1, -1], [3, 1, 0]])")
    },
    Check("one query attending to three tokens", points: 1,
          hint: "The output has one row per query (here 1) and one column per value column (here 3).") {
        expectClose(attention(queries: [[2, -1]], keys: [[1, 2], [0, 1], [-1, 0.5]],
                              values: [[1, 0, 2], [0, 1, -1], [3, 1, 0]]),
                    [[0.9088575918895129, 0.3989598881118583, 0.9057261623315489]],
                    tolerance: .absolute(1e-12),
                    call: "attention(queries: [[2, -1]], keys: [[1, 2], [0, 1], [-1, 0.5]], values: [[1, 0, 2], [0, 1, -1], [3, 1, 0]])")
    },
    Check.property("permuting the tokens permutes the outputs: Attn(PX) = P Attn(X)", points: 3, cases: 100,
                   hint: "Output row i must depend only on query row i and on the set of (key, value) pairs, never on where a row sits.") { random in
        let n = random.int(in: 1...7), dk = random.int(in: 1...6), dv = random.int(in: 1...5)
        let q = random.matrix(rows: n, columns: dk, in: -2...2)
        let k = random.matrix(rows: n, columns: dk, in: -2...2)
        let v = random.matrix(rows: n, columns: dv, in: -5...5)
        let perm = Reference.permutation(n, &random)
        let output = attention(queries: q, keys: k, values: v)
        let call = "attention(queries: \(q), keys: \(k), values: \(v))"
        guard Reference.hasShape(output, rows: n, columns: dv) else {
            expectTrue(false, Reference.shapeMessage(rows: n, columns: dv), call: call)
            return
        }
        guard Reference.isNonDegenerate(output, queries: q, keys: k, values: v, call: call) else { return }
        expectClose(attention(queries: Reference.rows(q, perm), keys: Reference.rows(k, perm), values: Reference.rows(v, perm)),
                    Reference.rows(output, perm), tolerance: .absolute(1e-12),
                    call: "the same call with the rows of queries, keys and values reordered by \(perm), compared with its output reordered the same way; " + call)
    },
    Check.property("reordering the key–value pairs changes no output", points: 2, cases: 100,
                   hint: "Key j and value j travel together; shuffling the pairs only reorders the terms of each weighted sum.") { random in
        let n = random.int(in: 1...4), m = random.int(in: 1...7), dk = random.int(in: 1...6), dv = random.int(in: 1...5)
        let q = random.matrix(rows: n, columns: dk, in: -2...2)
        let k = random.matrix(rows: m, columns: dk, in: -2...2)
        let v = random.matrix(rows: m, columns: dv, in: -5...5)
        let perm = Reference.permutation(m, &random)
        let output = attention(queries: q, keys: k, values: v)
        let call = "attention(queries: \(q), keys: \(k), values: \(v))"
        guard Reference.hasShape(output, rows: n, columns: dv) else {
            expectTrue(false, Reference.shapeMessage(rows: n, columns: dv), call: call)
            return
        }
        guard Reference.isNonDegenerate(output, queries: q, keys: k, values: v, call: call) else { return }
        expectClose(attention(queries: q, keys: Reference.rows(k, perm), values: Reference.rows(v, perm)),
                    output, tolerance: .absolute(1e-12),
                    call: "the same call with keys and values both reordered by \(perm); " + call)
    },
    Check.property("every output is an average of the value rows", points: 1, cases: 100,
                   hint: "The weights of each query must be non-negative and sum to 1: that is what the softmax is for.") { random in
        let n = random.int(in: 1...4), m = random.int(in: 1...7), dk = random.int(in: 1...6), dv = random.int(in: 1...5)
        let q = random.matrix(rows: n, columns: dk, in: -3...3)
        let k = random.matrix(rows: m, columns: dk, in: -3...3)
        let v = random.matrix(rows: m, columns: dv, in: -5...5)
        let output = attention(queries: q, keys: k, values: v)
        let call = "attention(queries: \(q), keys: \(k), values: \(v))"
        guard Reference.hasShape(output, rows: n, columns: dv) else {
            expectTrue(false, Reference.shapeMessage(rows: n, columns: dv), call: call)
            return
        }
        for c in 0..<dv {
            let column = v.map { $0[c] }
            let low = column.min()! - 1e-12, high = column.max()! + 1e-12  // rounding slack
            expectTrue(output.allSatisfy { low <= $0[c] && $0[c] <= high },
                       "column \(c) of every output row must lie between the smallest and largest value in column \(c)",
                       call: call)
        }
        // The mean of the value rows, whatever the queries and keys, lies in those bounds too.
        _ = Reference.isNonDegenerate(output, queries: q, keys: k, values: v, call: call)
    },
]
