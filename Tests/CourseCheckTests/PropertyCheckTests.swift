import Testing
@testable import CourseCheck

@Suite struct PropertyCheckTests {
    /// A property that fails for roughly one case in twenty: when the drawn value exceeds 0.95.
    func flakyProperty(seed: UInt64? = nil, calls: Box<Int>) -> Check {
        Check.property("values stay small", points: 3, cases: 500, seed: seed) { random in
            calls.value += 1
            let x = random.double(in: 0...1)
            expectTrue(x <= 0.95, "x is at most 0.95", call: "small(\(x))")
        }
    }

    @Test func failureRecordsSeedAndCaseAndStopsThere() throws {
        let calls = Box(0)
        let check = flakyProperty(calls: calls)
        let result = CheckRunner.evaluate(check) { _ in }
        let failure = try #require(result.failure)
        let caseIndex = try #require(failure.caseIndex)
        #expect(failure.seed == Check.defaultSeed(for: "values stay small"))
        #expect(calls.value == caseIndex + 1, "stops at the first failing case")
        #expect(!result.passed && result.points == 0 && result.maxPoints == 3)

        // The failing case's value is the first draw of that case's own generator.
        var replay = SeededRandom(seed: SeededRandom.caseSeed(failure.seed!, index: caseIndex))
        #expect(failure.call == "small(\(replay.double(in: 0...1)))")
    }

    @Test func sameSeedReproducesTheSameFailure() {
        let first = CheckRunner.evaluate(flakyProperty(calls: Box(0))) { _ in }
        let again = CheckRunner.evaluate(flakyProperty(calls: Box(0))) { _ in }
        #expect(first == again)
        let explicit = CheckRunner.evaluate(flakyProperty(seed: first.failure?.seed, calls: Box(0))) { _ in }
        #expect(explicit == first)
        let otherSeed = CheckRunner.evaluate(flakyProperty(seed: 1, calls: Box(0))) { _ in }
        #expect(otherSeed.failure?.seed == 1)
        #expect(otherSeed.failure?.call != first.failure?.call)
    }

    @Test func passingPropertyRunsEveryCase() {
        let calls = Box(0)
        let seeds = Box<Set<UInt64>>([])
        let check = Check.property("always", points: 2, cases: 250) { random in
            calls.value += 1
            seeds.value.insert(random.next())
            expectTrue(true, "fine", call: "fine()")
        }
        let result = CheckRunner.evaluate(check) { _ in }
        #expect(result.passed && result.points == 2 && result.failure == nil)
        #expect(calls.value == 250)
        #expect(seeds.value.count == 250, "every case gets its own generator")
    }

    @Test func thrownErrorInACaseIsAFailureWithItsCase() {
        struct Bad: Error {}
        let calls = Box(0)
        let check = Check.property("throws at case 3", cases: 10, seed: 11) { _ in
            defer { calls.value += 1 }
            if calls.value == 3 { throw Bad() }
        }
        let result = CheckRunner.evaluate(check) { _ in }
        #expect(calls.value == 4)
        #expect(result.failure?.caseIndex == 3)
        #expect(result.failure?.seed == 11)
        #expect(result.failure?.message.contains("Bad") == true)
    }
}
