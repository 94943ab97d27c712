import CourseCheck

// Expected values of the fixed checks were computed with NumPy (exp(s - max) / sum, printed
// with repr) or by hand where noted. Softmax outputs lie in [0, 1] and each is a ratio of a
// few exponentials, so rounding differences between implementations are a few ulps of 1:
// an absolute tolerance of 1e-12 is loose for them and still catches any real mistake.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum Reference {
    /// `matrix` with rows and columns both reordered: entry [i][j] is matrix[perm[i]][perm[j]],
    /// that is P · matrix · Pᵀ for the permutation matrix P with P[i][perm[i]] = 1.
    static func conjugated(_ matrix: [[Double]], by perm: [Int]) -> [[Double]] {
        perm.map { i in perm.map { j in matrix[i][j] } }
    }

    /// A uniformly random permutation of 0..<n (Fisher–Yates).
    static func permutation(_ n: Int, _ random: inout SeededRandom) -> [Int] {
        var perm = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) {
            perm.swapAt(i, random.int(in: 0...i))
        }
        return perm
    }

    static func hasShape(_ matrix: [[Double]], rows: Int, columns: Int) -> Bool {
        matrix.count == rows && matrix.allSatisfy { $0.count == columns }
    }

    /// Guards the checks that compare the learner's function only with itself against results
    /// that pass them for the wrong reason: NaN (an expected NaN accepts a NaN), the scores
    /// handed back unchanged (the starter), or weights that ignore the scores (all zeros, a
    /// uniform 1/n, which is a probability distribution too). Every softmax row is finite
    /// weights that sum to 1 and grow with the score. `result` must already have the shape of
    /// `scores`. Reports the first problem; true when there is none.
    static func isSoftmaxShaped(_ result: [[Double]], of scores: [[Double]], call: String) -> Bool {
        for (row, scoreRow) in zip(result, scores) {
            guard row.allSatisfy({ $0.isFinite }) else {
                expectTrue(false, "the result must be finite numbers, not NaN or infinity", call: call)
                return false
            }
            // A sum of at most 8 numbers in [0, 1]: rounding is far below 1e-12.
            guard abs(row.reduce(0, +) - 1) <= 1e-12 else {
                expectTrue(false, "every row of a softmax must sum to 1", call: call)
                return false
            }
            // Scores here differ by at most 40, so no weight underflows (e^−40 ≈ 4e-18), and two
            // scores more than 1e-9 apart give weights whose ratio e^(Δs) is 1 + 1e-9 or more,
            // far beyond their rounding.
            for j in row.indices {
                for l in row.indices where scoreRow[j] > scoreRow[l] + 1e-9 && !(row[j] > row[l]) {
                    expectTrue(false, "the weights must depend on the scores: score \(scoreRow[j]) must get a larger weight than score \(scoreRow[l])",
                               call: call)
                    return false
                }
            }
        }
        return true
    }
}

