import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected value with
// Python, 1 * math.sqrt(0.999 / (1 - 0.999)), printed with repr: with unit-size entries the
// cosine passes 0.999 at about position 32.

let hiddenChecks: [Check] = [
    Check("unit-size entries reach cosine 0.999 near position 32", points: 1) {
        expectClose(swampingPosition(sigma: 1, cosine: 0.999), 31.6069612585582, tolerance: .relative(1e-9),
                    call: "swampingPosition(sigma: 1, cosine: 0.999)")
    },
]
