import CourseModel
import CourseTestSupport
import Foundation
import Testing

@Suite struct LessonScaffoldTests {
    @Test func createsTheNextNumberedLessonThatLoads() throws {
        let folder = try TemporaryFolder(files: ["L/course.yml": courseYAML, "L/04-x/lesson.md": lessonMarkdown()])
        let path = try LessonScaffold.create(slug: "rotary-idea", title: "Rotary: \"the\" idea", summary: nil, in: folder.url("L"))
        #expect(path == folder.url("L/05-rotary-idea/lesson.md"))
        let course = try CourseLoader.load(lessonsPath: folder.url("L"))
        #expect(course.lessons.map(\.folderName) == ["04-x", "05-rotary-idea"])
        #expect(course.lessons[1].frontMatter.title == "Rotary: \"the\" idea")
    }

    @Test func refusesBadSlugsAndClashesWithoutTouchingFiles() throws {
        let folder = try TemporaryFolder(files: ["L/course.yml": courseYAML, "L/00-intro/lesson.md": lessonMarkdown()])
        let before = folder.snapshot("L")
        #expect(throws: CourseError.self) { try LessonScaffold.create(slug: "Bad Slug", title: "t", summary: nil, in: folder.url("L")) }
        #expect(throws: CourseError.self) { try LessonScaffold.create(slug: "intro", title: "t", summary: nil, in: folder.url("L")) }
        #expect(throws: CourseError.self) { try LessonScaffold.create(slug: "ok", title: " ", summary: nil, in: folder.url("L")) }
        #expect(folder.snapshot("L") == before)
    }
}
