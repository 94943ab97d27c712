import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. The check compares
// rowSoftmax with itself after a shift (no fixed expected values; tolerance explained in the
// check), guarded by checks.swift's `Reference` helpers.

let hiddenChecks: [Check] = [
    Check.property("adding a constant to a row leaves its softmax unchanged", points: 1, cases: 100) { random in
        let columns = random.int(in: 1...8)
        let row = random.doubles(count: columns, in: -5...5)
        let shift = random.double(in: -5000...5000)
        let expected = rowSoftmax([row])
        guard Reference.hasShape(expected, rows: 1, columns: columns) else {
            expectTrue(false, "the result must be a 1×\(columns) matrix, like the input", call: "rowSoftmax([\(row)])")
            return
        }
        guard Reference.isSoftmaxShaped(expected, of: [row], call: "rowSoftmax([\(row)])") else { return }
        // Adding up to 5000 rounds each score by ulp(5000) ≈ 1e-12, which changes the weights
        // (all ≤ 1) by about 1e-12: 1e-10 leaves room.
        expectClose(rowSoftmax([row.map { $0 + shift }]), expected, tolerance: .absolute(1e-10),
                    call: "rowSoftmax([\(row.map { $0 + shift })]) compared with rowSoftmax([\(row)])")
    },
]