let checks: [Check] = [
    Check("softmax of [1, 2, 3]", points: 1,
          hint: "Each entry is exp(score) divided by the sum of the exponentials of its row.") {
        expectClose(rowSoftmax([[1, 2, 3]]),
                    [[0.09003057317038046, 0.24472847105479764, 0.6652409557748218]],
                    tolerance: .absolute(1e-12), call: "rowSoftmax([[1, 2, 3]])")
    },
    Check("equal scores share the weight equally; a score larger by log 3 gets three times the weight", points: 1,
          hint: "exp(log 3) = 3, so the row [0, log 3] has exponentials 1 and 3.") {
        // By hand: [0, 0] → [1/2, 1/2]; [0, log 3] → [1/4, 3/4].
        expectClose(rowSoftmax([[0, 0], [0, 1.0986122886681098]]), [[0.5, 0.5], [0.25, 0.75]],
                    tolerance: .absolute(1e-12), call: "rowSoftmax([[0, 0], [0, log(3)]])")
    },
    Check("each row is normalised on its own", points: 2,
          hint: "Divide by the sum of the row's own exponentials, not by a sum over the whole matrix.") {
        expectClose(rowSoftmax([[1, 2, 3], [3, 2, 1], [0, 0, 0], [-1, 0.5, 2]]),
                    [[0.09003057317038046, 0.24472847105479764, 0.6652409557748218],
                     [0.6652409557748218, 0.24472847105479764, 0.09003057317038046],
                     [0.3333333333333333, 0.3333333333333333, 0.3333333333333333],
                     [0.039112573270687456, 0.1752903921400367, 0.7855970345892759]],
                    tolerance: .absolute(1e-12),
                    call: "rowSoftmax([[1, 2, 3], [3, 2, 1], [0, 0, 0], [-1, 0.5, 2]])")
    },
    Check.property("every row is a probability distribution", points: 1, cases: 100,
                   hint: "Return one row per input row, of the same length, with entries in [0, 1] that sum to 1.") { random in
        let rows = random.int(in: 1...6), columns = random.int(in: 1...8)
        let scores = random.matrix(rows: rows, columns: columns, in: -20...20)
        let result = rowSoftmax(scores)
        let call = "rowSoftmax(\(scores))"
        guard Reference.hasShape(result, rows: rows, columns: columns) else {
            expectTrue(false, "the result must be a \(rows)×\(columns) matrix, like the input", call: call)
            return
        }
        for row in result {
            // Scores here are within 40 of each other, so no weight underflows: e^−40 ≈ 4e-18 is
            // still positive. (Only the large-score check expects an exact 0.)
            expectTrue(row.allSatisfy { $0 > 0 && $0 <= 1 }, "every entry must be in (0, 1]: with scores within 40 of each other no weight underflows to 0", call: call)
            // A sum of at most 8 numbers in [0, 1]: rounding is far below 1e-12.
            expectClose(row.reduce(0, +), 1, tolerance: .absolute(1e-12), call: "sum of a row of " + call)
        }
        // A uniform 1/n in every row is a probability distribution that ignores the scores.
        _ = Reference.isSoftmaxShaped(result, of: scores, call: call)
    },
    Check.property("softmax(P S Pᵀ) = P softmax(S) Pᵀ for every permutation P", points: 2, cases: 100,
                   hint: "This holds automatically if each row is handled on its own and every entry is treated the same way, whatever its column.") { random in
        let n = random.int(in: 1...6)
        let scores = random.matrix(rows: n, columns: n, in: -10...10)
        let perm = Reference.permutation(n, &random)
        let permuted = Reference.conjugated(scores, by: perm)
        let result = rowSoftmax(scores)
        guard Reference.hasShape(result, rows: n, columns: n) else {
            expectTrue(false, "the result must be an \(n)×\(n) matrix, like the input", call: "rowSoftmax(\(scores))")
            return
        }
        guard Reference.isSoftmaxShaped(result, of: scores, call: "rowSoftmax(\(scores))") else { return }
        // The same numbers summed in another order: differences of a few ulps, far below 1e-12.
        expectClose(rowSoftmax(permuted), Reference.conjugated(result, by: perm), tolerance: .absolute(1e-12),
                    call: "rowSoftmax(S) with S = \(scores), permuted by \(perm) (entry [i][j] = S[perm[i]][perm[j]])")
    },
    Check("large scores give finite weights", points: 2,
          hint: "Subtract the row's largest score from every score of the row before exponentiating.") {
        // By hand: equal scores share equally; exp(-1000) underflows to 0, so the second row
        // puts all its weight on the 0.
        expectClose(rowSoftmax([[1000, 1000], [-1000, 0]]), [[0.5, 0.5], [0, 1]], tolerance: .absolute(1e-12),
                    call: "rowSoftmax([[1000, 1000], [-1000, 0]])")
    },
]
