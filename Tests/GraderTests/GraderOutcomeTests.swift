import CourseModel
import CourseTestSupport
import Foundation
import Grader
import Testing

/// A copy of the fixture course in a temporary folder, with a shared cache so the CourseCheck
/// library is built once for the whole test run.
struct FixtureCourse {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let sharedCache = NSTemporaryDirectory() + "course-grader-tests-cache"

    let folder: TemporaryFolder
    let course: Course

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Self.fixtures + "/course/Lessons", toPath: folder.url("Lessons"))
        course = try CourseLoader.load(lessonsPath: folder.url("Lessons"))
    }

    var exercise: Exercise { course.exercises[0] }

    /// Puts a fixture submission in the learner's workspace.
    func submit(_ name: String) throws {
        let text = try String(contentsOfFile: Self.fixtures + "/submissions/\(name).swift", encoding: .utf8)
        try folder.write("Exercises/basics/scale.swift", text)
    }

    func grade(_ source: GradedSource = .workspace, cache: Bool = false) throws -> ExerciseResult {
        let grader = Grader(courseCheckSources: CourseBinary.packageRoot + "/Sources/CourseCheck",
                            cacheDirectory: cache ? folder.url("cache") : Self.sharedCache, usesResultCache: cache)
        return try grader.grade([exercise], source: source)[0]
    }
}

