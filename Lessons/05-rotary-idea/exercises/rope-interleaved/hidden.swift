import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values as in
// checks.swift (numpy, float64, from the explicit block-diagonal matrix of RoFormer's equation
// (15)).

let hiddenChecks: [Check] = [
    Check("16 dimensions at position 10,000", points: 1) {
        let x = (1...16).map { Double($0) / 10 }
        expectClose(applyRoPE(x, position: 10_000),
                    [-0.03409265904825105, -0.22099251254062818, -0.4645458857010404, 0.18492463350845367,
                     -0.21493818617385002, 0.7508672160404231, -1.037131427242107, 0.2331488851072428,
                     1.2824526261686744, 0.406589795288901, 0.8300972009491876, 1.4003351873663408,
                     -0.3291634325542706, -1.8819275848632142, -1.4665854588716567, -1.630683013901295],
                    tolerance: .absolute(1e-9), call: "applyRoPE([0.1, 0.2, …, 1.6], position: 10_000)")
    },
]
