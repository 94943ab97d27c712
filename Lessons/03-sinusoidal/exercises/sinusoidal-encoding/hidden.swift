import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values as in
// checks.swift (NumPy, np.sin(p * base**(-2*i/d)), np.cos(…), printed with repr).

let hiddenChecks: [Check] = [
    Check("position 10,000 with d = 16", points: 1) {
        expectClose(sinusoidalEncoding(position: 10_000, dimension: 16),
                    [-0.30561438888825215, -0.9521553682590148, 0.965182977331809, -0.2615756492277226,
                     0.8268795405320025, 0.5623790762907029, 0.8786808507688102, -0.4774096380386553,
                     -0.5063656411097588, 0.8623188722876839, 0.2053781377222452, 0.9786826965598925,
                     -0.5440211108893698, -0.8390715290764524, -0.020683531529582487, -0.9997860728793259],
                    tolerance: .absolute(1e-9), call: "sinusoidalEncoding(position: 10_000, dimension: 16)")
    },
]
