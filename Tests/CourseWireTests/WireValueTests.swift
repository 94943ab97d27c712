import CourseWire
import Testing

@Suite struct WireValueTests {
    private func roundTrip<Value: WireValue & Equatable>(_ value: Value) throws -> Value {
        var writer = WireWriter()
        writer.write(value)
        var reader = WireReader(writer.bytes)
        let back: Value = try reader.read()
        try reader.finish()
        return back
    }

    @Test func valuesComeBackBitForBit() throws {
        #expect(try roundTrip(0) == 0)
        #expect(try roundTrip(Int.min) == Int.min)
        #expect(try roundTrip(-1) == -1)
        #expect(try roundTrip(0.1 + 0.2) == 0.1 + 0.2)
        #expect(try roundTrip(-0.0).sign == .minus)
        #expect(try roundTrip(Double.leastNonzeroMagnitude) == .leastNonzeroMagnitude)
        #expect(try roundTrip(Float(1) / 3) == Float(1) / 3)
        #expect(try roundTrip(true) && !(try roundTrip(false)))
        #expect(try roundTrip("θ = 10000^(−2i/d) 🙂") == "θ = 10000^(−2i/d) 🙂")
        #expect(try roundTrip([[1.5, -2], [], [3]]) == [[1.5, -2], [], [3]])
        #expect(try roundTrip([Int?.none, 4]) == [nil, 4])
    }

    @Test func nanSurvivesAndIsFound() throws {
        var writer = WireWriter()
        writer.write([[1.0, 2.0], [3.0, .nan]])
        var reader = WireReader(writer.bytes)
        let matrix: [[Double]] = try reader.read()
        #expect(matrix[1][1].isNaN)
        #expect(matrix.firstNaN() == "[1][1]")
        #expect(Double.nan.firstNaN() == "")
        #expect([1.0, 2.0].firstNaN() == nil)
        #expect([Float.nan].firstNaN() == "[0]")
    }

    /// Bytes from the learner's process are hostile: none may trap the reader or make it
    /// allocate what was not sent.
    @Test(arguments: [
        [UInt8](),                                  // nothing at all
        [0xFF, 0xFF, 0xFF, 0xFF],                   // 4 billion elements, no bytes
        [2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],       // 2 doubles promised, 1.x sent
        [1, 0, 0, 0, 0xC3],                         // a string cut inside a character
    ])
    func malformedBytesThrow(_ bytes: [UInt8]) {
        var reader = WireReader(bytes)
        #expect(throws: WireError.self) { let _: [Double] = try reader.read() }
    }

    @Test(arguments: [[UInt8](), [0xFF, 0xFF, 0xFF, 0xFF], [1, 0, 0, 0, 0xC3], [3, 0, 0, 0, 0x61]])
    func malformedStringsThrow(_ bytes: [UInt8]) {
        var reader = WireReader(bytes)
        #expect(throws: WireError.self) { let _: String = try reader.read() }
    }

    @Test func leftoverBytesAreMalformed() throws {
        var writer = WireWriter()
        writer.write(1)
        writer.write(2)
        var reader = WireReader(writer.bytes)
        let _: Int = try reader.read()
        #expect(throws: WireError.self) { try reader.finish() }
    }

    @Test func boolMustBeZeroOrOne() {
        var reader = WireReader([2])
        #expect(throws: WireError.self) { let _: Bool = try reader.read() }
    }
}

@Suite struct WireTypeTests {
    @Test(arguments: [
        ("Int", WireType.int), ("[Double]", .array(.double)), ("[[Double]]", .array(.array(.double))),
        (" [ Int ] ", .array(.int)), ("Double?", .optional(.double)), ("Array<Bool>", .array(.bool)),
        ("[String?]", .array(.optional(.string))), ("Optional<Float>", .optional(.float)),
    ])
    func swiftSpellingsParse(_ text: String, _ type: WireType) {
        #expect(WireType(swiftType: text) == type)
        #expect(WireType(swiftType: type.description) == type)
    }

    @Test(arguments: ["UInt8", "(Int, Int)", "[Int: Double]", "SIMD2<Double>", "", "[]", "Character"])
    func otherTypesAreRefused(_ text: String) {
        #expect(WireType(swiftType: text) == nil)
    }

    @Test func dynamicValuesWriteTheSameBytesAsTypedOnes() throws {
        var typed = WireWriter()
        typed.write([[0.5, -1.0], [2.0, 3.0]])
        var reader = WireReader(typed.bytes)
        let value = try WireDynamic.read(.array(.array(.double)), from: &reader)
        var again = WireWriter()
        value.write(to: &again)
        #expect(again.bytes == typed.bytes)
        #expect(value.zeroed == .array([.array([.double(0), .double(0)]), .array([.double(0), .double(0)])]))
        guard case .array(let rows) = value.poisoned, case .array(let first) = rows[0], case .double(let x) = first[0] else {
            Issue.record("poisoned changed the shape")
            return
        }
        #expect(x.isNaN)
        #expect(WireType.array(.double).emptyValue == .array([]))
    }
}
