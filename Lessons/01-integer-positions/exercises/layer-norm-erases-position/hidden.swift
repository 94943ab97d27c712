import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values as in
// checks.swift (NumPy, printed with repr).

let hiddenChecks: [Check] = [
    Check("an offset of a million still leaves the dog vector's normalisation unchanged", points: 1) {
        // The dog vector's normalisation from NumPy (as above). Adding 10⁶ rounds each
        // coordinate by ≈ 6e-11; σ ≈ 1.07, so a two-pass computation stays within ≈ 1e-10
        // (NumPy-free Python two-pass: 1.1e-10). The shortcut mean(v²) − mean² loses ≈ 1e-4
        // to cancellation and fails.
        let dog = [0.8, -1.3, 0.4, 2.1, -0.6, 0.9]
        expectClose(layerNorm(dog.map { $0 + 1_000_000 }),
                    [0.3806698378489784, -1.5379061449098725, 0.015226793513959181,
                     1.5683597319377909, -0.8983808173235889, 0.4720305989327332],
                    tolerance: .absolute(1e-8), call: "layerNorm([0.8, -1.3, 0.4, 2.1, -0.6, 0.9].map { $0 + 1_000_000 })")
    },
]
