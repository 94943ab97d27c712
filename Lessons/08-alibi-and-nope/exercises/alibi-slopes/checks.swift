import Foundation
import CourseCheck

// Expected values are exact powers of two, worked out by hand from the rule in the statement
// (for example 12 heads: 2^-1 … 2^-8, then 2^-0.5, 2^-1.5, 2^-2.5, 2^-3.5) and written as the
// correctly rounded doubles of those powers (Python's 2 ** -x). The property checks compute the
// same powers from the closed form 2^(−8h/p) and 2^(−(8k + 4)/p), not from the reference
// code's recursion, so they are independent of the way a solution builds the list.
//
// Tolerance: relative 1e-12. pow(2, x) is correctly rounded or within an ulp; the reference
// code's repeated multiplication by the ratio accumulates at most ~n ulps (≈ 2e-13 relative at
// 1,024 heads). A Float solution is off by ~6e-8 relative and fails, as it should: the slopes
// are constants copied into models.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum SlopesReference {
    /// 2^(−8h/n) for h = 1…n.
    static func powerOfTwo(_ n: Int) -> [Double] {
        (1...n).map { h in pow(2.0, -8.0 * Double(h) / Double(n)) }
    }
    /// The whole list for any n ≥ 1, from the closed forms.
    static func slopes(_ n: Int) -> [Double] {
        if n & (n - 1) == 0 { return powerOfTwo(n) }
        var p = 1
        while 2 * p < n { p *= 2 }
        let appended = (0..<(n - p)).map { k in pow(2.0, -Double(8 * k + 4) / Double(p)) }
        return powerOfTwo(p) + appended
    }
    /// True when `result` has `count` finite, positive entries; reports otherwise.
    static func hasShape(_ result: [Double], count: Int, call: String) -> Bool {
        guard result.count == count else {
            expectEqual(result.count, count, call: call + ".count")
            return false
        }
        guard result.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            expectTrue(false, "every slope must be a finite positive number", call: call)
            return false
        }
        return true
    }
}

let checks: [Check] = [
    Check("powers of two: 1, 2, 8 and 16 heads", points: 2,
          hint: "Head h of n gets 2^(−8h/n), h counted from 1: for 8 heads 1/2, 1/4, …, 1/256.") {
        expectClose(alibiSlopes(heads: 1), [0.00390625], tolerance: .relative(1e-12), call: "alibiSlopes(heads: 1)")
        expectClose(alibiSlopes(heads: 2), [0.0625, 0.00390625], tolerance: .relative(1e-12), call: "alibiSlopes(heads: 2)")
        expectClose(alibiSlopes(heads: 8), [0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625],
                    tolerance: .relative(1e-12), call: "alibiSlopes(heads: 8)")
        expectClose(alibiSlopes(heads: 16),
                    [0.7071067811865476, 0.5, 0.3535533905932738, 0.25, 0.1767766952966369, 0.125,
                     0.08838834764831845, 0.0625, 0.04419417382415922, 0.03125, 0.02209708691207961,
                     0.015625, 0.011048543456039806, 0.0078125, 0.005524271728019903, 0.00390625],
                    tolerance: .relative(1e-12), call: "alibiSlopes(heads: 16)")
    },
    Check("12 heads: the 8-head slopes, then four in-between slopes from 16 heads", points: 2,
          hint: "The 16-head slopes that 8 heads lack are 2^-0.5, 2^-1.5, 2^-2.5, …; append the first four, after the eight.") {
        expectClose(alibiSlopes(heads: 12),
                    [0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625,
                     0.7071067811865476, 0.3535533905932738, 0.1767766952966369, 0.08838834764831845],
                    tolerance: .relative(1e-12), call: "alibiSlopes(heads: 12)")
    },
    Check("3 and 6 heads: appended slopes come last, so the list is not sorted", points: 2,
          hint: "For 3 heads, p = 2 (slopes 1/16, 1/256) and the 4-head list is 1/4, 1/16, 1/64, 1/256: the new ones are 1/4 and 1/64; append the first.") {
        expectClose(alibiSlopes(heads: 3), [0.0625, 0.00390625, 0.25], tolerance: .relative(1e-12),
                    call: "alibiSlopes(heads: 3)")
        expectClose(alibiSlopes(heads: 6), [0.25, 0.0625, 0.015625, 0.00390625, 0.5, 0.125], tolerance: .relative(1e-12),
                    call: "alibiSlopes(heads: 6)")
    },
    Check.property("a power of two gives a geometric sequence from 2^(−8/n) down to 2^(−8)", points: 1, cases: 11,
                   hint: "First term and ratio are both 2^(−8/n).") { random in
        let n = 1 << random.int(in: 0...10)
        let call = "alibiSlopes(heads: \(n))"
        let result = alibiSlopes(heads: n)
        guard SlopesReference.hasShape(result, count: n, call: call) else { return }
        let ratio = pow(2.0, -8.0 / Double(n))
        expectClose(result[0], ratio, tolerance: .relative(1e-12), call: call + "[0]")
        for h in 1..<n {
            expectClose(result[h] / result[h - 1], ratio, tolerance: .relative(1e-12),
                        call: "\(call)[\(h)] / \(call)[\(h - 1)]")
        }
        expectClose(result[n - 1], 0.00390625, tolerance: .relative(1e-12), call: "\(call)[\(n - 1)]")
    },
    Check.property("any other count: the p-head slopes, then in-between slopes of 2p heads, in order", points: 2, cases: 60,
                   hint: "Only the first heads − p of the new slopes are used, in the order they appear in the 2p-head list.") { random in
        var n = random.int(in: 3...1023)
        if n & (n - 1) == 0 { n += 1 }
        let call = "alibiSlopes(heads: \(n))"
        let result = alibiSlopes(heads: n)
        guard SlopesReference.hasShape(result, count: n, call: call) else { return }
        expectClose(result, SlopesReference.slopes(n), tolerance: .relative(1e-12), call: call)
    },
]
