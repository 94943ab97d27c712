import Testing
@testable import CourseCheck

@Suite struct ScalarExpectationTests {
    @Test func passingExpectationsRecordNothing() {
        let reported = failure {
            expectClose(1.0, 1.0 + 1e-13, tolerance: .absolute(1e-12), call: "a")
            expectClose(Float(1), Float(1.0001), tolerance: .relative(1e-3), call: "b")
            expectEqual(3, 3, call: "c")
            expectEqual("x", "x", call: "d")
            expectEqual(Double.nan, .nan, call: "e")
            expectTrue(true, "holds", call: "f")
        }
        #expect(reported == nil)
    }

    @Test func closeFailureHasEveryField() throws {
        let line = #line + 1
        let reported = try #require(failure { expectClose(0.49, 0.5, tolerance: .absolute(1e-3), call: "half()") })
        #expect(reported == CheckFailure(
            message: "expected 0.5, got 0.49", call: "half()", expected: "0.5", actual: "0.49",
            tolerance: "|Δ| ≤ 0.001", location: "ExpectationTests.swift:\(line)"
        ))
    }

    @Test func nanThatComesBackIsNamed() {
        let reported = failure { expectClose(.nan, 1, tolerance: .absolute(1), call: "f()") }
        #expect(reported?.message == "got NaN — did something divide 0 by 0?")
        #expect(reported?.actual == "nan")
        let unexpected = failure { expectClose(1, .nan, tolerance: .absolute(1), call: "f()") }
        #expect(unexpected?.message == "expected NaN, got 1.0")
    }

    @Test func infinityThatComesBackIsNamed() {
        let reported = failure { expectClose(.infinity, 1e308, tolerance: .relative(1), call: "f()") }
        #expect(reported?.message == "expected 1e+308, got inf — did something overflow or divide by 0?")
        let sign = failure { expectClose(-.infinity, .infinity, tolerance: .exact, call: "f()") }
        #expect(sign?.message == "expected inf, got -inf")
    }

    @Test func floatsPrintAsFloats() {
        let reported = failure { expectClose(Float(0.1), Float(0.2), tolerance: .absolute(0.01), call: "f()") }
        #expect(reported?.message == "expected 0.2, got 0.1")
        let arrays = failure { expectClose([Float(0.1), 0.3], [0.1, 0.2], tolerance: .exact, call: "g()") }
        #expect(arrays?.message == "element [1]: expected 0.2, got 0.3")
    }

    @Test func equalOnDoublesIsExactWithNaNRules() {
        let reported = failure { expectEqual(0.1 + 0.2, 0.3, call: "sum()") }
        #expect(reported?.message == "expected 0.3, got 0.30000000000000004")
        #expect(reported?.tolerance == "exactly equal")
        #expect(failure { expectEqual([1.0, .nan], [1.0, .nan], call: "v()") } == nil)
        #expect(failure { expectEqual([[Double.nan]], [[.nan]], call: "m()") } == nil)
    }

    @Test func equalQuotesStringsAndNamesValues() {
        let reported = failure { expectEqual("tab\there", "tab here", call: "s()") }
        #expect(reported?.message == #"expected "tab here", got "tab\there""#)
        #expect(reported?.tolerance == nil)
        let optional = failure { expectEqual(Int?.none, 3, call: "o()") }
        #expect(optional?.message == "expected Optional(3), got nil")
    }

    @Test func expectTrueCarriesTheMessage() {
        let reported = failure { expectTrue(false, "the result is a unit vector", call: "normalize([3, 4])") }
        #expect(reported == CheckFailure(
            message: "the result is a unit vector", call: "normalize([3, 4])", expected: "true", actual: "false",
            location: reported?.location
        ))
        #expect(reported?.location?.hasPrefix("ExpectationTests.swift:") == true)
        let multiline = failure { expectTrue(false, "two\nlines", call: "c") }
        #expect(multiline?.message == "two lines")
    }

    @Test func firstFailureIsReportedAndLaterOnesCounted() {
        let reachedEnd = Box(false)
        let reported = failure {
            expectEqual(1, 2, call: "first")
            expectEqual(3, 4, call: "second")
            expectTrue(false, "third", call: "third")
            reachedEnd.value = true
        }
        #expect(reported?.call == "first")
        #expect(reported?.message == "expected 2, got 1")
        #expect(reported?.additionalFailures == 2)
        #expect(reachedEnd.value, "the body keeps running after a failure")
    }

    @Test func thrownErrorFailsTheCheck() {
        struct Oops: Error {}
        let reported = failure { throw Oops() }
        #expect(reported?.message.hasPrefix("the check threw an error: Oops") == true)
        #expect(reported?.expected == "no error")
    }
}

