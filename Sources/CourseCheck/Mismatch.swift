/// Why an actual value differs from the expected one, worded for a failure report; and the
/// comparisons that find it.
///
/// The comparisons return `nil` when the values match. They are generic over the
/// floating-point type so that `Float` values print as `Float`s ("0.1", not
/// "0.10000000149011612"); the arithmetic itself is done in `Double`.
struct Mismatch: Equatable {
    /// The problem in one line: "element [2]: expected 0.5, got 0.49".
    var message: String
    /// The expected value as text.
    var expected: String
    /// The actual value as text.
    var actual: String

    // MARK: Floating point

    /// Compares two numbers under `tolerance`.
    static func numbers<F: BinaryFloatingPoint>(_ actual: F, _ expected: F, tolerance: Tolerance) -> Mismatch? {
        guard let problem = problem(actual, expected, tolerance: tolerance) else { return nil }
        return Mismatch(message: problem, expected: ValueText.number(expected), actual: ValueText.number(actual))
    }

    /// Compares two arrays element by element: first their lengths, then the first
    /// element that is not close enough.
    static func arrays<F: BinaryFloatingPoint>(_ actual: [F], _ expected: [F], tolerance: Tolerance) -> Mismatch? {
        let expectedText = expected.map { ValueText.number($0) }
        let actualText = actual.map { ValueText.number($0) }
        if actual.count != expected.count {
            return Mismatch(
                message: "expected \(ValueText.values(expected.count)), got \(actual.count)",
                expected: ValueText.list(expectedText), actual: ValueText.list(actualText)
            )
        }
        for index in expected.indices {
            if let problem = problem(actual[index], expected[index], tolerance: tolerance) {
                return Mismatch(
                    message: "element [\(index)]: \(problem)",
                    expected: ValueText.list(expectedText, focus: index),
                    actual: ValueText.list(actualText, focus: index)
                )
            }
        }
        return nil
    }

    /// Compares two matrices (arrays of rows): first their shapes, then the first element,
    /// in row-major order, that is not close enough.
    static func matrices<F: BinaryFloatingPoint>(_ actual: [[F]], _ expected: [[F]], tolerance: Tolerance) -> Mismatch? {
        rows(actual, expected, show: { ValueText.number($0) }, differ: { problem($0, $1, tolerance: tolerance) })
    }

    /// Why `actual` is not within `tolerance` of `expected`, or `nil` if it is.
    static func problem<F: BinaryFloatingPoint>(_ actual: F, _ expected: F, tolerance: Tolerance) -> String? {
        let a = Double(actual)
        let e = Double(expected)
        if !tolerance.isValid {
            return "the check's tolerance (\(tolerance)) is negative or NaN, so nothing can pass; the check needs fixing"
        }
        if tolerance.accepts(a, e) { return nil }
        let shownExpected = ValueText.number(expected)
        let shownActual = ValueText.number(actual)
        if a.isNaN { return "got NaN — did something divide 0 by 0?" }
        if e.isNaN { return "expected NaN, got \(shownActual)" }
        if a.isInfinite && e.isFinite {
            return "expected \(shownExpected), got \(shownActual) — did something overflow or divide by 0?"
        }
        if e == 0 && tolerance.isPurelyRelative {
            return "expected \(shownExpected), got \(shownActual) (a relative tolerance accepts only exactly 0 when 0 is expected)"
        }
        return "expected \(shownExpected), got \(shownActual)"
    }

    // MARK: Equatable values

    /// Compares two arrays of equatable values: lengths, then the first unequal element.
    static func arrays<Element: Equatable>(_ actual: [Element], _ expected: [Element]) -> Mismatch? {
        let expectedText = expected.map { ValueText.display($0) }
        let actualText = actual.map { ValueText.display($0) }
        if actual.count != expected.count {
            return Mismatch(
                message: "expected \(ValueText.values(expected.count)), got \(actual.count)",
                expected: ValueText.list(expectedText), actual: ValueText.list(actualText)
            )
        }
        guard let index = expected.indices.first(where: { actual[$0] != expected[$0] }) else { return nil }
        return Mismatch(
            message: "element [\(index)]: expected \(expectedText[index]), got \(actualText[index])",
            expected: ValueText.list(expectedText, focus: index),
            actual: ValueText.list(actualText, focus: index)
        )
    }

    /// Compares two matrices: shapes first, then elements in row-major order, using
    /// `differ` to explain an element that does not match (or `nil` when it does).
    static func rows<Element>(
        _ actual: [[Element]],
        _ expected: [[Element]],
        show: (Element) -> String,
        differ: (Element, Element) -> String?
    ) -> Mismatch? {
        let expectedText = expected.map { $0.map(show) }
        let actualText = actual.map { $0.map(show) }
        let expectedShape = ValueText.shape(expected)
        let actualShape = ValueText.shape(actual)
        let bothRectangular = !expectedShape.hasSuffix("length") && !actualShape.hasSuffix("length")
        if bothRectangular && expectedShape != actualShape {
            return Mismatch(
                message: "expected a \(expectedShape) matrix, got \(actualShape)",
                expected: ValueText.matrix(expectedText), actual: ValueText.matrix(actualText)
            )
        }
        if actual.count != expected.count {
            return Mismatch(
                message: "expected \(expected.count) rows, got \(actual.count)",
                expected: ValueText.matrix(expectedText), actual: ValueText.matrix(actualText)
            )
        }
        for row in expected.indices where actual[row].count != expected[row].count {
            return Mismatch(
                message: "row [\(row)]: expected \(ValueText.values(expected[row].count)), got \(actual[row].count)",
                expected: ValueText.matrix(expectedText, focusRow: row),
                actual: ValueText.matrix(actualText, focusRow: row)
            )
        }
        for row in expected.indices {
            for column in expected[row].indices {
                if let problem = differ(actual[row][column], expected[row][column]) {
                    return Mismatch(
                        message: "element [\(row)][\(column)]: \(problem)",
                        expected: ValueText.matrix(expectedText, focusRow: row, focusColumn: column),
                        actual: ValueText.matrix(actualText, focusRow: row, focusColumn: column)
                    )
                }
            }
        }
        return nil
    }
}
