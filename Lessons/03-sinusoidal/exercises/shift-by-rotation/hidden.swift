import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values come
// from checks.swift's own `Reference` encoding and matrix helpers (not from the learner's
// code); tolerances as explained there.

let hiddenChecks: [Check] = [
    Check("a shift by −5000 undoes a shift by 5000 in d = 64", points: 1) {
        let forward = shiftMatrix(offset: 5000, dimension: 64), backward = shiftMatrix(offset: -5000, dimension: 64)
        guard Reference.isSquare(forward, 64), Reference.isSquare(backward, 64) else {
            expectTrue(false, "the result must be a 64×64 matrix", call: "shiftMatrix(offset: 5000, dimension: 64)")
            return
        }
        // M(−k) = M(k)ᵀ exactly in exact arithmetic; sin(−x) = −sin x exactly in floating point.
        expectClose(backward, Reference.transposed(forward), tolerance: .absolute(1e-12),
                    call: "shiftMatrix(offset: -5000, dimension: 64) compared with the transpose of shiftMatrix(offset: 5000, dimension: 64)")
        expectClose(Reference.times(forward, Reference.encoding(123, 64)), Reference.encoding(5123, 64), tolerance: .absolute(1e-9),
                    call: "shiftMatrix(offset: 5000, dimension: 64) · PE(123), compared with PE(5123)")
    },
]
