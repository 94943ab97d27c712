import CourseTestSupport
import Foundation
import Testing

/// End-to-end: the real `course` binary on fixture courses in temporary folders.
@Suite struct BuildCommandTests {
    static let goodCourse: [String: String] = [
        "Lessons/course.yml": courseYAML,
        "Lessons/01-one/lesson.md": lessonMarkdown(title: "One", body: "## Start\n\nSee [two](../02-two/lesson.md#end).\n"),
        "Lessons/02-two/lesson.md": lessonMarkdown(title: "Two", body: "## End\n\nMath $`x^2`$.\n"),
    ]

    @Test func buildWritesTheSiteAndASecondBuildChangesNoByte() throws {
        let folder = try TemporaryFolder(files: Self.goodCourse)
        let first = try CourseBinary.run(["build"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Built 3 pages into site/"))
        let site = folder.snapshot("site")
        #expect(site["index.html"] != nil && site["01-one.html"] != nil && site["02-two.html"] != nil)
        #expect(String(decoding: site["01-one.html"]!, as: UTF8.self).contains("href=\"02-two.html#end\""))
        let second = try CourseBinary.run(["build"], in: folder.path)
        #expect(second.status == 0)
        #expect(folder.snapshot("site") == site)
    }

    /// Commands find the course from any folder inside it, as git finds `.git` (issue 11, item 5).
    @Test func commandsWorkFromASubfolderOfTheCourse() throws {
        var files = Self.goodCourse
        files["notes/deep/readme.txt"] = "a folder of the author's"
        let folder = try TemporaryFolder(files: files)
        let build = try CourseBinary.run(["build"], in: folder.url("notes/deep"))
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("Built 3 pages into ../../site/"), "\(build.stdout)")
        #expect(folder.snapshot("site")["index.html"] != nil)
        #expect(!FileManager.default.fileExists(atPath: folder.url("notes/deep/site")))

        let check = try CourseBinary.run(["check", "--lessons-only"], in: folder.url("Lessons/02-two"))
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("2 lessons checked"), "\(check.stdout)")

        try folder.write("Lessons/01-one/lesson.md", "---\ntitle: [oops\n---\n")
        let broken = try CourseBinary.run(["build"], in: folder.url("Lessons/02-two"))
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("../01-one/lesson.md:3:1: error: malformed YAML") || broken.stderr.contains("../../Lessons/01-one/lesson.md:3:1: error: malformed YAML"), "\(broken.stderr)")

