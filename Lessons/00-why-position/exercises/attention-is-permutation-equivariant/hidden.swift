import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values by
// hand (see the comment in the check).

let hiddenChecks: [Check] = [
    Check("large scores pick out the best key without overflowing", points: 1) {
        // By hand: the scores are 1600/√2 ≈ 1131 and 0. exp(1131) overflows a Double, so only a
        // max-shifted softmax survives; the second weight is e^-1131, which is 0 in a Double,
        // so the output is exactly the first value row.
        expectClose(attention(queries: [[40, 0]], keys: [[40, 0], [0, 40]], values: [[1, -2], [5, 7]]),
                    [[1, -2]], tolerance: .absolute(1e-12),
                    call: "attention(queries: [[40, 0]], keys: [[40, 0], [0, 40]], values: [[1, -2], [5, 7]])")
    },
]
