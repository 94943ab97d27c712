import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values as in
// checks.swift (numpy, float64, explicit rotation matrices).

let hiddenChecks: [Check] = [
    Check("a 4-dimensional head, 2-dimensional latent", points: 1) {
        // numpy: Wᵀ (R_9ᵀ R_4)ᵀ q with explicit 4×4 rotation matrices.
        let w: [[Double]] = [[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0], [1.0, 1.0]]
        expectClose(absorbedRotaryQuery([0.2, -0.4, 0.9, 0.6], queryPosition: 9, keyPosition: 4, keyUpProjection: w),
                    [-0.6287276210773891, 2.632531714659846], tolerance: .absolute(1e-9),
                    call: "absorbedRotaryQuery([0.2, -0.4, 0.9, 0.6], queryPosition: 9, keyPosition: 4, keyUpProjection: \(w))")
    },
]