        // Outside any course the message still names the folder it looked for.
        let outside = try TemporaryFolder()
        let lost = try CourseBinary.run(["build"], in: outside.path)
        #expect(lost.status == 66, "\(lost.stderr)")
    }

    @Test func buildTakesOtherFolders() throws {
        let folder = try TemporaryFolder(files: Self.goodCourse)
        let run = try CourseBinary.run(["build", "--lessons", "Lessons", "--out", "public/course"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.snapshot("public/course")["index.html"] != nil)
    }

    /// Each malformed input: its message on stderr, exit status 65, and the previous site untouched.
    @Test(arguments: [
        ("Lessons/01-one/lesson.md", "---\ntitle: [oops\n---\n", "Lessons/01-one/lesson.md:3:1: error: malformed YAML"),
        ("Lessons/01-one/lesson.md", "---\nsummary: s\nobjectives: [a]\n---\n", "Lessons/01-one/lesson.md:2:1: error: missing 'title' in front matter"),
        ("Lessons/03-one/lesson.md", lessonMarkdown(), "Lessons/03-one: error: the slug 'one' is already used by '01-one'"),
        ("Lessons/01-three/lesson.md", lessonMarkdown(), "Lessons/01-three: error: lesson number 1 is already used by '01-one'"),
        ("Lessons/01-one/lesson.md", lessonMarkdown(body: "## A\n\n[x](../07-none/lesson.md)\n"), "Lessons/01-one/lesson.md:10:1: error: '../07-none/lesson.md' is not a lesson of this course"),
        ("Lessons/01-one/lesson.md", lessonMarkdown(body: "## A\n\n[x](../02-two/lesson.md#nowhere)\n"), "Lessons/01-one/lesson.md:10:1: error: the lesson '../02-two/lesson.md' has no heading with id 'nowhere'"),
        ("Lessons/01-one/lesson.md", lessonMarkdown(body: "## A\n\n![Plot](plot.png)\n"), "Lessons/01-one/lesson.md:10:1: error: the image 'plot.png' does not exist"),
        ("Lessons/01-one/lesson.md", lessonMarkdown(body: "## A\n\nBad $`\\frac{1}`$.\n"), "Lessons/01-one/lesson.md:10:"),
        ("Lessons/01-one/lesson.md", lessonMarkdown(body: "## A\n\n```math\n\\unknownmacro\n```\n"), "Lessons/01-one/lesson.md:11:1: error: bad math:"),
    ] as [(String, String, String)])
    func malformedInputFailsAndLeavesTheSite(file: String, contents: String, expected: String) throws {
        let folder = try TemporaryFolder(files: Self.goodCourse)
        #expect(try CourseBinary.run(["build"], in: folder.path).status == 0)
        let before = folder.snapshot("site")
        try folder.write(file, contents)
        let run = try CourseBinary.run(["build"], in: folder.path)
        #expect(run.status == 65)
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(run.stderr.contains("found; nothing was written."))
        #expect(run.stdout.isEmpty)
        #expect(folder.snapshot("site") == before)
    }

    @Test func nonUTF8LessonFails() throws {
        let folder = try TemporaryFolder(files: Self.goodCourse)
        try folder.write("Lessons/02-two/lesson.md", bytes: Array(lessonMarkdown().utf8) + [0xC3, 0x28])
        let run = try CourseBinary.run(["build"], in: folder.path)
        #expect(run.status == 65)
        #expect(run.stderr.contains("Lessons/02-two/lesson.md:11:1: error: the file is not valid UTF-8"), "\(run.stderr)")
    }

    @Test func allErrorsOfABuildAreReported() throws {
        let folder = try TemporaryFolder(files: Self.goodCourse)
        try folder.write("Lessons/01-one/lesson.md", lessonMarkdown(body: "# H1\n\n[x](#none)\n"))
        try folder.write("Lessons/02-two/lesson.md", "no front matter")
        let run = try CourseBinary.run(["build"], in: folder.path)
        #expect(run.status == 65)
        #expect(run.stderr.contains("Lessons/02-two/lesson.md:1:1: error: the file must start with front matter"))
        #expect(run.stderr.contains("3 errors found") || run.stderr.contains("1 error found"), "\(run.stderr)")
    }

    @Test func missingLessonsFolderAndUsageErrorsHaveTheirOwnStatus() throws {
        let folder = try TemporaryFolder()
        let missing = try CourseBinary.run(["build"], in: folder.path)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("Lessons: error: no lessons folder here"))
        let usage = try CourseBinary.run(["build", "--frobnicate"], in: folder.path)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("Unknown option '--frobnicate'"))
    }

    @Test func refusesToOverwriteAFolderItDidNotWrite() throws {
        var files = Self.goodCourse
        files["site/notes.txt"] = "mine"
        let folder = try TemporaryFolder(files: files)
        let run = try CourseBinary.run(["build"], in: folder.path)
        #expect(run.status == 73)
        #expect(run.stderr.contains("site: error: the folder exists and was not written by 'course build'"))
        #expect(folder.snapshot("site") == ["notes.txt": Data("mine".utf8)])
    }

    /// Builds killed at random moments never leave the site missing or half-written, and the
    /// next build removes what they left behind (issue 11, item 4).
    @Test func killedBuildsLeaveACompleteSiteAndTheNextBuildCleansUp() throws {
        var course = Self.goodCourse
        for number in 3...40 {
            course["Lessons/\(number < 10 ? "0" : "")\(number)-l\(number)/lesson.md"] = lessonMarkdown(title: "L\(number)", body: String(repeating: "## S\n\nText $`x^2`$ and more.\n\n", count: 30))
        }
        let folder = try TemporaryFolder(files: course)
        #expect(try CourseBinary.run(["build"], in: folder.path).status == 0)
        let complete = Set(folder.snapshot("site").keys)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<12 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CourseBinary.path)
            process.arguments = ["build"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...150_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(Set(folder.snapshot("site").keys) == complete, "a killed build left site/ incomplete")
        }
        #expect(try CourseBinary.run(["build"], in: folder.path).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".site.") }
        #expect(left.isEmpty, "left behind: \(left)")
    }
}
