import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected value with
// NumPy as in checks.swift (np.abs(np.cumsum(np.exp(1j * 300 * theta))).mean(), d = 64,
// base 10,000, printed with repr).

let hiddenChecks: [Check] = [
    Check("a 64-dimensional head at distance 300", points: 1) {
        expectClose(relativeUpperBound(distance: 300, dimension: 64, base: 10_000), 3.139867523959362, tolerance: .relative(1e-9),
                    call: "relativeUpperBound(distance: 300, dimension: 64, base: 10_000)")
    },
]
