import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Llama-3-sized head
// (d = 128, base 500,000) stretched 4 times: 500,000 · 4^(128/126), with Python.

let hiddenChecks: [Check] = [
    Check("a 500,000 base stretched four times", points: 1) {
        expectClose(ntkAwareBase(base: 500_000, factor: 4, dimension: 128), 2044497.121624311, tolerance: .relative(1e-12),
                    call: "ntkAwareBase(base: 500_000, factor: 4, dimension: 128)")
    },
]
