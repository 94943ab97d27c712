import Foundation
import CourseCheck

// Expected values: by hand for x = y = [1, 0], W_q = diag(2, 1), W_k = [[1, 1], [0, 1]],
// m = 0, n = 1, θ = π/2: project-then-rotate gives [2, 0] · R(π/2)[1, 0] = [2, 0] · [0, 1] = 0;
// rotate-then-project gives [2, 0] · W_k [0, 1] = [2, 0] · [1, 1] = 2. The others with Python
// (explicit 2×2 matrices), pasted as literals. The property checks compare the learner's scores
// with themselves (shifted positions, reversed offset) and, for rotate-then-project, with the
// grader's own formula below.
//
// Tolerance: absolute 1e-9; inputs are of order 1 and angles up to ~1,000 radians round to
// ~1e-13. Predictions are compared exactly.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum WhereReference {
    static func rotate(_ v: [Double], _ a: Double) -> [Double] { [v[0] * cos(a) - v[1] * sin(a), v[0] * sin(a) + v[1] * cos(a)] }
    static func apply(_ m: [[Double]], _ v: [Double]) -> [Double] { m.map { $0[0] * v[0] + $0[1] * v[1] } }
    static func rotateThenProject(_ x: [Double], _ y: [Double], _ wq: [[Double]], _ wk: [[Double]], _ m: Int, _ n: Int, _ t: Double) -> Double {
        let a = apply(wq, rotate(x, Double(m) * t)), b = apply(wk, rotate(y, Double(n) * t))
        return a[0] * b[0] + a[1] * b[1]
    }
    static func matrix(_ random: inout SeededRandom) -> [[Double]] { random.matrix(rows: 2, columns: 2, in: -1...1) }
}

let x0: [Double] = [1, 0.5], y0: [Double] = [0.8, -0.6]
let wq0: [[Double]] = [[0.9, -0.2], [0.3, 0.8]], wk0: [[Double]] = [[0.5, 0.4], [-0.6, 0.9]]

let checks: [Check] = [
    Check("by hand: a scaling, a shear and a quarter turn", points: 2,
          hint: "Project-then-rotate turns W_k y = [1, 0] into [0, 1]; rotate-then-project turns y into [0, 1] first and then shears it to [1, 1].") {
        let wq: [[Double]] = [[2, 0], [0, 1]], wk: [[Double]] = [[1, 1], [0, 1]]
        expectClose(projectThenRotateScore(x: [1, 0], y: [1, 0], wq: wq, wk: wk, m: 0, n: 1, theta: .pi / 2), 0,
                    tolerance: .absolute(1e-9),
                    call: "projectThenRotateScore(x: [1, 0], y: [1, 0], wq: \(wq), wk: \(wk), m: 0, n: 1, theta: .pi / 2)")
        expectClose(rotateThenProjectScore(x: [1, 0], y: [1, 0], wq: wq, wk: wk, m: 0, n: 1, theta: .pi / 2), 2,
                    tolerance: .absolute(1e-9),
                    call: "rotateThenProjectScore(x: [1, 0], y: [1, 0], wq: \(wq), wk: \(wk), m: 0, n: 1, theta: .pi / 2)")
    },
    Check("the lesson's vectors with made-up projections, computed with Python", points: 2,
          hint: "Multiply by the matrix rows first for project-then-rotate; rotate first for rotate-then-project.") {
        let cases: [(Int, Int, Double, Double)] = [
            (1, 4, 0.3626639307276953, 0.3344874621001883),
            (11, 14, 0.36266393072769576, 0.2775279074726803),
            (4, 1, -1.0911908135409139, -0.8522528059854491),
        ]
        for (m, n, after, before) in cases {
            expectClose(projectThenRotateScore(x: x0, y: y0, wq: wq0, wk: wk0, m: m, n: n, theta: 0.3), after, tolerance: .absolute(1e-9),
                        call: "projectThenRotateScore(x: \(x0), y: \(y0), wq: \(wq0), wk: \(wk0), m: \(m), n: \(n), theta: 0.3)")
            expectClose(rotateThenProjectScore(x: x0, y: y0, wq: wq0, wk: wk0, m: m, n: n, theta: 0.3), before, tolerance: .absolute(1e-9),
                        call: "rotateThenProjectScore(x: \(x0), y: \(y0), wq: \(wq0), wk: \(wk0), m: \(m), n: \(n), theta: 0.3)")
        }
    },
    Check.property("project-then-rotate: a common shift changes nothing, a reversed offset does", points: 1, cases: 100,
                   hint: "Rotate after projecting, each vector by its own position.") { random in
        let x = random.doubles(count: 2, in: -1...1), y = random.doubles(count: 2, in: -1...1)
        let wq = WhereReference.matrix(&random), wk = WhereReference.matrix(&random)
        let m = random.int(in: 0...500), k = random.int(in: 1...20), shift = random.int(in: -300...300)
        let theta = random.double(in: 0.05...1.5)
        func score(_ a: Int, _ b: Int) -> Double { projectThenRotateScore(x: x, y: y, wq: wq, wk: wk, m: a, n: b, theta: theta) }
        let call = "projectThenRotateScore(x: \(x), y: \(y), wq: \(wq), wk: \(wk), m: …, n: …, theta: \(theta))"
        let base = score(m, m + k)
        expectClose(score(m + shift, m + k + shift), base, tolerance: .absolute(1e-9), call: call + " with (m, n) = (\(m + shift), \(m + k + shift)) against (\(m), \(m + k))")
        // The reversed offset differs by 2 sin(kθ) · qᵀ J k' (q = W_q x, k' = W_k y); where that is
        // clearly non-zero, the learner's score must show it.
        let q = WhereReference.apply(wq, x), kk = WhereReference.apply(wk, y)
        let gap = 2 * sin(Double(k) * theta) * (q[0] * kk[1] - q[1] * kk[0])
        if abs(gap) > 1e-6 {
            expectTrue(abs(score(m, m + k) - score(m + k, m)) > 1e-9,
                       "the scores for offsets +\(k) and −\(k) must differ (by about \(abs(gap)))", call: call)
        }
    },
    Check.property("rotate-then-project matches the grader's formula; see how a common shift changes it", points: 1, cases: 100,
                   hint: "Rotate each embedding by its position, then apply its projection.") { random in
        let x = random.doubles(count: 2, in: -1...1), y = random.doubles(count: 2, in: -1...1)
        let wq = WhereReference.matrix(&random), wk = WhereReference.matrix(&random)
        let m = random.int(in: 0...500), n = random.int(in: 0...500), shift = random.int(in: 1...300)
        let theta = random.double(in: 0.05...1.5)
        for (a, b) in [(m, n), (m + shift, n + shift)] {
            expectClose(rotateThenProjectScore(x: x, y: y, wq: wq, wk: wk, m: a, n: b, theta: theta),
                        WhereReference.rotateThenProject(x, y, wq, wk, a, b, theta), tolerance: .absolute(1e-9),
                        call: "rotateThenProjectScore(x: \(x), y: \(y), wq: \(wq), wk: \(wk), m: \(a), n: \(b), theta: \(theta))")
        }
    },
    Check("your four predictions", points: 2,
          hint: "1 and 2: can the two rotations meet? 3: is sin odd? 4: is cos even?") {
        expectEqual(predictions(), [true, false, false, true], call: "predictions()")
    },
]
