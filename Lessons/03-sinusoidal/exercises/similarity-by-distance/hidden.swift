import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected value as in
// checks.swift (NumPy, sum of np.cos(k * 10000**(-2*i/d)) over the pairs, printed with repr).

let hiddenChecks: [Check] = [
    Check("distance 2000 with d = 64", points: 1) {
        expectClose(encodingDotProduct(distance: 2000, dimension: 64), 0.6436907902829057, tolerance: .absolute(1e-9),
                    call: "encodingDotProduct(distance: 2000, dimension: 64)")
    },
]
