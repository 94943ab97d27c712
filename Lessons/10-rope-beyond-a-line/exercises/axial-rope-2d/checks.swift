import Foundation
import CourseCheck

// Expected values: by hand for unit vectors (a single 1 goes to (cos a, sin a) in its pair:
// [1, 0, 0, 0, 0, 0, 0, 0] at row 1 turns pair (0, 4) by φ_0 = 1 radian; [0, 1, 0, 0] at
// column 5 with d = 4 turns pair (1, 3) by 5 radians), the others with Python from the four
// steps of the statement (angles duplicated, x·cos + rotate_half(x)·sin).
//
// Tolerance: absolute 1e-9; |entries| < 2 and angles up to ~1,000 rad carry rounding errors
// of ~1e-13. A wrong pairing, axis or sign changes results by far more.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum AxialReference {
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    /// True when `result` has `count` finite entries; reports otherwise.
    static func hasShape(_ result: [Double], count: Int, call: String) -> Bool {
        guard result.count == count else {
            expectEqual(result.count, count, call: call + ".count")
            return false
        }
        guard result.allSatisfy({ $0.isFinite }) else {
            expectTrue(false, "the result must be finite numbers", call: call)
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("unit vectors rotated by hand", points: 2,
          hint: "Coordinate j pairs with coordinate j + d/2; the first d/4 pairs turn with the row, the next d/4 with the column.") {
        expectClose(axialRoPE([1, 0, 0, 0, 0, 0, 0, 0], row: 1, column: 0, base: 10_000),
                    [0.5403023058681398, 0, 0, 0, 0.8414709848078965, 0, 0, 0], tolerance: .absolute(1e-9),
                    call: "axialRoPE([1, 0, 0, 0, 0, 0, 0, 0], row: 1, column: 0, base: 10_000)")
        expectClose(axialRoPE([0, 1, 0, 0], row: 0, column: 5, base: 100),
                    [0, 0.28366218546322625, 0, -0.9589242746631385], tolerance: .absolute(1e-9),
                    call: "axialRoPE([0, 1, 0, 0], row: 0, column: 5, base: 100)")
        expectClose(axialRoPE([1, 0, 0, 0], row: 0, column: 5, base: 100), [1, 0, 0, 0], tolerance: .absolute(1e-9),
                    call: "axialRoPE([1, 0, 0, 0], row: 0, column: 5, base: 100)")
    },
    Check("values computed with Python", points: 2,
          hint: "Both halves of the head use the same d/2 angles; the second frequency of each axis is base^(−2/(d/2)).") {
        expectClose(axialRoPE([1, 2, 3, 4, 5, 6, 7, 8], row: 2, column: 3, base: 10_000),
                    [-4.962633970675551, 1.879608013173157, -3.957817546220407, 3.758236133375985,
                     -1.1714367559100303, 6.038797373386132, -6.506587452023517, 8.116382270801884],
                    tolerance: .absolute(1e-9), call: "axialRoPE([1, 2, 3, 4, 5, 6, 7, 8], row: 2, column: 3, base: 10_000)")
        expectClose(axialRoPE([0.5, -1, 0.25, 2], row: 3, column: -2, base: 100),
                    [-0.5302762503151895, 2.234741690198506, -0.17693812012017773, 0.0770037537313969],
                    tolerance: .absolute(1e-9), call: "axialRoPE([0.5, -1, 0.25, 2], row: 3, column: -2, base: 100)")
    },
    Check.property("the length never changes, and a non-zero position moves the vector", points: 1, cases: 100,
                   hint: "Each pair is turned by a rotation: cos² + sin² = 1.") { random in
        let d = 4 * random.int(in: 1...16)
        let x = random.doubles(count: d, in: -1...1)
        let row = random.int(in: 1...1000), column = random.int(in: -1000...1000)
        let call = "axialRoPE(\(x), row: \(row), column: \(column), base: 10_000)"
        let result = axialRoPE(x, row: row, column: column, base: 10_000)
        guard AxialReference.hasShape(result, count: d, call: call) else { return }
        expectClose(AxialReference.dot(result, result), AxialReference.dot(x, x), tolerance: .absolute(1e-9),
                    call: "squared length of " + call)
        // Pair 0 turns by `row` radians; where that moves it by more than 1e-6, the result must differ.
        let pairLength = (x[0] * x[0] + x[d / 2] * x[d / 2]).squareRoot()
        if abs(sin(Double(row) / 2)) * pairLength > 1e-6 {
            expectTrue(abs(result[0] - x[0]) > 1e-9 || abs(result[d / 2] - x[d / 2]) > 1e-9,
                       "a patch at row \(row) must turn pair (0, d/2)", call: call)
        }
    },
    Check.property("moving along one axis changes only that axis's coordinates", points: 1, cases: 100,
                   hint: "Rows drive coordinates 0 ..< d/4 and d/2 ..< 3d/4; columns the other two quarters.") { random in
        let d = 4 * random.int(in: 1...16)
        let x = random.doubles(count: d, in: -1...1)
        let row = random.int(in: -50...50), column = random.int(in: -50...50), step = random.int(in: 1...20)
        let here = axialRoPE(x, row: row, column: column, base: 10_000)
        let down = axialRoPE(x, row: row + step, column: column, base: 10_000)
        let call = "axialRoPE(x, row: \(row) and \(row + step), column: \(column), base: 10_000) with x = \(x)"
        guard AxialReference.hasShape(here, count: d, call: call), AxialReference.hasShape(down, count: d, call: call) else { return }
        let q = d / 4
        let columnCoordinates = Array(q..<(2 * q)) + Array((3 * q)..<d)
        expectClose(columnCoordinates.map { down[$0] }, columnCoordinates.map { here[$0] }, tolerance: .absolute(1e-9),
                    call: "the column coordinates \(columnCoordinates) of " + call)
        let rowCoordinates = Array(0..<q) + Array((2 * q)..<(3 * q))
        // Pair 0 turns by `step` radians more: unless that is a near-full turn, the row part must change.
        if abs(sin(Double(step) / 2)) * (x[0] * x[0] + x[2 * q] * x[2 * q]).squareRoot() > 1e-6 {
            expectTrue(rowCoordinates.contains { abs(down[$0] - here[$0]) > 1e-9 },
                       "moving \(step) rows down must change the row coordinates \(rowCoordinates)", call: call)
        }
    },
    Check.property("the score depends only on the (row, column) offset", points: 2, cases: 100,
                   hint: "Rotations add up pair by pair: R(a)ᵀ R(b) = R(b − a) in every plane.") { random in
        let d = 4 * random.int(in: 1...16)
        let q = random.doubles(count: d, in: -1...1), k = random.doubles(count: d, in: -1...1)
        let (r1, c1, r2, c2) = (random.int(in: 0...100), random.int(in: 0...100), random.int(in: 0...100), random.int(in: 0...100))
        let (dr, dc) = (random.int(in: -300...300), random.int(in: -300...300))
        let rotatedQuery = axialRoPE(q, row: r1, column: c1, base: 10_000)
        let queryCall = "axialRoPE(\(q), row: \(r1), column: \(c1), base: 10_000)"
        guard AxialReference.hasShape(rotatedQuery, count: d, call: queryCall) else { return }
        // Zeros (or any shrinking map) would make every score equal too: the length must be kept.
        guard abs(AxialReference.dot(rotatedQuery, rotatedQuery) - AxialReference.dot(q, q)) <= 1e-9 else {
            expectClose(AxialReference.dot(rotatedQuery, rotatedQuery), AxialReference.dot(q, q), tolerance: .absolute(1e-9),
                        call: "squared length of " + queryCall)
            return
        }
        // Returning the vector unchanged makes every score the same: require the query to have turned
        // wherever pair 0's turn by r1 radians moves it visibly.
        if abs(sin(Double(r1) / 2)) * (q[0] * q[0] + q[d / 2] * q[d / 2]).squareRoot() > 1e-6 {
            guard abs(rotatedQuery[0] - q[0]) > 1e-9 || abs(rotatedQuery[d / 2] - q[d / 2]) > 1e-9 else {
                expectTrue(false, "a patch at row \(r1) must turn pair (0, d/2)", call: queryCall)
                return
            }
        }
        let a = AxialReference.dot(rotatedQuery, axialRoPE(k, row: r2, column: c2, base: 10_000))
        let b = AxialReference.dot(axialRoPE(q, row: r1 + dr, column: c1 + dc, base: 10_000),
                                   axialRoPE(k, row: r2 + dr, column: c2 + dc, base: 10_000))
        expectTrue(a.isFinite, "scores must be finite", call: "axialRoPE(…) scores")
        expectClose(b, a, tolerance: .absolute(1e-9),
                    call: "score of q at (\(r1 + dr), \(c1 + dc)) and k at (\(r2 + dr), \(c2 + dc)) compared with q at (\(r1), \(c1)), k at (\(r2), \(c2)), q = \(q), k = \(k)")
    },
]
