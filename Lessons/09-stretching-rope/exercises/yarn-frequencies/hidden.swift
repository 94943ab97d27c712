import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. By hand: d = 16,
// base 100, s = 2, L = 64, betas 4 and 0.5: boundary indices 16 · ln(64 / 8π) / (2 ln 100)
// = 1.62 and 16 · ln(64 / π) / (2 ln 100) = 5.24, so low 1, high 6; pair 4 has θ = 0.1 and
// ramp 3/5: θ' = 0.1 · (2/5 + 3/10) = 0.07. Other pairs with Python, as in checks.swift.

let hiddenChecks: [Check] = [
    Check("betas other than 32 and 1", points: 1) {
        expectClose(yarnInverseFrequencies(dimension: 16, base: 100, factor: 2, originalLength: 64, betaFast: 4, betaSlow: 0.5),
                    [1.0, 0.5623413251903491, 0.28460498941515416, 0.14226235280311383, 0.07, 0.03374047951142095,
                     0.015811388300841896, 0.008891397050194615],
                    tolerance: .relative(1e-12),
                    call: "yarnInverseFrequencies(dimension: 16, base: 100, factor: 2, originalLength: 64, betaFast: 4, betaSlow: 0.5)")
    },
]
