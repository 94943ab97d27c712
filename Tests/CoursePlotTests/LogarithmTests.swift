import Foundation
import Testing
@testable import CoursePlot

/// CoursePlot's own logarithm (no libm), used by log-scale bar charts.
@Suite struct LogarithmTests {
    @Test(arguments: -6...22)
    func powersOfTenGiveWholeExponents(k: Int) {
        #expect(Logarithm.log10(Logarithm.power(of: k)) == Double(k))
    }

    @Test(arguments: [1e-300, 0.003, 0.5, 1.5, 2, 3, 7.25, 1_966_080, 34_560, 6.02e23, 1e300])
    func agreesWithTheSystemLogarithm(x: Double) throws {
        let ours = try #require(Logarithm.ln(x))
        #expect(abs(ours - Foundation.log(x)) <= 1e-14 * max(1, abs(Foundation.log(x))))
        let ours10 = try #require(Logarithm.log10(x))
        #expect(abs(ours10 - Foundation.log10(x)) <= 1e-14 * max(1, abs(Foundation.log10(x))))
    }

    @Test(arguments: [0, -1, Double.nan, Double.infinity])
    func hasNoLogarithmOutsideThePositiveNumbers(x: Double) {
        #expect(Logarithm.ln(x) == nil)
        #expect(Logarithm.log10(x) == nil)
    }

    @Test func labelsPowersWithSuperscripts() {
        #expect(Logarithm.powerLabel(4) == "10⁴")
        #expect(Logarithm.powerLabel(12) == "10¹²")
        #expect(Logarithm.powerLabel(-3) == "10⁻³")
        #expect(Logarithm.powerLabel(0) == "10⁰")
    }
}
