import Testing
@testable import CourseCheck

@Suite struct CheckRunnerTests {
    @Test func scoresAllOrNothingAndKeepsOrder() {
        let results = CheckRunner.execute([
            Check("passes", points: 2) { expectEqual(1, 1, call: "one") },
            Check("fails", points: 3, hint: "try harder") { expectEqual(1, 2, call: "two") },
            Check("free", points: 0) {},
        ], reporter: RecordingReporter())
        #expect(results.map(\.name) == ["passes", "fails", "free"])
        #expect(results.map(\.points) == [2, 0, 0])
        #expect(results.map(\.maxPoints) == [2, 3, 0])
        #expect(results.map(\.passed) == [true, false, true])
        #expect(results[1].hint == "try harder")
    }

    @Test func firstFailureIsReportedBeforeTheResult() throws {
        let reporter = RecordingReporter()
        let results = CheckRunner.execute([
            Check("fails twice") {
                expectEqual(1, 2, call: "first")
                expectEqual(3, 4, call: "second")
            },
        ], reporter: reporter)
        let failure = try #require(results.first?.failure)
        #expect(failure.additionalFailures == 1)
        var sentEarly = failure
        sentEarly.additionalFailures = 0  // not known yet when the failure is sent
        #expect(reporter.events == [
            .started("fails twice"),
            .failed("fails twice", sentEarly),
            .finished(results[0]),
            .done(1),
        ])
    }

    @Test func duplicateNamesAreReportedFirstAndNotRun() throws {
        let ranSecond = Box(false)
        let results = CheckRunner.execute([
            Check("a", points: 1) {},
            Check("b", points: 2) {},
            Check("a", points: 4) { ranSecond.value = true },
            Check("b", points: 8) {},
            Check("b", points: 16) {},
        ], reporter: RecordingReporter())
        #expect(!ranSecond.value)
        #expect(results.map(\.name) == ["duplicate check names", "a", "b"])
        let report = results[0]
        #expect(!report.passed && report.points == 0 && report.maxPoints == 28)
        let failure = try #require(report.failure)
        #expect(failure.message == #"check names must be unique; only the first check of each name ran: "a" is used by checks #1 and #3; "b" is used by checks #2, #4 and #5"#)
        #expect(results.dropFirst().allSatisfy { $0.passed })
    }

    @Test func duplicateReportNeverCollidesWithACheckName() {
        let results = CheckRunner.execute([
            Check("duplicate check names") {},
            Check("x") {}, Check("x") {},
        ], reporter: RecordingReporter())
        #expect(Set(results.map(\.name)).count == results.count)
        #expect(results[0].name == "duplicate check names (author error)")
    }

    @Test func invalidChecksFailWithoutRunning() {
        let ran = Box(0)
        let results = CheckRunner.execute([
            Check("negative", points: -2) { ran.value += 1 },
            Check.property("no cases", cases: 0) { _ in ran.value += 1 },
            Check("") { ran.value += 1 },
        ], reporter: RecordingReporter())
        #expect(ran.value == 0)
        #expect(results.map(\.passed) == [false, false, false])
        #expect(results.map(\.maxPoints) == [0, 1, 1])
        #expect(results[0].failure?.message == "this check is written wrongly: points must be ≥ 0, not -2")
        #expect(results[1].failure?.message == "this check is written wrongly: cases must be ≥ 1, not 0")
        #expect(results[2].failure?.message == "this check is written wrongly: the name is empty")
    }

    @Test func hiddenChecksCarryDetailsButTheLearnerViewDropsThem() {
        let results = CheckRunner.execute([
            Check("secret", points: 2, hint: "the answer", visibility: .hidden) { expectEqual(1, 2, call: "f()") },
            Check("open", hint: "a nudge") { expectEqual(1, 2, call: "g()") },
        ], reporter: RecordingReporter())
        #expect(results[0].hidden && results[0].failure != nil && results[0].hint == "the answer")
        let view = results[0].learnerView
        #expect(view == CheckResult(name: "secret", passed: false, points: 0, maxPoints: 2, hidden: true, hint: nil, failure: nil))
        #expect(results[1].learnerView == results[1])
    }

    @Test func consoleReportIsReadable() throws {
        let pipe = try Pipe()
        let results = CheckRunner.execute([
            Check("adds", points: 1) { expectEqual(2, 2, call: "add(1, 1)") },
            Check.property("halves", points: 2, seed: 0xABC, hint: "Divide by 2.") { random in
                let x = random.double(in: 1...2)
                expectClose(x, x / 2, tolerance: .relative(1e-9), call: "half(\(x))")
                expectTrue(false, "also wrong", call: "again")
            },
        ], reporter: ConsoleReport(fd: pipe.writeEnd))
        pipe.closeWrite()
        let text = String(decoding: pipe.readToEnd(), as: UTF8.self)
        pipe.closeRead()
        #expect(results.count == 2)
        #expect(text.hasPrefix("▶ adds\n  ✓ passed: 1/1 point\n▶ halves\n  problem:   expected "))
        #expect(text.contains("  tolerance: |Δ| ≤ 1e-9 × |expected|\n"))
        #expect(text.contains("  case:      index 0 (from 0) of seed 0xabc; pass `seed: 0xabc` to reproduce\n"))
        #expect(text.contains("  ✗ failed: 0/2 points; 1 more expectation failed after the first\n  hint:      Divide by 2.\n"))
        #expect(text.hasSuffix("\n1 of 2 checks passed; 1/3 points.\n"))
    }
}
