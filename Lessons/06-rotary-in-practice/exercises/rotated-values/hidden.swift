import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected outputs as in
// checks.swift (NumPy, float64, explicit block-diagonal RoPE matrices on queries, keys and
// values, scaled scores, causal softmax, weighted sums).

let hiddenChecks: [Check] = [
    Check("three tokens far into the text, values rotated", points: 1) {
        let queries: [[Double]] = [[1.5, -0.2, 0.3, 0.8, -1.1, 0.4], [0.2, 0.9, -0.7, 0.1, 0.5, -0.3], [-0.6, 0.4, 1.2, -0.9, 0.0, 0.7]]
        let keys: [[Double]] = [[0.4, 1.1, -0.3, 0.2, 0.6, -0.8], [-1.0, 0.3, 0.5, 0.7, -0.2, 0.9], [0.8, -0.5, 0.1, 1.3, 0.4, 0.2]]
        let values: [[Double]] = [[0.5, 0.5, -1.0, 0.0, 0.3, 0.2], [1.0, -0.4, 0.2, 0.6, -0.7, 0.1], [-0.3, 0.8, 0.4, -0.2, 0.9, -0.5]]
        expectClose(ropeAttentionOutputs(queries: queries, keys: keys, values: values, startPosition: 5000, rotateValues: true),
                    [[0.5713174224737619, -0.4166490162930149, -0.9216771870655188, 0.38795768176824713, 0.1285657617936148, -0.3368543377996304],
                     [0.6302799946443338, -0.5309154201577627, -0.4955574739258396, 0.42236979596375374, 0.1682579640217513, -0.013820805135131481],
                     [0.4351506816357794, -0.4563117904987488, 0.15273517629617844, 0.3160405206225034, 0.04443605634135553, 0.20465274410509662]],
                    tolerance: .absolute(1e-9), call: "ropeAttentionOutputs(queries: …, keys: …, values: …, startPosition: 5000, rotateValues: true)")
    },
]
