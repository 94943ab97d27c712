import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. By hand: with identity
// projections the two orders agree (nothing stands between the rotations): the lesson's
// score at distance 3, 1.0941318937628153 (rotate-pair exercise), for both.

let hiddenChecks: [Check] = [
    Check("identity projections: the two orders agree", points: 1) {
        let identity: [[Double]] = [[1, 0], [0, 1]]
        expectClose(projectThenRotateScore(x: [1, 0.5], y: [0.8, -0.6], wq: identity, wk: identity, m: 1, n: 4, theta: 0.3),
                    1.0941318937628153, tolerance: .absolute(1e-9),
                    call: "projectThenRotateScore(x: [1, 0.5], y: [0.8, -0.6], wq: identity, wk: identity, m: 1, n: 4, theta: 0.3)")
        expectClose(rotateThenProjectScore(x: [1, 0.5], y: [0.8, -0.6], wq: identity, wk: identity, m: 1, n: 4, theta: 0.3),
                    1.0941318937628153, tolerance: .absolute(1e-9),
                    call: "rotateThenProjectScore(x: [1, 0.5], y: [0.8, -0.6], wq: identity, wk: identity, m: 1, n: 4, theta: 0.3)")
    },
]