@Suite(.serialized) struct GraderOutcomeTests {
    @Test func referenceSolutionPassesWithAllPoints() throws {
        let result = try FixtureCourse().grade(.solution)
        #expect(result.outcome == .passed, "\(result.summary) \(result.details)")
        #expect(result.points == 5 && result.maxPoints == 5)
        #expect(result.checks.map(\.name) == ["scales [1, 2, 3] by 2", "keeps the length",
                                             "scaling by k then by 1/k gives the vector back", "a hidden check of a long vector"])
        #expect(result.summary == "All 4 checks passed.")
    }

    @Test func untouchedOrMissingStarterIsNotAttempted() throws {
        let fixture = try FixtureCourse()
        let missing = try fixture.grade()
        #expect(missing.outcome == .notAttempted)
        #expect(missing.summary.contains("course reset basics/scale"))
        try fixture.folder.write("Exercises/basics/scale.swift", String(contentsOfFile: fixture.exercise.starterPath, encoding: .utf8))
        let untouched = try fixture.grade()
        #expect(untouched.outcome == .notAttempted)
        #expect(untouched.summary.hasPrefix("You haven't changed the starter yet."))
    }

    @Test func starterFailsItsChecks() throws {
        let result = try FixtureCourse().grade(.starter)
        #expect(result.outcome == .failed)
        #expect(result.points < result.maxPoints)
    }

    /// Each broken submission: its outcome and the words the learner reads.
    @Test(arguments: [
        ("pass", GradeOutcome.passed, "All 4 checks passed."),
        ("wrong-value", .failed, "checks failed."),
        ("wrong-shape", .failed, "checks failed."),
        ("nan", .failed, "checks failed."),
        ("compile-error", .compileError, "Your code does not compile (1 error in"),
        ("renamed", .compileError, "Your functions no longer match the statement"),
        ("trap", .crashed, "Your code crashed during the check “scales [1, 2, 3] by 2”"),
        ("infinite-loop", .timedOut, "Your code ran for more than 3 s during the check “scales [1, 2, 3] by 2”"),
        ("unbounded-recursion", .crashed, "Your code crashed during the check “scales [1, 2, 3] by 2”"),
        ("memory-hog", .resourceLimit, "Your code hit the memory limit"),
        ("output-flood", .resourceLimit, "Your code hit the output limit"),
        ("fork", .passed, "All 4 checks passed."),
        ("reads-stdin", .passed, "All 4 checks passed."),
        ("fake-pass", .failed, "checks failed."),
        ("exit-early", .crashed, "Your program stopped with exit status 0 during the check “scales [1, 2, 3] by 2”"),
        ("tamper-results", .failed, "checks failed."),
    ])
    func submission(name: String, outcome: GradeOutcome, summary: String) throws {
        let fixture = try FixtureCourse()
        try fixture.submit(name)
        let start = Date()
        let result = try fixture.grade()
        #expect(result.outcome == outcome, "\(name): \(result.summary) \(result.details)")
        #expect(result.summary.contains(summary), "\(name): \(result.summary)")
        // No run may outlive its timeout (3 s for this exercise) by more than a second,
        // on top of the compile.
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func wrongValueNamesTheCallTheExpectedAndTheActualValue() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("wrong-value")
        let result = try fixture.grade()
        let first = try #require(result.checks.first { !$0.passed })
        #expect(first.name == "scales [1, 2, 3] by 2")
        let failure = try #require(first.failure)
        #expect(failure.call == "scaled([1, 2, 3], by: 2)")
        #expect(failure.expected?.contains("[2.0, 4.0, 6.0]") == true, "\(failure)")
        #expect(failure.actual?.contains("[3.0, 4.0, 5.0]") == true, "\(failure)")
        #expect(first.hint == "Multiply, don't add.")
        #expect(result.points == 1, "only the length check passes")
    }

    @Test func wrongShapeAndNaNAreReportedAsSuch() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("wrong-shape")
        let shape = try fixture.grade().checks.first { !$0.passed }?.failure?.message ?? ""
        #expect(shape.contains("expected 3 values, got 2"), "\(shape)")
        try fixture.submit("nan")
        let nan = try fixture.grade().checks.first { !$0.passed }?.failure?.message ?? ""
        #expect(nan.contains("NaN"), "\(nan)")
    }

    @Test func compileErrorsPointAtTheLearnersFileAndLine() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("compile-error")
        let result = try fixture.grade()
        let first = try #require(result.details.first)
        #expect(first.hasPrefix(fixture.exercise.workspacePath + ":2:"), "\(first)")
        #expect(first.contains("cannot find 'factr' in scope"))
        #expect(!result.details.joined().contains("main.swift"))
    }

    /// A run stopped early still counts every check the exercise has, and names the call
    /// that never returned.
    @Test func aHangNamesTheCallAndKeepsTheExercisesFullWorth() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("infinite-loop")
        let result = try fixture.grade()
        #expect(result.outcome == .timedOut)
        #expect(result.details.contains("while computing scaled([1.0, 2.0, 3.0], by: 2.0)"), "\(result.details)")
        #expect(result.maxPoints == 5 && result.points == 0, "\(result.points)/\(result.maxPoints)")
        #expect(result.checks.count == 4)
        #expect(result.checks.last?.failure?.message == "not run: the run stopped before this check")
    }

    @Test func trapsNameTheRuntimeMessage() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("trap")
        let result = try fixture.grade()
        #expect(result.details.contains { $0.contains("Index out of range") }, "\(result.details)")
    }

    @Test func fakeOutputIsShownButNeverCounted() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("fake-pass")
        let result = try fixture.grade()
        #expect(result.output.contains("✓ All 3 checks passed."))
        #expect(result.points < result.maxPoints)
    }

    /// The learner's process has no results channel to write to (the checks' process holds
    /// it), and files it writes vanish with its private /tmp.
    @Test func tamperingWithTheChannelChangesNothing() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("tamper-results")
        let result = try fixture.grade()
        #expect(result.outcome == .failed)
        #expect(result.points < result.maxPoints)
        #expect(!result.checks.contains { $0.name == "multiplies each element" })
    }

    @Test func resultsAreCachedUntilTheFileChanges() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("wrong-value")
        let first = try fixture.grade(cache: true)
        #expect(!first.cached)
        let second = try fixture.grade(cache: true)
        #expect(second.cached)
        #expect(second.outcome == first.outcome && second.checks == first.checks)
        try fixture.submit("pass")
        let third = try fixture.grade(cache: true)
        #expect(!third.cached)
        #expect(third.outcome == .passed)
    }

    @Test func oneBrokenExerciseNeverStopsTheOthers() throws {
        let fixture = try FixtureCourse()
        try fixture.submit("infinite-loop")
        let grader = Grader(courseCheckSources: CourseBinary.packageRoot + "/Sources/CourseCheck",
                            cacheDirectory: FixtureCourse.sharedCache, usesResultCache: false)
        let results = try grader.grade([fixture.exercise, fixture.exercise], source: .solution)
        #expect(results.map(\.outcome) == [.passed, .passed])
        let mixed = try grader.grade([fixture.exercise], source: .workspace) + grader.grade([fixture.exercise], source: .solution)
        #expect(mixed.map(\.outcome) == [.timedOut, .passed])
    }
}
