import CourseModel
import CourseTestSupport
import Testing

@Suite struct CourseLoaderTests {
    @Test func loadsLessonsInNumberOrder() throws {
        let folder = try TemporaryFolder(files: [
            "Lessons/course.yml": courseYAML + "author: Ada\n",
            "Lessons/10-later/lesson.md": lessonMarkdown(title: "Later"),
            "Lessons/02-binary/lesson.md": lessonMarkdown(title: "Binary"),
            "Lessons/_shared/notes.txt": "not a lesson",
        ])
        let course = try CourseLoader.load(lessonsPath: folder.url("Lessons"))
        #expect(course.metadata.title == "Test course")
        #expect(course.metadata.author == "Ada")
        #expect(course.metadata.allowsRawHTML == false)
        #expect(course.lessons.map(\.number) == [2, 10])
        #expect(course.lessons.map(\.slug) == ["binary", "later"])
        #expect(course.lessons[0].frontMatter == LessonFrontMatter(title: "Binary", summary: "What it covers.", objectives: ["Do a thing"]))
        #expect(course.lesson(named: "binary")?.number == 2)
        #expect(course.lesson(named: "10-later")?.number == 10)
        #expect(course.lesson(named: "10")?.slug == "later")
        #expect(course.lesson(named: "nope") == nil)
    }

    @Test func bodyLineNumbersAreFileLineNumbers() throws {
        let folder = try TemporaryFolder(files: [
            "L/course.yml": courseYAML,
            "L/01-a/lesson.md": lessonMarkdown(body: "## Heading\n"),
        ])
        let lesson = try CourseLoader.load(lessonsPath: folder.url("L")).lessons[0]
        // Front matter is lines 1–6, a blank line 7, the heading line 8.
        #expect(lesson.document.root.children[0].range?.start.line == 8)
    }

    @Test func folderNames() {
        #expect(CourseLoader.parseFolderName("03-sinusoidal")! == (3, "sinusoidal"))
        #expect(CourseLoader.parseFolderName("123-rope-in-mla")! == (123, "rope-in-mla"))
        #expect(CourseLoader.parseFolderName("3-short") == nil)
        #expect(CourseLoader.parseFolderName("03-Upper") == nil)
        #expect(CourseLoader.parseFolderName("03-") == nil)
        #expect(CourseLoader.parseFolderName("03-a--b") == nil)
        #expect(CourseLoader.parseFolderName("intro") == nil)
    }

    /// Each malformed course gives exactly the expected diagnostics.
    @Test(arguments: [
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": "no front matter\n"],
         ["L/01-a/lesson.md:1:1: error: the file must start with front matter"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": "---\ntitle: x\n"],
         ["L/01-a/lesson.md:1:1: error: the front matter opened here is never closed"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": "---\nsummary: s\nobjectives: [a]\n---\n"],
         ["L/01-a/lesson.md:2:1: error: missing 'title' in front matter"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": "---\ntitle: t\nsummary: s\nobjectives: [a]\nsumary: x\n---\n"],
         ["L/01-a/lesson.md:5:1: error: unknown key 'sumary'; did you mean 'summary'?"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": "---\ntitle: t\nsummary: s\nobjectives: one\n---\n"],
         ["L/01-a/lesson.md:4:13: error: 'objectives' must be a list"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": "---\ntitle: [unclosed\nsummary: s\n---\n"],
         ["L/01-a/lesson.md:3:8: error: malformed YAML"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": "---\ntitle: \"\"\nsummary: s\nobjectives: [a]\n---\n"],
         ["L/01-a/lesson.md:2:8: error: 'title' is empty"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": lessonMarkdown(), "L/01-b/lesson.md": lessonMarkdown()],
         ["L/01-b: error: lesson number 1 is already used by '01-a'"]),
        (["L/course.yml": courseYAML, "L/01-a/lesson.md": lessonMarkdown(), "L/02-a/lesson.md": lessonMarkdown()],
         ["L/02-a: error: the slug 'a' is already used by '01-a'"]),
        (["L/course.yml": courseYAML, "L/1-a/lesson.md": lessonMarkdown()],
         ["L/1-a: error: lesson folders are named 'NN-slug'"]),
        (["L/course.yml": courseYAML, "L/01-a/notes.md": "x"],
         ["L/01-a: error: the lesson folder has no lesson.md"]),
        (["L/01-a/lesson.md": lessonMarkdown()],
         ["L/course.yml: error: missing course metadata"]),
        (["L/course.yml": "title: t\n", "L/01-a/lesson.md": lessonMarkdown()],
         ["L/course.yml:1:1: error: missing 'description'"]),
        (["L/course.yml": courseYAML],
         ["L: error: the course has no lessons"]),
        (["L/course.yml": courseYAML,
          "L/01-a/lesson.md": "---\nsummary: s\nobjectives: [a]\n---\n",
          "L/02-b/lesson.md": "nothing\n"],
         ["L/01-a/lesson.md:2:1: error: missing 'title'", "L/02-b/lesson.md:1:1: error: the file must start"]),
    ] as [([String: String], [String])])
    func malformedCourses(files: [String: String], expected: [String]) throws {
        let folder = try TemporaryFolder(files: files)
        let error = try #require(throws: CourseError.self) {
            try CourseLoader.load(lessonsPath: folder.url("L"))
        }
        let messages = error.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(messages.count == expected.count, "\(messages)")
        for (message, prefix) in zip(messages, expected) {
            #expect(message.hasPrefix(prefix), "\(message)")
        }
    }

    @Test func missingLessonsFolder() throws {
        let error = try #require(throws: CourseError.self) { try CourseLoader.load(lessonsPath: "/nonexistent/Lessons") }
        #expect(error.description.hasPrefix("/nonexistent/Lessons: error: no lessons folder here"))
    }

    @Test func nonUTF8FileNamesTheBadByte() throws {
        let folder = try TemporaryFolder(files: ["L/course.yml": courseYAML])
        try folder.write("L/01-a/lesson.md", bytes: Array(lessonMarkdown().utf8) + Array("ok é\nbad \u{0}".utf8).dropLast() + [0xFF, 0x0A])
        let error = try #require(throws: CourseError.self) { try CourseLoader.load(lessonsPath: folder.url("L")) }
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].line == 12)
        #expect(error.diagnostics[0].column == 5)
        #expect(error.diagnostics[0].message.contains("not valid UTF-8"))
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let folder = try TemporaryFolder(files: ["L/course.yml": courseYAML])
        let text = lessonMarkdown().replacingOccurrences(of: "\n", with: "\r\n")
        try folder.write("L/01-a/lesson.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let course = try CourseLoader.load(lessonsPath: folder.url("L"))
        #expect(course.lessons[0].frontMatter.title == "A lesson")
    }
}
