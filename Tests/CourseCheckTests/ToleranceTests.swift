import Testing
@testable import CourseCheck

@Suite struct ToleranceTests {
    @Test func absoluteBoundIsInclusive() {
        #expect(Tolerance.absolute(0.5).accepts(1.5, 1.0))
        #expect(Tolerance.absolute(0.5).accepts(0.5, 1.0))
        #expect(!Tolerance.absolute(0.5).accepts(1.5.nextUp, 1.0))
        #expect(!Tolerance.absolute(1e-12).accepts(1e-11, 0))
    }

    @Test func relativeScalesWithExpected() {
        #expect(Tolerance.relative(1e-3).accepts(1000.9, 1000))
        #expect(!Tolerance.relative(1e-3).accepts(1001.1, 1000))
        #expect(Tolerance.relative(1e-3).accepts(-1000.9, -1000))
        // Measured against |expected| only: asymmetric.
        #expect(Tolerance.relative(0.5).accepts(2, 1.5))     // |Δ| 0.5 ≤ 0.75
        #expect(!Tolerance.relative(0.5).accepts(1.5, 0.9))  // |Δ| 0.6 > 0.45
    }

    @Test func relativeNearZeroAcceptsOnlyZero() {
        #expect(Tolerance.relative(1e-9).accepts(0, 0))
        #expect(Tolerance.relative(1e-9).accepts(-0.0, 0))
        #expect(!Tolerance.relative(1e-9).accepts(1e-300, 0))
        #expect(!Tolerance.relative(0.5).accepts(.leastNonzeroMagnitude, 0))
        // Either bound may hold.
        #expect(Tolerance.absoluteOrRelative(absolute: 1e-12, relative: 1e-9).accepts(1e-13, 0))
        #expect(Tolerance.absoluteOrRelative(absolute: 1e-12, relative: 1e-9).accepts(1e9 + 0.5, 1e9))
        #expect(!Tolerance.absoluteOrRelative(absolute: 1e-12, relative: 1e-9).accepts(1e9 + 2, 1e9))
        #expect(!Tolerance.absoluteOrRelative(absolute: 1e-12, relative: 1e-9).accepts(1e-11, 0))
    }

    @Test func relativeFailureNearZeroExplainsItself() {
        let reported = failure { expectClose(1e-17, 0, tolerance: .relative(1e-9), call: "f()") }
        #expect(reported?.message == "expected 0.0, got 1e-17 (a relative tolerance accepts only exactly 0 when 0 is expected)")
        let absolute = failure { expectClose(1e-7, 0, tolerance: .absolute(1e-9), call: "f()") }
        #expect(absolute?.message == "expected 0.0, got 1e-7")
    }

    @Test func exactUsesEquality() {
        #expect(Tolerance.exact.accepts(0.1 + 0.2, 0.30000000000000004))
        #expect(!Tolerance.exact.accepts(0.1 + 0.2, 0.3))
        #expect(Tolerance.exact.accepts(-0.0, 0.0))
    }

    @Test(arguments: [Tolerance.exact, .absolute(1), .relative(1), .absoluteOrRelative(absolute: 1, relative: 1), .absolute(.infinity)])
    func nanAndInfinityRules(tolerance: Tolerance) {
        #expect(tolerance.accepts(.nan, .nan))
        #expect(!tolerance.accepts(.nan, 1))
        #expect(!tolerance.accepts(1, .nan))
        #expect(!tolerance.accepts(.nan, .infinity))
        #expect(tolerance.accepts(.infinity, .infinity))
        #expect(tolerance.accepts(-.infinity, -.infinity))
        #expect(!tolerance.accepts(-.infinity, .infinity))
        #expect(!tolerance.accepts(.greatestFiniteMagnitude, .infinity))
        #expect(!tolerance.accepts(.infinity, .greatestFiniteMagnitude))
    }

    @Test func invalidToleranceNeverPasses() {
        #expect(!Tolerance.absolute(-1).accepts(1, 1))
        #expect(!Tolerance.relative(.nan).accepts(1, 1))
        #expect(!Tolerance.absoluteOrRelative(absolute: 1, relative: -1).accepts(1, 1))
        let reported = failure { expectClose(1, 1, tolerance: .absolute(-1e-9), call: "f()") }
        #expect(reported?.message.contains("negative or NaN") == true)
    }

    @Test func descriptions() {
        #expect(Tolerance.exact.description == "exactly equal")
        #expect(Tolerance.absolute(1e-12).description == "|Δ| ≤ 1e-12")
        #expect(Tolerance.absolute(0.5).description == "|Δ| ≤ 0.5")
        #expect(Tolerance.relative(1e-9).description == "|Δ| ≤ 1e-9 × |expected|")
        #expect(Tolerance.absoluteOrRelative(absolute: 1e-12, relative: 1e-6).description == "|Δ| ≤ 1e-12 or |Δ| ≤ 1e-6 × |expected|")
    }

    @Test func numbersPrintShortestWithTrimmedExponent() {
        #expect(ValueText.number(0.1) == "0.1")
        #expect(ValueText.number(1e-9) == "1e-9")
        #expect(ValueText.number(1e16) == "1e+16")
        #expect(ValueText.number(2.5e-300) == "2.5e-300")
        #expect(ValueText.number(1e100) == "1e+100")
        #expect(ValueText.number(Double.nan) == "nan")
        #expect(ValueText.number(-Double.infinity) == "-inf")
        #expect(ValueText.number(Float(0.1)) == "0.1")
        #expect(ValueText.trimExponent("1e-00") == "1e-0")
        #expect(ValueText.trimExponent("12345") == "12345")
    }
}
