import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values by
// hand, as in checks.swift.

let hiddenChecks: [Check] = [
    Check("a long text of zero vectors reads out its positions", points: 1) {
        // By hand: row p of the result is [p, p, p].
        let zeros = Array(repeating: [0.0, 0.0, 0.0], count: 2000)
        expectEqual(addIntegerPositions(zeros), (0..<2000).map { p in Array(repeating: Double(p), count: 3) },
                    call: "addIntegerPositions(Array(repeating: [0, 0, 0], count: 2000))")
    },
]
