import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values as in
// checks.swift (numpy, float64, from the explicit d×d matrix of the half-split layout).

let hiddenChecks: [Check] = [
    Check("16 dimensions at position 10,000", points: 1) {
        let x = (1...16).map { Double($0) / 10 }
        expectClose(applyRoPEHalfSplit(x, position: 10_000),
                    [0.17983741317352545, -1.0174981071773535, -0.7408537716979919, -1.2453808761380343,
                     1.0894347695865283, 0.29968022512479225, 0.22868159598053794, -0.7667352078561287,
                     -0.8875012703219386, -0.06853905376136077, 0.866680846079374, -0.22141922533886227,
                     0.8678317134191097, 1.4933826578171965, -1.6394220712372376, -1.6162045418305875],
                    tolerance: .absolute(1e-9), call: "applyRoPEHalfSplit([0.1, 0.2, …, 1.6], position: 10_000)")
    },
]
