@testable import CoursePlot
import Testing

/// The nice-number tick algorithm and its labels.
@Suite struct TicksTests {
    @Test(arguments: [
        (0.7, 1, 0), (1.0, 1, 0), (1.01, 2, 0), (2.0, 2, 0), (2.5, 5, 0), (4.99, 5, 0), (5.01, 1, 1),
        (12.0, 2, 1), (0.03, 5, -2), (0.2000000000001, 2, -1), (0.30000000000000004, 5, -1), (7e5, 1, 6), (1.5e-7, 2, -7),
    ])
    func smallestNiceStepAtLeast(raw: Double, mantissa: Int, exponent: Int) {
        #expect(TickStep.atLeast(raw) == TickStep(mantissa: mantissa, exponent: exponent))
    }

    @Test func stepsIncreaseThroughOneTwoFive() {
        var step = TickStep(mantissa: 1, exponent: -1)
        var values: [Double] = []
        for _ in 0..<6 {
            values.append(step.value)
            step = step.next
        }
        #expect(values == [0.1, 0.2, 0.5, 1, 2, 5])
    }

    @Test func ticksInside() {
        let ticks = Ticks.inside(0, 63, maxCount: 8)
        #expect(ticks.values == [0, 10, 20, 30, 40, 50, 60])
        #expect(ticks.labels == ["0", "10", "20", "30", "40", "50", "60"])
        let unit = Ticks.inside(-1, 1, maxCount: 5)
        #expect(unit.values == [-1, -0.5, 0, 0.5, 1])
        #expect(unit.labels == ["\u{2212}1.0", "\u{2212}0.5", "0.0", "0.5", "1.0"])
        let odd = Ticks.inside(0.03, 0.97, maxCount: 6)
        #expect(odd.values == [0.2, 0.4, 0.6, 0.8])
        #expect(odd.labels == ["0.2", "0.4", "0.6", "0.8"])
    }

    @Test func ticksNeverExceedTheLimit() {
        for maxCount in 2...12 {
            for (low, high) in [(0.0, 1.0), (-3.7, 12.2), (0.001, 0.0093), (5.0, 5.0), (-1e6, 3e7), (17.0, 17.5)] {
                let inside = Ticks.inside(low, high, maxCount: maxCount)
                #expect(inside.count <= maxCount && inside.count >= 1, "\(low)…\(high) max \(maxCount)")
                let extended = Ticks.extending(low, high, maxCount: maxCount)
                #expect(extended.count <= max(maxCount, 3), "\(low)…\(high) max \(maxCount)")
                #expect(extended.step.exponent < 20, "\(low)…\(high) max \(maxCount)")
                #expect(extended.lowest <= min(low, high) || low == high, "\(low)…\(high) max \(maxCount): \(extended)")
                #expect(extended.highest >= max(low, high) || low == high, "\(low)…\(high) max \(maxCount): \(extended)")
            }
        }
    }

    @Test func extendingWidensToNiceEnds() {
        let ticks = Ticks.extending(0.02, 0.97, maxCount: 6)
        #expect(ticks.lowest == 0 && ticks.highest == 1)
        #expect(ticks.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let sine = Ticks.extending(-0.9994, 0.9996, maxCount: 8)
        #expect(sine.values == [-1, -0.5, 0, 0.5, 1])
        let bars = Ticks.extending(0, 1_048_576, maxCount: 7)
        #expect(bars.values == [0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000])
        #expect(bars.labels == ["0", "2e5", "4e5", "6e5", "8e5", "1e6", "1.2e6"])
    }

    @Test func integerTicksForIndices() {
        #expect(Ticks.inside(0, 3, maxCount: 10, integers: true).values == [0, 1, 2, 3])
        #expect(Ticks.inside(0, 1, maxCount: 10, integers: true).labels == ["0", "1"])
    }

