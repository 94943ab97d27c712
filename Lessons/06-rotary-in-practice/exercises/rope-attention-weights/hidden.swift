import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected weights as in
// checks.swift (numpy, float64, explicit block-diagonal RoPE matrices, scaled scores, causal
// softmax).

let hiddenChecks: [Check] = [
    Check("three tokens far into the text", points: 1) {
        let queries: [[Double]] = [[1.5, -0.2, 0.3, 0.8, -1.1, 0.4], [0.2, 0.9, -0.7, 0.1, 0.5, -0.3], [-0.6, 0.4, 1.2, -0.9, 0.0, 0.7]]
        let keys: [[Double]] = [[0.4, 1.1, -0.3, 0.2, 0.6, -0.8], [-1.0, 0.3, 0.5, 0.7, -0.2, 0.9], [0.8, -0.5, 0.1, 1.3, 0.4, 0.2]]
        expectClose(ropeAttentionWeights(queries: queries, keys: keys, startPosition: 5000),
                    [[1, 0, 0],
                     [0.6762694881395483, 0.32373051186045165, 0],
                     [0.1726959426813091, 0.6288035727394626, 0.19850048457922828]],
                    tolerance: .absolute(1e-9), call: "ropeAttentionWeights(queries: …, keys: …, startPosition: 5000)")
    },
]
