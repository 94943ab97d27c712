import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. 20 heads worked out by
// hand: p = 16 gives 2^(−h/2), h = 1…16; the 32-head slopes 16 heads lack are 2^(−(2k + 1)/4):
// 2^-0.25, 2^-0.75, 2^-1.25, 2^-1.75. Decimal values from Python's 2 ** -x.

let hiddenChecks: [Check] = [
    Check("20 heads", points: 1) {
        expectClose(alibiSlopes(heads: 20),
                    [0.7071067811865476, 0.5, 0.3535533905932738, 0.25, 0.1767766952966369, 0.125,
                     0.08838834764831845, 0.0625, 0.04419417382415922, 0.03125, 0.02209708691207961,
                     0.015625, 0.011048543456039806, 0.0078125, 0.005524271728019903, 0.00390625,
                     0.8408964152537145, 0.5946035575013605, 0.42044820762685725, 0.29730177875068026],
                    tolerance: .relative(1e-12), call: "alibiSlopes(heads: 20)")
    },
]
