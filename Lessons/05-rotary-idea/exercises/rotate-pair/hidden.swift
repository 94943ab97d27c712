import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values as
// in checks.swift (numpy, float64, from the explicit 2×2 matrix).

let hiddenChecks: [Check] = [
    Check("a far position: 10,000 radians", points: 1) {
        expectClose(rotatePair([0.6, -0.8], position: 10_000, theta: 1), [-0.8157847320660107, 0.5783556612742606],
                    tolerance: .absolute(1e-9), call: "rotatePair([0.6, -0.8], position: 10_000, theta: 1)")
    },
]
