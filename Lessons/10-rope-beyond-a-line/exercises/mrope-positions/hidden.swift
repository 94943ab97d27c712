import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. The lesson's
// self-check, by hand: 5 text tokens (0–4), an image 2×6 from 5 (heights 5–6, widths 5–10),
// 4 text tokens from 11 (last 14): the next position is 15, for a prompt of 21 tokens.

let hiddenChecks: [Check] = [
    Check("the self-check prompt", points: 1) {
        expectEqual(mropeNextPosition(segments: [[5], [1, 2, 6], [4]]), 15, call: "mropeNextPosition(segments: [[5], [1, 2, 6], [4]])")
        let ids = mropePositions(segments: [[5], [1, 2, 6], [4]])
        expectEqual(ids.map { $0.last ?? -1 }, [14, 14, 14], call: "the last ids of mropePositions(segments: [[5], [1, 2, 6], [4]])")
    },
]
