import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. By hand: with d = 8 the
// column pairs are (2, 6) and (3, 7); [0, 0, 1, 0, 0, 0, 0, 0] at column 2 turns pair (2, 6) by
// φ_0 · 2 = 2 radians: (cos 2, sin 2) in coordinates 2 and 6.

let hiddenChecks: [Check] = [
    Check("a column pair turned by hand", points: 1) {
        expectClose(axialRoPE([0, 0, 1, 0, 0, 0, 0, 0], row: 7, column: 2, base: 10_000),
                    [0, 0, -0.4161468365471424, 0, 0, 0, 0.9092974268256817, 0], tolerance: .absolute(1e-9),
                    call: "axialRoPE([0, 0, 1, 0, 0, 0, 0, 0], row: 7, column: 2, base: 10_000)")
    },
]
