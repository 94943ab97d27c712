import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected counts worked
// out by hand from the formulas of DeepSeek-V2, as in checks.swift: 2 · 32 · 64 · 24 = 98,304;
// 2 · 8 · 128 · 32 = 65,536; (256 + 64) · 10 = 3,200; 320 / (2 · 64) = 2.5.

let hiddenChecks: [Check] = [
    Check("other sizes", points: 1) {
        expectEqual(mhaCacheElements(heads: 32, headDim: 64, layers: 24), 98_304, call: "mhaCacheElements(heads: 32, headDim: 64, layers: 24)")
        expectEqual(gqaCacheElements(groups: 8, headDim: 128, layers: 32), 65_536, call: "gqaCacheElements(groups: 8, headDim: 128, layers: 32)")
        expectEqual(mlaCacheElements(latentDim: 256, ropeDim: 64, layers: 10), 3_200, call: "mlaCacheElements(latentDim: 256, ropeDim: 64, layers: 10)")
        expectClose(equivalentGQAGroups(latentDim: 256, ropeDim: 64, headDim: 64), 2.5, tolerance: .relative(1e-12),
                    call: "equivalentGQAGroups(latentDim: 256, ropeDim: 64, headDim: 64)")
    },
]
