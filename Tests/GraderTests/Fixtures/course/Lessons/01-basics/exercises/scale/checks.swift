import CourseCheck

let checks: [Check] = [
    Check("scales [1, 2, 3] by 2", points: 1, hint: "Multiply, don't add.") {
        expectClose(scaled([1, 2, 3], by: 2), [2, 4, 6], tolerance: .exact, call: "scaled([1, 2, 3], by: 2)")
    },
    Check("keeps the length", points: 1, hint: "Return one element per input element.") {
        let result = scaled([1, 2, 3, 4], by: 0.5)
        expectEqual(result.count, 4, call: "scaled([1, 2, 3, 4], by: 0.5).count")
        // A body that returns its input or zeros keeps the length too: it earns nothing.
        expectTrue(result != [1, 2, 3, 4] && result.contains { $0 != 0 }, "the elements must change when the factor is 0.5",
                   call: "scaled([1, 2, 3, 4], by: 0.5)")
    },
    Check.property("scaling by k then by 1/k gives the vector back", points: 2, cases: 50,
                   hint: "Scaling is linear: every element is multiplied by the same factor.") { random in
        let vector = random.doubles(count: random.int(in: 1...8), in: -100...100)
        let factor = random.double(in: 1.5...4)
        // Returning the input passes the round trip too: require the first step to scale.
        expectTrue(scaled(vector, by: factor) != vector, "scaling by \(factor) must change the vector",
                   call: "scaled(\(vector), by: \(factor))")
        expectClose(scaled(scaled(vector, by: factor), by: 1 / factor), vector, tolerance: .relative(1e-12),
                    call: "scaled(scaled(\(vector), by: \(factor)), by: \(1 / factor))")
    },
    Check("a hidden check of a long vector", points: 1, visibility: .hidden) {
        let long = (0..<1_000).map(Double.init)
        expectClose(scaled(long, by: 3), long.map { $0 * 3 }, tolerance: .exact, call: "scaled(0..<1000, by: 3)")
    },
]
