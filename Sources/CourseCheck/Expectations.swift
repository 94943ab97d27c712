// The expectations check bodies are written with. None of them throws or stops the body:
// a failure is recorded into the running check (the first one in full, later ones counted)
// and the body goes on. `call` describes the call under test as the learner should read it,
// e.g. "rotatePair([1, 0], by: .pi / 2)"; interpolate random inputs into it in property
// checks. `fileID` and `line` locate the expectation in the checks file; leave them out.

/// Expects `actual == expected`.
///
/// Values print as `String(describing:)`, strings quoted. For `Double` arrays and matrices,
/// the more specific overloads below report the first differing element instead.
public func expectEqual<T: Equatable>(_ actual: T, _ expected: T, call: String, fileID: String = #fileID, line: Int = #line) {
    guard actual != expected else { return }
    let expectedText = ValueText.display(expected)
    let actualText = ValueText.display(actual)
    record(
        Mismatch(message: "expected \(expectedText), got \(actualText)", expected: expectedText, actual: actualText),
        tolerance: nil, call: call, fileID: fileID, line: line
    )
}

/// Expects two arrays to be equal, reporting a count mismatch or the first unequal element.
///
/// Count first ("expected 4 values, got 3"), then elements ("element [2]: expected 5,
/// got 4"). Long arrays are abbreviated around the first difference in the report.
public func expectEqual<Element: Equatable>(_ actual: [Element], _ expected: [Element], call: String, fileID: String = #fileID, line: Int = #line) {
    guard let mismatch = Mismatch.arrays(actual, expected) else { return }
    record(mismatch, tolerance: nil, call: call, fileID: fileID, line: line)
}

/// Expects two `Double`s to be exactly equal, with the NaN and infinity rules of `Tolerance`.
///
/// The same as `expectClose(actual, expected, tolerance: .exact, call: call)`: unlike `==`,
/// NaN equals an expected NaN, and a NaN result is named as such.
public func expectEqual(_ actual: Double, _ expected: Double, call: String, fileID: String = #fileID, line: Int = #line) {
    expectClose(actual, expected, tolerance: .exact, call: call, fileID: fileID, line: line)
}

/// Expects two `Double` arrays to be exactly equal, element by element.
///
/// The same as `expectClose` with `.exact`.
public func expectEqual(_ actual: [Double], _ expected: [Double], call: String, fileID: String = #fileID, line: Int = #line) {
    expectClose(actual, expected, tolerance: .exact, call: call, fileID: fileID, line: line)
}

/// Expects two `Double` matrices to be exactly equal, element by element.
///
/// The same as `expectClose` with `.exact`.
public func expectEqual(_ actual: [[Double]], _ expected: [[Double]], call: String, fileID: String = #fileID, line: Int = #line) {
    expectClose(actual, expected, tolerance: .exact, call: call, fileID: fileID, line: line)
}

/// Expects `actual` to be within `tolerance` of `expected`.
///
/// See `Tolerance` for NaN and infinity: a NaN result always fails (unless NaN is
/// expected) and is reported as "got NaN — did something divide 0 by 0?".
public func expectClose(_ actual: Double, _ expected: Double, tolerance: Tolerance, call: String, fileID: String = #fileID, line: Int = #line) {
    guard let mismatch = Mismatch.numbers(actual, expected, tolerance: tolerance) else { return }
    record(mismatch, tolerance: tolerance, call: call, fileID: fileID, line: line)
}

/// Expects `actual` to be within `tolerance` of `expected`, for `Float` results.
///
/// Compared in `Double` (exactly, as every `Float` is a `Double`); reported as `Float`s.
/// When both arguments are literals, the `Double` overload is chosen.
@_disfavoredOverload
public func expectClose(_ actual: Float, _ expected: Float, tolerance: Tolerance, call: String, fileID: String = #fileID, line: Int = #line) {
    guard let mismatch = Mismatch.numbers(actual, expected, tolerance: tolerance) else { return }
    record(mismatch, tolerance: tolerance, call: call, fileID: fileID, line: line)
}

/// Expects every element of `actual` to be within `tolerance` of the one in `expected`.
///
/// Reports a length mismatch as such ("expected 4 values, got 3"), else the first element
/// that differs ("element [2]: expected 0.5, got 0.49").
public func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Tolerance, call: String, fileID: String = #fileID, line: Int = #line) {
    guard let mismatch = Mismatch.arrays(actual, expected, tolerance: tolerance) else { return }
    record(mismatch, tolerance: tolerance, call: call, fileID: fileID, line: line)
}

/// Expects every element of a `Float` array to be within `tolerance` of the expected one.
///
/// Reported like the `Double` version; chosen only when an argument is typed `Float`.
@_disfavoredOverload
public func expectClose(_ actual: [Float], _ expected: [Float], tolerance: Tolerance, call: String, fileID: String = #fileID, line: Int = #line) {
    guard let mismatch = Mismatch.arrays(actual, expected, tolerance: tolerance) else { return }
    record(mismatch, tolerance: tolerance, call: call, fileID: fileID, line: line)
}

/// Expects a matrix (array of rows) to match `expected` within `tolerance`.
///
/// Reports a shape mismatch ("expected a 3×4 matrix, got 3×3", "row [1]: expected 4
/// values, got 3"), else the first differing element in row-major order ("element [1][2]:
/// expected 0.5, got 0.49").
public func expectClose(_ actual: [[Double]], _ expected: [[Double]], tolerance: Tolerance, call: String, fileID: String = #fileID, line: Int = #line) {
    guard let mismatch = Mismatch.matrices(actual, expected, tolerance: tolerance) else { return }
    record(mismatch, tolerance: tolerance, call: call, fileID: fileID, line: line)
}

/// Expects a `Float` matrix to match `expected` within `tolerance`.
///
/// Reported like the `Double` version.
@_disfavoredOverload
public func expectClose(_ actual: [[Float]], _ expected: [[Float]], tolerance: Tolerance, call: String, fileID: String = #fileID, line: Int = #line) {
    guard let mismatch = Mismatch.matrices(actual, expected, tolerance: tolerance) else { return }
    record(mismatch, tolerance: tolerance, call: call, fileID: fileID, line: line)
}

/// Expects `condition` to hold.
///
/// `message` says in one line what the condition means ("the result is a unit vector").
/// The failure shows expected "true", got "false", and `message`.
public func expectTrue(_ condition: Bool, _ message: String, call: String, fileID: String = #fileID, line: Int = #line) {
    guard !condition else { return }
    record(Mismatch(message: message, expected: "true", actual: "false"), tolerance: nil, call: call, fileID: fileID, line: line)
}

/// Hands a mismatch to the running check as a failure.
private func record(_ mismatch: Mismatch, tolerance: Tolerance?, call: String, fileID: String, line: Int) {
    FailureRecorder.report(CheckFailure(
        message: oneLine(mismatch.message),
        call: call,
        expected: mismatch.expected,
        actual: mismatch.actual,
        tolerance: tolerance?.description,
        location: CheckFailure.location(fileID: fileID, line: line)
    ))
}

/// `text` with line breaks turned into spaces, so a message stays one line.
private func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
}
