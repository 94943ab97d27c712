import CourseTestSupport
import Foundation
import Testing

/// `course release` and `course autograder` write nothing from a course that does not pass
/// `course check`, or from arguments they cannot use.
@Suite struct ReleaseGateTests {
    @Test func aCourseWithAFailingSolutionIsNotReleased() throws {
        let fixture = CourseBinary.packageRoot + "/Tests/GraderTests/Fixtures/course"
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: fixture + "/Lessons", toPath: folder.url("Lessons"))
        let starter = try String(contentsOfFile: folder.url("Lessons/01-basics/exercises/scale/starter.swift"), encoding: .utf8)
        try folder.write("Exercises/basics/scale.swift", starter)
        try folder.write("Lessons/01-basics/exercises/scale/solution.swift", starter)
        let run = try CourseBinary.run(["release", "--out", folder.url("edition")], in: folder.path,
                                       environment: ["COURSE_CACHE_DIR": folder.url("cache")])
        #expect(run.status == 65, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("the reference solution of basics/scale does not pass"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url("edition")))
    }

    @Test func aSwiftVersionThatIsNotAReleaseNumberIsRefused() throws {
        let folder = try TemporaryFolder()
        let run = try CourseBinary.run(["autograder", "--swift-version", "6.0\"; rm -rf /", "--out", folder.url("a.zip")],
                                       in: CourseBinary.packageRoot)
        #expect(run.status == 64)
        #expect(run.stderr.contains("is not a Swift release number; write one like 6.0.3"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url("a.zip")))
    }
}
