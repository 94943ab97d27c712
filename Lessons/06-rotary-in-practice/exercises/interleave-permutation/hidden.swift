import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected permutations
// written out by hand, as in checks.swift; exact comparisons.

let hiddenChecks: [Check] = [
    Check("a 128-dimensional head", points: 1) {
        let x = (0..<128).map(Double.init)
        let evens: [Double] = (0..<64).map { Double(2 * $0) }
        let odds: [Double] = (0..<64).map { Double(2 * $0 + 1) }
        let evensThenOdds = evens + odds
        expectEqual(deinterleave(x), evensThenOdds, call: "deinterleave([0, 1, …, 127])")
        expectEqual(reinterleave(evensThenOdds), x, call: "reinterleave([0, 2, …, 126, 1, 3, …, 127])")
    },
]
