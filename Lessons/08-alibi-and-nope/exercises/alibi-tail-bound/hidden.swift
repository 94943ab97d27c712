import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. The value is the
// lesson's self-check, summed term by term with Python over 39,000 terms: the gentlest slope of
// an 8-head model, 1/256, beyond 1,024 tokens, equal scores.

let hiddenChecks: [Check] = [
    Check("the gentlest 8-head slope beyond 1,024 tokens", points: 1) {
        expectClose(alibiTailBound(slope: 0.00390625, distance: 1024, scoreGap: 0), 4.6796516981920355,
                    tolerance: .relative(1e-9), call: "alibiTailBound(slope: 1.0 / 256, distance: 1024, scoreGap: 0)")
    },
]
