import CourseCheck

// Expected distances are worked out by hand from the binary expansions (all quoted in the
// lesson). The step rule is computed here by dividing by 2, not with bit tricks, and the total
// over 1...1023 comes from Legendre's formula: Σ (1 + k(p)) = 1023 + (1023 − 10) = 2036, where
// 10 is the number of ones in 1023 = 1111111111₂. Everything is an integer: exact comparisons.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
private enum Reference {
    /// The exponent of the largest power of 2 dividing p (p ≥ 1), by repeated division.
    static func twos(in p: Int) -> Int {
        var p = p, k = 0
        while p % 2 == 0 { p /= 2; k += 1 }
        return k
    }
}

let checks: [Check] = [
    Check("neighbours 7 and 8 differ in four bits", points: 1,
          hint: "7 = 0111 and 8 = 1000 in binary: every one of the four bits changes.") {
        expectEqual(hammingDistance(7, 8), 4, call: "hammingDistance(7, 8)")
    },
    Check("the distances quoted in the lesson", points: 2,
          hint: "Compare the two numbers bit by bit, as far up as the higher of the two has bits.") {
        expectEqual(hammingDistance(8, 24), 1, call: "hammingDistance(8, 24)")        // 01000 vs 11000
        expectEqual(hammingDistance(511, 512), 10, call: "hammingDistance(511, 512)") // nine ones vs bit 9
        expectEqual(hammingDistance(1023, 1024), 11, call: "hammingDistance(1023, 1024)")
        expectEqual(hammingDistance(15, 16), 5, call: "hammingDistance(15, 16)")      // 01111 vs 10000
        expectEqual(hammingDistance(16, 48), 1, call: "hammingDistance(16, 48)")      // 010000 vs 110000
        expectEqual(hammingDistance(5, 5), 0, call: "hammingDistance(5, 5)")
    },
    Check.property("it is a distance: symmetric, zero only for equal positions, triangle inequality", points: 1, cases: 200,
                   hint: "The count of differing bits does not depend on the order of the arguments and is 0 only when every bit agrees.") { random in
        let p = random.int(in: 0...1_000_000), q = random.int(in: 0...1_000_000), r = random.int(in: 0...1_000_000)
        expectEqual(hammingDistance(p, q), hammingDistance(q, p), call: "hammingDistance(\(p), \(q)) compared with hammingDistance(\(q), \(p))")
        expectEqual(hammingDistance(p, p), 0, call: "hammingDistance(\(p), \(p))")
        if p != q {
            expectTrue(hammingDistance(p, q) > 0, "different positions must have different codes", call: "hammingDistance(\(p), \(q))")
        }
        expectTrue(hammingDistance(p, r) <= hammingDistance(p, q) + hammingDistance(q, r),
                   "hammingDistance(p, r) ≤ hammingDistance(p, q) + hammingDistance(q, r)",
                   call: "hammingDistance(\(p), \(r)), hammingDistance(\(p), \(q)), hammingDistance(\(q), \(r))")
    },
    Check.property("one step, p − 1 to p, flips 1 + k bits where 2^k is the largest power of 2 dividing p", points: 2, cases: 200,
                   hint: "Look at p − 1 and p in binary: the trailing ones of p − 1 all flip, and so does the bit above them.") { random in
        let p = random.bool() ? random.int(in: 1...1_000_000) : random.int(in: 1...1_000) << random.int(in: 1...20)
        expectEqual(hammingDistance(p - 1, p), 1 + Reference.twos(in: p), call: "hammingDistance(\(p - 1), \(p))")
    },
    Check("2036 bits flip on the way from 0 to 1023, about 1.99 per step", points: 1,
          hint: "Half the steps flip one bit, a quarter flip two, an eighth flip three, …") {
        expectEqual((1...1023).reduce(0) { $0 + hammingDistance($1 - 1, $1) }, 2036,
                    call: "(1...1023).reduce(0) { $0 + hammingDistance($1 - 1, $1) }")
    },
    Check.property("positions 2^j apart can differ in a single bit", points: 1, cases: 100,
                   hint: "For p below 2^j, adding 2^j only sets bit j, which p does not have.") { random in
        let j = random.int(in: 1...40)
        let p = random.int(in: 0...((1 << j) - 1))
        expectEqual(hammingDistance(p, p + (1 << j)), 1, call: "hammingDistance(\(p), \(p + (1 << j)))")
        // A function that always answers 1 would pass the line above. Adding 3 · 2^j instead
        // sets bits j and j + 1, neither of which p has: two bits.
        expectEqual(hammingDistance(p, p + (3 << j)), 2, call: "hammingDistance(\(p), \(p + (3 << j)))")
    },
]
