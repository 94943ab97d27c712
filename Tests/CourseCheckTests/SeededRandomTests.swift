import Testing
@testable import CourseCheck

@Suite struct SeededRandomTests {
    @Test func matchesReferenceSplitMix64() {
        // Outputs of the reference C implementation (Vigna's splitmix64.c).
        var zero = SeededRandom(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        #expect(zero.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(zero.next() == 0x06C4_5D18_8009_454F)
        var other = SeededRandom(seed: 12345)
        #expect(other.next() == 0x2211_8258_A9D1_11A0)
        #expect(other.next() == 0x346E_DCE5_F713_F8ED)
    }

    @Test func sameSeedSameValuesDifferentSeedDifferentValues() {
        var a = SeededRandom(seed: 7)
        var b = SeededRandom(seed: 7)
        var c = SeededRandom(seed: 8)
        let first = (a.doubles(count: 5, in: -1...1), a.int(in: 0...1000), a.bool(), a.matrix(rows: 2, columns: 2, in: 0...1))
        let second = (b.doubles(count: 5, in: -1...1), b.int(in: 0...1000), b.bool(), b.matrix(rows: 2, columns: 2, in: 0...1))
        #expect(first.0 == second.0 && first.1 == second.1 && first.2 == second.2 && first.3 == second.3)
        #expect(c.doubles(count: 5, in: -1...1) != first.0)
    }

    @Test func doublesStayInRange() {
        var random = SeededRandom(seed: 1)
        for _ in 0..<10_000 {
            let x = random.double(in: -10...10)
            #expect(x >= -10 && x <= 10)
        }
        for _ in 0..<1_000 {
            let wide = random.double(in: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude)
            #expect(wide.isFinite)
        }
        #expect(random.double(in: 3...3) == 3)
        // A half-open range one ulp wide holds exactly one value.
        for _ in 0..<100 { #expect(random.double(in: 1.0..<1.0.nextUp) == 1.0) }
        for _ in 0..<1_000 {
            let x = random.double(in: 0..<1)
            #expect(x >= 0 && x < 1)
        }
    }

    @Test func doublesCoverTheRange() {
        var random = SeededRandom(seed: 2)
        let values = random.doubles(count: 10_000, in: 0...1)
        #expect(values.min()! < 0.001)
        #expect(values.max()! > 0.999)
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(abs(mean - 0.5) < 0.01)
    }

    @Test func intsAreUniformAndInRange() {
        var random = SeededRandom(seed: 3)
        var counts = [0, 0, 0]
        for _ in 0..<30_000 { counts[random.int(in: 0...2)] += 1 }
        // Expected 10 000 each; the standard deviation is about 82.
        #expect(counts.allSatisfy { (9_600...10_400).contains($0) }, "\(counts)")
        for _ in 0..<1_000 {
            let k = random.int(in: -5..<5)
            #expect(k >= -5 && k < 5)
        }
        #expect(random.int(in: 42...42) == 42)
        // The full range of Int works, and its values are spread over both signs.
        let full = (0..<64).map { _ in random.int(in: Int.min...Int.max) }
        #expect(full.contains { $0 < 0 } && full.contains { $0 > 0 })
        let top = (0..<64).map { _ in random.int(in: (Int.max - 1)...Int.max) }
        #expect(Set(top) == [Int.max - 1, Int.max])
    }

    @Test func boolsTakeBothValues() {
        var random = SeededRandom(seed: 4)
        let trues = (0..<1_000).filter { _ in random.bool() }.count
        #expect((400...600).contains(trues))
    }

    @Test func matrixHasTheRequestedShape() {
        var random = SeededRandom(seed: 5)
        let m = random.matrix(rows: 3, columns: 4, in: -1...1)
        #expect(m.count == 3 && m.allSatisfy { $0.count == 4 })
        #expect(m.joined().allSatisfy { $0 >= -1 && $0 <= 1 })
        #expect(random.matrix(rows: 0, columns: 4, in: 0...1).isEmpty)
    }

    @Test func caseSeedsAreTheOutputsOfTheCheckSeed() {
        var sequence = SeededRandom(seed: 99)
        for index in 0..<5 {
            #expect(SeededRandom.caseSeed(99, index: index) == sequence.next())
        }
    }

    @Test func defaultSeedIsFNV1a() {
        #expect(Check.defaultSeed(for: "") == 0xCBF2_9CE4_8422_2325)
        #expect(Check.defaultSeed(for: "a") == 0xAF63_DC4C_8601_EC8C)
        #expect(Check.defaultSeed(for: "foobar") == 0x8594_4171_F739_67E8)
        #expect(Check.property("rotation keeps the norm") { _ in }.seed == 0xECF0_9A3A_E946_E6D4)
        #expect(Check.property("x", seed: 5) { _ in }.seed == 5)
        #expect(Check("x") {}.seed == nil)
    }
}
