import CourseTestSupport
import Foundation
import Testing

/// End-to-end: `course grade`, `reset`, `hint`, `progress` and `check` on the grader's
/// fixture course, run through the real binary.
@Suite(.serialized) struct GradeCommandTests {
    static let fixture = CourseBinary.packageRoot + "/Tests/GraderTests/Fixtures/course"

    func makeCourse() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Self.fixture + "/Lessons", toPath: folder.url("Lessons"))
        try folder.write("Exercises/basics/scale.swift", String(contentsOfFile: Self.fixture + "/Lessons/01-basics/exercises/scale/starter.swift", encoding: .utf8))
        return folder
    }

    func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CourseBinary.Run {
        try CourseBinary.run(arguments, in: folder.path,
                             environment: ["COURSE_CACHE_DIR": NSTemporaryDirectory() + "course-cli-tests-cache"])
    }

    @Test func freshCourseIsNotAttemptedAndExitsOne() throws {
        let folder = try makeCourse()
        let run = try run(["grade"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("· basics/scale  not attempted"))
        #expect(run.stdout.contains("0 of 1 exercises passed."))
    }

    @Test func solvedExerciseExitsZeroAndWritesEveryReport() throws {
        let folder = try makeCourse()
        try folder.write("Exercises/basics/scale.swift", String(contentsOfFile: Self.fixture + "/Lessons/01-basics/exercises/scale/solution.swift", encoding: .utf8))
        let run = try run(["grade", "basics/scale", "--gradescope", "gs.json", "--junit", "junit.xml"], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("✓ basics/scale  passed  5/5 points"))
        let gradescope = try #require(FileManager.default.contents(atPath: folder.url("gs.json")))
        #expect(String(decoding: gradescope, as: UTF8.self).contains("\"score\": 5"))
        #expect(FileManager.default.fileExists(atPath: folder.url("junit.xml")))
        let json = try self.run(["grade", "--json"], in: folder)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["status"] as? String == "pass")
    }

    /// Gradescope scores everyone out of the same total: an untouched exercise still lists
    /// every check, worth its points, earning none.
    @Test func reportsForMachinesKeepTheFullWorthOfAnExerciseThatCouldNotRun() throws {
        let folder = try makeCourse()
        let run = try run(["grade", "--gradescope", "gs.json"], in: folder)
        #expect(run.status == 1)
        let data = try #require(FileManager.default.contents(atPath: folder.url("gs.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.count == 1, "one test saying why: \(tests)")
        #expect(tests.first?["name"] as? String == "basics/scale › not attempted")
        #expect(tests.first?["max_score"] as? Double == 5, "the exercise's full worth, hidden check included")
        #expect(tests.first?["score"] as? Double == 0)
        #expect(!run.stdout.contains("not run"), "the terminal does not list checks that never ran: \(run.stdout)")
    }

    @Test func failingExerciseShowsTheCallExpectedAndActual() throws {
        let folder = try makeCourse()
        try folder.write("Exercises/basics/scale.swift", "func scaled(_ v: [Double], by k: Double) -> [Double] { v.map { $0 + k } }\n")
        let run = try run(["grade", "basics"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("call:      scaled([1, 2, 3], by: 2)"), "\(run.stdout)")
        #expect(run.stdout.contains("hint:      Multiply, don't add."))
    }

    @Test func unknownTargetsAreUsageErrors() throws {
        let folder = try makeCourse()
        let run = try run(["grade", "nope/missing"], in: folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains("no lesson or exercise named 'nope/missing'; exercises are: basics/scale"))
    }

    @Test func resetKeepsANumberedBackupAndHintPrintsTheHints() throws {
        let folder = try makeCourse()
        try folder.write("Exercises/basics/scale.swift", "// my work\n")
        let reset = try run(["reset", "basics/scale"], in: folder)
        #expect(reset.status == 0)
        #expect(reset.stdout.contains("Saved your version as Exercises/basics/scale.swift.backup-1."))
        #expect(try String(contentsOfFile: folder.url("Exercises/basics/scale.swift.backup-1"), encoding: .utf8) == "// my work\n")
        let starter = try String(contentsOfFile: folder.url("Lessons/01-basics/exercises/scale/starter.swift"), encoding: .utf8)
        #expect(try String(contentsOfFile: folder.url("Exercises/basics/scale.swift"), encoding: .utf8) == starter)
        let hint = try run(["hint", "basics/scale"], in: folder)
        #expect(hint.stdout.contains("Hint 1: Stuck? vector.map { $0 * factor } does it in one line."), "\(hint.stdout)")
    }

    @Test func progressAndCheck() throws {
        let folder = try makeCourse()
        let progress = try run(["progress"], in: folder)
        #expect(progress.stdout.contains("basics/scale  not attempted"))
        let check = try run(["check"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        try folder.write("Exercises/basics/scale.swift", "// changed\n")
        let stale = try run(["check"], in: folder)
        #expect(stale.status == 65)
        #expect(stale.stderr.contains("the learner's copy of basics/scale differs from"))
    }
}

@Suite struct LenientLoadingTests {
    @Test func aBrokenLessonDoesNotStopGradingTheOthers() throws {
        let folder = try GradeCommandTests().makeCourse()
        try folder.write("Lessons/02-broken/lesson.md", "no front matter\n")
        let run = try CourseBinary.run(["grade", "basics/scale"], in: folder.path,
                                       environment: ["COURSE_CACHE_DIR": NSTemporaryDirectory() + "course-cli-tests-cache"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("· basics/scale  not attempted"))
        #expect(run.stderr.contains("Lessons/02-broken/lesson.md:1:1: warning: the file must start with front matter"))
        #expect(run.stderr.contains("Skipping the lesson above"))
        let build = try CourseBinary.run(["build"], in: folder.path)
        #expect(build.status == 65, "authors' commands stay strict")
    }
}

