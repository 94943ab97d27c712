import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected values as in
// checks.swift (numpy, float64, explicit rotation matrices).

let hiddenChecks: [Check] = [
    Check("a query far into the text", points: 1) {
        let keyUp: [[Double]] = [[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0], [1.0, 1.0]]
        let cache: [[Double]] = [[0.3, -0.2, 0.1, 0.9, -0.4, 0.2], [-0.6, 0.8, 0.5, -0.3, 0.7, 0.1], [1.1, 0.4, -0.2, -0.5, 0.3, 0.6]]
        expectClose(mlaLogits(queryContent: [0.2, -0.4, 0.9, 0.6], queryRope: [0.7, -0.1, 0.3, 0.5], queryPosition: 8000,
                              cache: cache, keyUpProjection: keyUp),
                    [-0.0747400083714543, 0.7706169729682747, -0.08502169494167884], tolerance: .absolute(1e-9),
                    call: "mlaLogits(queryContent: [0.2, -0.4, 0.9, 0.6], queryRope: [0.7, -0.1, 0.3, 0.5], queryPosition: 8000, …)")
        let down: [[Double]] = [[1, 0, 1], [0.5, -0.5, 0]], ropeKey: [[Double]] = [[0, 1, 1], [1, 0, -1]]
        expectClose(mlaCacheEntry(hidden: [0.5, -1, 2], position: 7, downProjection: down, ropeKeyProjection: ropeKey),
                    [2.5, 0.75, 1.7393821524214883, -0.4738667827961678], tolerance: .absolute(1e-9),
                    call: "mlaCacheEntry(hidden: [0.5, -1, 2], position: 7, downProjection: \(down), ropeKeyProjection: \(ropeKey))")
    },
]
