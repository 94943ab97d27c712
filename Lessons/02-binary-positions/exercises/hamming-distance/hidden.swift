import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected distances
// worked out by hand, as in checks.swift.

let hiddenChecks: [Check] = [
    Check("large positions", points: 1) {
        // By hand: 2⁵⁰ − 1 has bits 0…49 set and 2⁵⁰ only bit 50, so all 51 differ; 0 and
        // 2⁶¹ + 2³⁰ differ in two bits.
        expectEqual(hammingDistance((1 << 50) - 1, 1 << 50), 51, call: "hammingDistance((1 << 50) - 1, 1 << 50)")
        expectEqual(hammingDistance(0, (1 << 61) + (1 << 30)), 2, call: "hammingDistance(0, (1 << 61) + (1 << 30))")
    },
]
