import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected entries as in
// checks.swift (the Python port of Mesh TensorFlow's `_relative_position_bucket`); exact
// comparisons.

let hiddenChecks: [Check] = [
    Check("a 200-token sequence reaches the far buckets", points: 1) {
        let call = "t5BiasMatrix(length: 200, table: [0, 1, 2, …, 31], bidirectional: …)"
        let both = t5BiasMatrix(length: 200, table: biasCheckIndexTable, bidirectional: true)
        let causal = t5BiasMatrix(length: 200, table: biasCheckIndexTable, bidirectional: false)
        guard biasCheckIsSquare(both, size: 200, call: call), biasCheckIsSquare(causal, size: 200, call: call) else { return }
        let bidirectionalEntries: [(Int, Int, Double)] = [(0, 199, 31), (199, 0, 15), (100, 5, 15), (5, 100, 31), (50, 40, 8),
                                                          (40, 50, 24), (150, 150, 0), (10, 30, 26), (30, 10, 10), (120, 57, 13)]
        for (i, j, expected) in bidirectionalEntries {
            expectEqual(both[i][j], expected, call: "t5BiasMatrix(length: 200, table: [0, 1, 2, …, 31], bidirectional: true)[\(i)][\(j)]")
        }
        let causalEntries: [(Int, Int, Double)] = [(0, 199, 0), (199, 0, 31), (100, 5, 29), (50, 40, 10), (30, 10, 17), (120, 57, 26)]
        for (i, j, expected) in causalEntries {
            expectEqual(causal[i][j], expected, call: "t5BiasMatrix(length: 200, table: [0, 1, 2, …, 31], bidirectional: false)[\(i)][\(j)]")
        }
    },
]
