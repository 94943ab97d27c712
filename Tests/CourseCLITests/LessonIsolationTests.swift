import CourseTestSupport
import Foundation
import Testing

/// `--isolation` on the commands that run lesson code, end to end: a lesson block that tries
/// to vandalise the checkout cannot, under `build`, `render` and `check`. Isolation is
/// required, so a machine without bubblewrap fails these tests rather than skipping them.
@Suite struct LessonIsolationTests {
    /// A course whose one runnable block tries to write into the checkout (`root`).
    static func course() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let body = """
        ## A

        ```swift run
        let file = fopen("\(folder.path)/Lessons/01-one/pwned.txt", "w")
        print("checkout write:", file == nil ? "failed" : "worked")
        ```
        """
        try folder.write("Lessons/course.yml", courseYAML)
        try folder.write("Lessons/01-one/lesson.md", lessonMarkdown(body: body))
        return folder
    }

    @Test(arguments: [
        ["build", "--out", "site"],
        ["render", "Lessons/01-one/lesson.md"],
        ["check", "--lessons-only"],
    ])
    func lessonCodeRunsIsolated(command: [String]) throws {
        let folder = try Self.course()
        let cache = try TemporaryFolder()
        let before = folder.snapshot("Lessons")
        let run = try CourseBinary.run(command + ["--isolation", "required"], in: folder.path,
                                       environment: ["COURSE_CACHE_DIR": cache.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("warning"), "\(run.stderr)")
        #expect(folder.snapshot("Lessons") == before)
        let shown = command[0] == "build" ? String(decoding: folder.snapshot("site")["01-one.html"] ?? Data(), as: UTF8.self) : run.stdout
        if command[0] != "check" {
            #expect(shown.contains("checkout write: failed"), "\(shown)")
        }
    }

    @Test func anUnknownModeIsAUsageError() throws {
        let folder = try Self.course()
        let run = try CourseBinary.run(["build", "--isolation", "sometimes"], in: folder.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--isolation"), "\(run.stderr)")
    }
}
