import CourseTestSupport
import Foundation
import Testing

@Suite struct AuthorCommandTests {
    @Test func renderPrintsTheFragmentOfALessonWithLinksRewritten() throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        let run = try CourseBinary.run(["render", "Lessons/01-one/lesson.md"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<h2 id=\"start\">Start<a class=\"anchor\""))
        #expect(run.stdout.contains("<a href=\"02-two.html#end\">two</a>"))
        #expect(!run.stdout.contains("<html"))
    }

    @Test func renderMatchesTheBuiltPage() throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        let fragment = try CourseBinary.run(["render", "Lessons/02-two/lesson.md"], in: folder.path).stdout
        #expect(try CourseBinary.run(["build"], in: folder.path).status == 0)
        let page = String(decoding: folder.snapshot("site")["02-two.html"]!, as: UTF8.self)
        #expect(page.contains("<article class=\"lesson-body\">\n" + fragment + "</article>"))
    }

    @Test func renderAStandaloneFile() throws {
        let folder = try TemporaryFolder(files: ["notes.md": "## Hi\n\n*x* $`a_1`$\n"])
        let run = try CourseBinary.run(["render", "notes.md"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<h2 id=\"hi\">"))
        #expect(run.stdout.contains("<math"))
    }

    @Test func renderReportsProblemsAndMissingFiles() throws {
        let folder = try TemporaryFolder(files: ["bad.md": "Text $`\\nosuch`$\n"])
        let bad = try CourseBinary.run(["render", "bad.md"], in: folder.path)
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("bad.md:1:8: error: bad math:"), "\(bad.stderr)")
        let missing = try CourseBinary.run(["render", "nope.md"], in: folder.path)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("nope.md: error: cannot read the file"))
    }

    /// A scaffolded lesson builds (with a warning per placeholder, so a draft can be previewed)
    /// but `course check` refuses it until every placeholder is replaced (issue 11, item 5).
    @Test func newScaffoldsALessonThatBuildsAndChecksOnceItsPlaceholdersAreReplaced() throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        let run = try CourseBinary.run(["new", "rotary-idea", "--title", "Rotary: the idea"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Created Lessons/03-rotary-idea/lesson.md"))
        let build = try CourseBinary.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("Lessons/03-rotary-idea/lesson.md:3:11: warning: 'TODO:' is placeholder text from 'course new'"), "\(build.stderr)")
        let unfinished = try CourseBinary.run(["check"], in: folder.path)
        #expect(unfinished.status == 65)
        let placeholders = unfinished.stderr.split(separator: "\n").filter { $0.contains("error: '") && $0.contains("placeholder text") }
        #expect(placeholders.count == 6, "\(unfinished.stderr)")
        #expect(unfinished.stderr.contains("Lessons/03-rotary-idea/lesson.md:10:1: error: 'Start with the idea in plain words.'"))

        var text = try String(contentsOfFile: folder.url("Lessons/03-rotary-idea/lesson.md"), encoding: .utf8)
        for placeholder in ["TODO: ", "Start with the idea in plain words.", "Self-check: a question for the reader", "The answer, folded until the reader opens it."] {
            text = text.replacingOccurrences(of: placeholder, with: "Real words.")
        }
        // A `TODO:` in a code block is the author's own and is left alone.
        text += "\n```swift\n// TODO: the learner writes this\n```\n"
        try folder.write("Lessons/03-rotary-idea/lesson.md", text)
        let check = try CourseBinary.run(["check"], in: folder.path)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("3 lessons checked"))
        let again = try CourseBinary.run(["new", "rotary-idea", "--title", "Again"], in: folder.path)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already uses the slug 'rotary-idea'"))
    }

    /// A URL left as plain text cannot be followed: `course check` asks for <…> or a link
    /// (and `course build` warns); URLs in links, autolinks and code are fine (issue 10).
    @Test func bareURLsAreFlaggedAndLinkedOnesAreNot() throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        try folder.write("Lessons/02-two/lesson.md", lessonMarkdown(body: "## End\n\nSee https://arxiv.org/abs/2104.09864.\n\n- Fine: <https://a.org>, [b](https://b.org), `https://c.org`.\n"))
        let check = try CourseBinary.run(["check", "--lessons-only"], in: folder.path)
        #expect(check.status == 65)
        #expect(check.stderr.contains("Lessons/02-two/lesson.md:10: error: the URL 'https://arxiv.org/abs/2104.09864' is plain text that readers cannot follow; write it as <https://arxiv.org/abs/2104.09864>"), "\(check.stderr)")
        #expect(check.stderr.components(separatedBy: "plain text").count - 1 == 1, "\(check.stderr)")
        let build = try CourseBinary.run(["build"], in: folder.path)
        #expect(build.status == 0)
        #expect(build.stderr.contains("lesson.md:10: warning: the URL"))
    }

    @Test func checkWritesNothingAndFailsOnProblems() throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        try folder.write("Lessons/02-two/lesson.md", lessonMarkdown(body: "## End\n\n[x](#gone)\n"))
        let run = try CourseBinary.run(["check"], in: folder.path)
        #expect(run.status == 65)
        #expect(run.stderr.contains("Lessons/02-two/lesson.md:10:1: error: no heading with id 'gone'"))
        #expect(!FileManager.default.fileExists(atPath: folder.url("site")))
    }
}