    @Test func labelStyles() {
        #expect(Ticks.label(0, exponent: 0, scientific: false) == "0")
        #expect(Ticks.label(0, exponent: -2, scientific: false) == "0.00")
        #expect(Ticks.label(5, exponent: -1, scientific: false) == "0.5")
        #expect(Ticks.label(15, exponent: -1, scientific: false) == "1.5")
        #expect(Ticks.label(-25, exponent: -2, scientific: false) == "\u{2212}0.25")
        #expect(Ticks.label(5, exponent: -4, scientific: false) == "0.0005")
        #expect(Ticks.label(2, exponent: 3, scientific: false) == "2000")
        #expect(Ticks.label(10000, exponent: 0, scientific: false) == "10000")
        #expect(Ticks.label(15, exponent: 5, scientific: true) == "1.5e6")
        #expect(Ticks.label(2, exponent: -5, scientific: true) == "2e-5")
        #expect(Ticks.label(-10, exponent: 4, scientific: true) == "\u{2212}1e5")
        #expect(Ticks.label(0, exponent: 5, scientific: true) == "0")
    }

    @Test func scientificOnlyForExtremeScales() {
        #expect(!Ticks.inside(0, 10000, maxCount: 5).isScientific)      // 0, 2500? no: 0, 5000, 10000 plain
        #expect(Ticks.inside(0, 10000, maxCount: 5).labels.last == "10000")
        #expect(Ticks.inside(0, 5e5, maxCount: 5).isScientific)
        #expect(Ticks.inside(0, 5e-5, maxCount: 5).isScientific)
        #expect(!Ticks.inside(0, 0.001, maxCount: 5).isScientific)
        #expect(Ticks.inside(1_000_000, 1_000_050, maxCount: 5).isScientific)  // seven-digit labels
    }

    @Test func sanitizedDomains() {
        #expect(Ticks.sanitized(2, 1) == (1, 2))
        #expect(Ticks.sanitized(0, 0) == (-1, 1))
        #expect(Ticks.sanitized(10, 10) == (9, 11))
        #expect(Ticks.sanitized(.nan, 1) == (0, 1))
        #expect(Ticks.sanitized(-.infinity, 1) == (0, 1))
    }
}

/// Coordinates, colours and trigonometry: deterministic, platform-independent.
@Suite struct FormatTests {
    @Test func coordinates() {
        #expect(Format.number(0) == "0")
        #expect(Format.number(-0.0) == "0")
        #expect(Format.number(-0.001) == "0")
        #expect(Format.number(12) == "12")
        #expect(Format.number(12.5) == "12.5")
        #expect(Format.number(12.345) == "12.35" || Format.number(12.345) == "12.34")
        #expect(Format.number(0.05) == "0.05")
        #expect(Format.number(-3.1) == "-3.1")
        #expect(Format.number(-0.07) == "-0.07")
        #expect(Format.number(.nan) == "0")
        #expect(Format.number(1e30) == "1000000000")
        #expect(Format.hundredths(-1205) == "-12.05")
    }

    @Test func colours() {
        #expect(Format.hexColor(red: 0, green: 0.5, blue: 1) == "#0080ff")
        #expect(Format.hexColor(red: -1, green: 2, blue: .nan) == "#00ff00")
        #expect(Format.hex32(0xDEAD_BEEF) == "deadbeef")
        #expect(Format.hex32(1) == "00000001")
    }

    @Test func sineAndCosine() {
        let pi = Trig.pi
        for (angle, cos, sin) in [(0.0, 1.0, 0.0), (pi / 2, 0, 1), (pi, -1, 0), (-pi / 2, 0, -1), (pi / 6, 0.8660254037844387, 0.5),
                                  (2 * pi, 1, 0), (100.0, 0.8623188722876839, -0.5063656411097588)] {
            let result = Trig.cosSin(angle)
            #expect(abs(result.cos - cos) < 1e-12, "cos \(angle)")
            #expect(abs(result.sin - sin) < 1e-12, "sin \(angle)")
        }
    }
}
