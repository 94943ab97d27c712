import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. By hand: marker 0.5 at
// positions 0, 9, 49_999 gives 0.5, 0.05 and 0.5 / 50_000 = 1e-05.

let hiddenChecks: [Check] = [
    Check("a small marker, a far position", points: 1) {
        expectEqual(positionsFromMarker([1e-05, 0.5, 0.05], marker: 0.5), [49_999, 0, 9],
                    call: "positionsFromMarker([1e-05, 0.5, 0.05], marker: 0.5)")
    },
]