@Suite struct ArrayExpectationTests {
    @Test func shapeMismatchIsReportedAsSuch() {
        let reported = failure { expectClose([1, 2, 3], [1, 2, 3, 4], tolerance: .absolute(1e-9), call: "f()") }
        #expect(reported?.message == "expected 4 values, got 3")
        #expect(reported?.expected == "[1.0, 2.0, 3.0, 4.0]")
        #expect(reported?.actual == "[1.0, 2.0, 3.0]")
        let single = failure { expectClose([], [1], tolerance: .exact, call: "f()") }
        #expect(single?.message == "expected 1 value, got 0")
    }

    @Test func firstDifferingIndexIsReported() {
        let reported = failure { expectClose([0.1, 0.2, 0.49, 9], [0.1, 0.2, 0.5, 0.7], tolerance: .absolute(1e-3), call: "f()") }
        #expect(reported?.message == "element [2]: expected 0.5, got 0.49")
        #expect(reported?.tolerance == "|Δ| ≤ 0.001")
    }

    @Test func nanElementIsNamed() {
        let reported = failure { expectClose([1, .nan], [1, 2], tolerance: .absolute(1), call: "f()") }
        #expect(reported?.message == "element [1]: got NaN — did something divide 0 by 0?")
        #expect(failure { expectClose([1, .nan], [1, .nan], tolerance: .absolute(1), call: "f()") } == nil)
    }

    @Test func longArraysAreAbbreviatedAroundTheDifference() {
        var actual = (0..<100).map(Double.init)
        let expected = actual
        actual[50] = -1
        let reported = failure { expectClose(actual, expected, tolerance: .exact, call: "f()") }
        #expect(reported?.message == "element [50]: expected 50.0, got -1.0")
        #expect(reported?.expected == "[…, 44.0, 45.0, 46.0, 47.0, 48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, …] (100 values)")
        #expect(reported?.actual == "[…, 44.0, 45.0, 46.0, 47.0, 48.0, 49.0, -1.0, 51.0, 52.0, 53.0, 54.0, 55.0, …] (100 values)")
        let atEnd = ValueText.list((0..<20).map(String.init), focus: 19)
        #expect(atEnd == "[…, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19] (20 values)")
        let atStart = ValueText.list((0..<20).map(String.init))
        #expect(atStart == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …] (20 values)")
    }

    @Test func equatableArraysReportCountThenElement() {
        #expect(failure { expectEqual([1, 2, 3], [1, 2, 3, 4], call: "f()") }?.message == "expected 4 values, got 3")
        #expect(failure { expectEqual([1, 2, 4], [1, 2, 3], call: "f()") }?.message == "element [2]: expected 3, got 4")
        #expect(failure { expectEqual(["a", "b"], ["a", "c"], call: "f()") }?.message == #"element [1]: expected "c", got "b""#)
        #expect(failure { expectEqual([1, 2], [1, 2], call: "f()") } == nil)
    }

    @Test func matrixShapeMismatches() {
        let wider = failure { expectClose([[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4]], tolerance: .exact, call: "m()") }
        #expect(wider?.message == "expected a 2×2 matrix, got 2×3")
        #expect(wider?.expected == "[[1.0, 2.0], [3.0, 4.0]]")
        let fewerRows = failure { expectClose([[1, 2]], [[1, 2], [3, 4]], tolerance: .exact, call: "m()") }
        #expect(fewerRows?.message == "expected a 2×2 matrix, got 1×2")
        let ragged = failure { expectClose([[1, 2], [3]], [[1, 2], [3, 4]], tolerance: .exact, call: "m()") }
        #expect(ragged?.message == "row [1]: expected 2 values, got 1")
        let raggedRows = failure { expectClose([[1, 2], [3]], [[1, 2], [3, 4], [5, 6]], tolerance: .exact, call: "m()") }
        #expect(raggedRows?.message == "expected 3 rows, got 2")
        #expect(failure { expectClose([[Double]](), [], tolerance: .exact, call: "m()") } == nil)
    }

    @Test func matrixFirstDifferingElement() {
        let reported = failure {
            expectClose([[1, 2], [3.5, 4.5]], [[1, 2], [3, 4]], tolerance: .absolute(0.1), call: "m()")
        }
        #expect(reported?.message == "element [1][0]: expected 3.0, got 3.5")
        let floats = failure {
            expectClose([[Float(1)], [.nan]], [[1], [2]], tolerance: .absolute(0.1), call: "m()")
        }
        #expect(floats?.message == "element [1][0]: got NaN — did something divide 0 by 0?")
    }

    @Test func bigMatricesAreAbbreviated() {
        var actual = (0..<20).map { row in (0..<20).map { Double(row * 20 + $0) } }
        let expected = actual
        actual[15][18] = 0.5
        let reported = failure { expectClose(actual, expected, tolerance: .exact, call: "m()") }
        #expect(reported?.message == "element [15][18]: expected 318.0, got 0.5")
        let text = reported?.actual ?? ""
        #expect(text.hasPrefix("[…, […, 228.0, 229.0"))  // rows 11…18, columns 8…19
        #expect(text.contains("0.5, 319.0]"))
        #expect(text.hasSuffix("(20 rows)"))
    }
}
