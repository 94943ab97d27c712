import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected code written
// out by hand from the binary expansion, as in checks.swift.

let hiddenChecks: [Check] = [
    Check("a position beyond 2⁴⁰", points: 1) {
        // By hand: 2⁴⁰ + 5 has bits 0, 2 and 40 set.
        var expected = [Double](repeating: 0, count: 48)
        expected[0] = 1; expected[2] = 1; expected[40] = 1
        expectEqual(binaryEncoding(position: (1 << 40) + 5, bits: 48), expected,
                    call: "binaryEncoding(position: (1 << 40) + 5, bits: 48)")
    },
]
