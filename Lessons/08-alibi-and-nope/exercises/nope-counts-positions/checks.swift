import CourseCheck

// Expected outputs worked out by hand: with equal scores the softmax weights are 1/(number of
// visible tokens), and only token 0 carries the marker, so the causal output at position i is
// marker/(i + 1) and an encoder's is marker/length everywhere (for example 1, 1/2, 1/3, 1/4
// and 1/4 four times). Decimal forms are the correctly rounded doubles of those fractions.
//
// Tolerance: relative 1e-12; the exact result is one division (or a sum with one non-zero
// term, divided), within an ulp or two. Positions are integers and compared exactly.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum MarkerReference {
    static func shuffled(_ values: [Int], _ random: inout SeededRandom) -> [Int] {
        var result = values
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, random.int(in: 0...i))
        }
        return result
    }
}

let checks: [Check] = [
    Check("causal outputs for 4 tokens: 1, 1/2, 1/3, 1/4", points: 2,
          hint: "Position i sees i + 1 tokens with equal weight, and one of them carries the marker.") {
        expectClose(uniformHeadMarker(length: 4, marker: 1, causal: true), [1, 0.5, 0.3333333333333333, 0.25],
                    tolerance: .relative(1e-12), call: "uniformHeadMarker(length: 4, marker: 1, causal: true)")
        expectClose(uniformHeadMarker(length: 3, marker: 2.5, causal: true), [2.5, 1.25, 0.8333333333333334],
                    tolerance: .relative(1e-12), call: "uniformHeadMarker(length: 3, marker: 2.5, causal: true)")
    },
    Check("an encoder gives every position the same output", points: 1,
          hint: "Without the mask every token sees all `length` tokens.") {
        expectClose(uniformHeadMarker(length: 4, marker: 1, causal: false), [0.25, 0.25, 0.25, 0.25],
                    tolerance: .relative(1e-12), call: "uniformHeadMarker(length: 4, marker: 1, causal: false)")
        expectClose(uniformHeadMarker(length: 1, marker: 3, causal: false), [3],
                    tolerance: .relative(1e-12), call: "uniformHeadMarker(length: 1, marker: 3, causal: false)")
    },
    Check.property("random lengths and markers, with and without the mask", points: 1, cases: 100,
                   hint: "The causal output must fall with the position; the encoder's is the same everywhere.") { random in
        let length = random.int(in: 1...300)
        let marker = random.double(in: 0.1...10)
        let causal = uniformHeadMarker(length: length, marker: marker, causal: true)
        expectClose(causal, (0..<length).map { marker / Double($0 + 1) }, tolerance: .relative(1e-12),
                    call: "uniformHeadMarker(length: \(length), marker: \(marker), causal: true)")
        let encoder = uniformHeadMarker(length: length, marker: marker, causal: false)
        expectClose(encoder, [Double](repeating: marker / Double(length), count: length), tolerance: .relative(1e-12),
                    call: "uniformHeadMarker(length: \(length), marker: \(marker), causal: false)")
    },
    Check("positions from outputs in any order", points: 2,
          hint: "Solve output = marker / (position + 1) for the position, then round to the nearest whole number.") {
        expectEqual(positionsFromMarker([0.25, 1, 0.5, 0.3333333333333333], marker: 1), [3, 0, 1, 2],
                    call: "positionsFromMarker([0.25, 1, 0.5, 0.3333333333333333], marker: 1)")
        // 3/7, 3/100, 3: positions 6, 99 and 0.
        expectEqual(positionsFromMarker([0.42857142857142855, 0.03, 3], marker: 3), [6, 99, 0],
                    call: "positionsFromMarker([0.42857142857142855, 0.03, 3], marker: 3)")
    },
    Check.property("positions up to 100,000, shuffled, with rounding errors", points: 2, cases: 100,
                   hint: "Round after inverting: an output off by one part in a billion must still give its position.") { random in
        let marker = random.double(in: 0.1...10)
        let count = random.int(in: 1...40)
        let positions = MarkerReference.shuffled((0..<count).map { _ in random.int(in: 0...100_000) }, &random)
        let outputs = positions.map { marker / Double($0 + 1) * (1 + random.double(in: -1e-9...1e-9)) }
        expectEqual(positionsFromMarker(outputs, marker: marker), positions,
                    call: "positionsFromMarker(\(outputs), marker: \(marker))")
    },
]
