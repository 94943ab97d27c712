import CourseCheck

// Fixed codes are written out by hand from the binary expansions (6 = 110₂, 13 = 1101₂,
// 1023 = ten ones, 1024 = 1 followed by ten zeros). Codes hold only 0 and 1, so every
// comparison is exact.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum Reference {
    /// How many entries of two codes differ; nil if their lengths differ.
    static func differingEntries(_ a: [Double], _ b: [Double]) -> Int? {
        guard a.count == b.count else { return nil }
        return zip(a, b).filter { $0 != $1 }.count
    }
}

let checks: [Check] = [
    Check("6 is 0, 1, 1, 0, 0, lowest bit first", points: 1,
          hint: "6 = 4 + 2 = 110 in binary; read it from the right: bit 0 is 0, bit 1 is 1, bit 2 is 1.") {
        expectEqual(binaryEncoding(position: 6, bits: 5), [0, 1, 1, 0, 0],
                    call: "binaryEncoding(position: 6, bits: 5)")
    },
    Check("small codes from the table", points: 1,
          hint: "Return exactly `bits` values, padding with zeros above the highest set bit.") {
        expectEqual(binaryEncoding(position: 0, bits: 4), [0, 0, 0, 0], call: "binaryEncoding(position: 0, bits: 4)")
        expectEqual(binaryEncoding(position: 1, bits: 4), [1, 0, 0, 0], call: "binaryEncoding(position: 1, bits: 4)")
        expectEqual(binaryEncoding(position: 13, bits: 4), [1, 0, 1, 1], call: "binaryEncoding(position: 13, bits: 4)")
        expectEqual(binaryEncoding(position: 16, bits: 5), [0, 0, 0, 0, 1], call: "binaryEncoding(position: 16, bits: 5)")
    },
    Check("1023 and 1024 differ in all eleven bits", points: 1,
          hint: "1023 has bits 0 to 9 set; adding 1 carries through all of them into bit 10.") {
        expectEqual(binaryEncoding(position: 1023, bits: 11), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
                    call: "binaryEncoding(position: 1023, bits: 11)")
        expectEqual(binaryEncoding(position: 1024, bits: 11), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
                    call: "binaryEncoding(position: 1024, bits: 11)")
    },
    Check("neighbours 7 and 8 differ in four bits; 8 and 24, sixteen apart, in one", points: 1,
          hint: "7 = 0111 and 8 = 1000 in binary; 24 = 11000 differs from 8 = 01000 only in bit 4.") {
        let d78 = Reference.differingEntries(binaryEncoding(position: 7, bits: 5), binaryEncoding(position: 8, bits: 5))
        expectEqual(d78, 4, call: "number of differing entries of binaryEncoding(position: 7, bits: 5) and binaryEncoding(position: 8, bits: 5)")
        let d824 = Reference.differingEntries(binaryEncoding(position: 8, bits: 5), binaryEncoding(position: 24, bits: 5))
        expectEqual(d824, 1, call: "number of differing entries of binaryEncoding(position: 8, bits: 5) and binaryEncoding(position: 24, bits: 5)")
    },
    Check.property("every entry is 0 or 1 and the code reads back as the position", points: 2, cases: 200,
                   hint: "Entry i is worth 2^i: the code must be the position's own binary digits, nothing scaled or shifted.") { random in
        let bits = random.int(in: 1...40)
        let position = random.int(in: 0...((1 << bits) - 1))
        let code = binaryEncoding(position: position, bits: bits)
        let call = "binaryEncoding(position: \(position), bits: \(bits))"
        guard code.count == bits else {
            expectEqual(code.count, bits, call: call + ".count")
            return
        }
        expectTrue(code.allSatisfy { $0 == 0 || $0 == 1 }, "every entry must be 0 or 1", call: call)
        // Exact: the entries are 0 or 1 and the sum is an integer below 2^40.
        let value = code.enumerated().reduce(0.0) { $0 + $1.element * Double(1 << $1.offset) }
        expectEqual(value, Double(position), call: "Σ code[i] · 2^i for " + call)
    },
    Check("all 256 positions below 2⁸ get different 8-bit codes", points: 1,
          hint: "Different numbers have different binary digits; if two codes coincide, some bit is read wrongly.") {
        let codes = (0..<256).map { binaryEncoding(position: $0, bits: 8) }
        // NaN never equals NaN, so codes of NaN would all count as different: ask for bits first.
        expectTrue(codes.allSatisfy { $0.allSatisfy { $0 == 0 || $0 == 1 } }, "every entry must be 0 or 1",
                   call: "(0..<256).map { binaryEncoding(position: $0, bits: 8) }")
        expectEqual(Set(codes).count, 256, call: "Set((0..<256).map { binaryEncoding(position: $0, bits: 8) }).count")
    },
    Check("a position that does not fit in `bits` is rejected; the largest that fits is not", points: 1,
          hint: "A position p fits in b bits when p < 2^b. Return [] for one that does not; keeping only its lowest bits would give it a smaller position's code.") {
        // By hand: 15 = 1111₂ fits in 4 bits, 16 = 10000₂ needs 5; 255 = eight ones, 256 needs 9.
        expectEqual(binaryEncoding(position: 15, bits: 4), [1, 1, 1, 1], call: "binaryEncoding(position: 15, bits: 4)")
        expectEqual(binaryEncoding(position: 16, bits: 4), [], call: "binaryEncoding(position: 16, bits: 4)")
        expectEqual(binaryEncoding(position: 255, bits: 8), [1, 1, 1, 1, 1, 1, 1, 1], call: "binaryEncoding(position: 255, bits: 8)")
        expectEqual(binaryEncoding(position: 256, bits: 8), [], call: "binaryEncoding(position: 256, bits: 8)")
        expectEqual(binaryEncoding(position: 1000, bits: 3), [], call: "binaryEncoding(position: 1000, bits: 3)")
    },
    Check.property("bit i flips between p and p + 1 exactly when p + 1 is a multiple of 2^i", points: 2, cases: 200,
                   hint: "Count in binary: bit 0 flips every step, bit 1 every 2 steps, bit 2 every 4 steps, …") { random in
        let i = random.int(in: 0...12)
        let p = random.bool() ? random.int(in: 0...50_000) : random.int(in: 1...24) * (1 << i) - 1  // include flips
        let here = binaryEncoding(position: p, bits: 20), next = binaryEncoding(position: p + 1, bits: 20)
        guard here.count == 20, next.count == 20 else {
            expectTrue(false, "each code must have 20 entries", call: "binaryEncoding(position: \(p), bits: 20)")
            return
        }
        let flips = here[i] != next[i]
        expectEqual(flips, (p + 1) % (1 << i) == 0,
                    call: "binaryEncoding(position: \(p), bits: 20)[\(i)] != binaryEncoding(position: \(p + 1), bits: 20)[\(i)]")
    },
    Check.property("bit i repeats with period 2^(i+1)", points: 1, cases: 200,
                   hint: "Bit i is a square wave: 2^i zeros, then 2^i ones, then again.") { random in
        let i = random.int(in: 0...12)
        let p = random.int(in: 0...50_000)
        let here = binaryEncoding(position: p, bits: 20), later = binaryEncoding(position: p + (2 << i), bits: 20)
        let halfway = binaryEncoding(position: p + (1 << i), bits: 20)
        guard here.count == 20, later.count == 20, halfway.count == 20 else {
            expectTrue(false, "each code must have 20 entries", call: "binaryEncoding(position: \(p), bits: 20)")
            return
        }
        // A constant bit repeats with every period, and NaN (an expected NaN accepts a NaN)
        // would too: the bit must be a bit, and it must change half a period later.
        guard here[i] == 0 || here[i] == 1 else {
            expectTrue(false, "every entry must be 0 or 1", call: "binaryEncoding(position: \(p), bits: 20)[\(i)]")
            return
        }
        expectTrue(halfway[i] != here[i], "bit \(i) must flip after 2^\(i) = \(1 << i) steps, half its period",
                   call: "binaryEncoding(position: \(p + (1 << i)), bits: 20)[\(i)] compared with binaryEncoding(position: \(p), bits: 20)[\(i)]")
        expectEqual(later[i], here[i],
                    call: "binaryEncoding(position: \(p + (2 << i)), bits: 20)[\(i)] compared with binaryEncoding(position: \(p), bits: 20)[\(i)]")
    },
]
