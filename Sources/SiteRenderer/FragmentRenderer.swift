import CourseModel
import Foundation
import Markdown

/// Renders one Markdown file to the HTML fragment its page would contain (`course render`).
///
/// When the file is a lesson of a course (its folder sits beside a `course.yml`), the whole
/// course is loaded so links to other lessons are checked and rewritten exactly as in a
/// build. Any other Markdown file is rendered on its own, with front matter optional.
public enum FragmentRenderer {
    /// The fragment for the file at `path`, or every problem found in it.
    public static func render(fileAt path: String, liveCode: LiveCodeSettings? = nil) throws(CourseError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let lessonsFolder = (folder.isEmpty ? ".." : (folder as NSString).deletingLastPathComponent)
        let folderName = ((folder.isEmpty ? FileManager.default.currentDirectoryPath : folder) as NSString).lastPathComponent
        let metadataPath = (lessonsFolder.isEmpty ? "." : lessonsFolder) + "/" + CourseMetadata.fileName
        if (path as NSString).lastPathComponent == Lesson.fileName,
           CourseLoader.parseFolderName(folderName) != nil,
           FileManager.default.fileExists(atPath: metadataPath) {
            let course = try CourseLoader.load(lessonsPath: lessonsFolder.isEmpty ? "." : lessonsFolder)
            guard let lesson = course.lessons.first(where: { $0.folderName == folderName }) else {
                throw CourseError([Diagnostic(file: path, message: "the file is not a lesson of the course in \(lessonsFolder)")])
            }
            return try SiteBuilder(liveCode: liveCode).renderBody(of: lesson, in: course)
        }
        return try renderStandalone(SourceFile.read(path), liveCode: liveCode)
    }

    /// Renders Markdown text that belongs to no course, as `course render` renders a file outside
    /// one (front matter optional; code blocks are shown, never run). Fuzzing and the
    /// differential test against cmark enter here; `path` only names the text in diagnostics.
    public static func render(markdown: String, path: String = "fragment.md") throws(CourseError) -> String {
        try renderStandalone(SourceFile(path: path, text: markdown), liveCode: nil)
    }

    /// Renders a Markdown file that belongs to no course.
    static func renderStandalone(_ source: SourceFile, liveCode: LiveCodeSettings?) throws(CourseError) -> String {
        let folder = (source.path as NSString).deletingLastPathComponent
        let lesson: Lesson
        if source.text.hasPrefix("---") {
            lesson = try CourseLoader.parseLesson(source, folderPath: folder.isEmpty ? "." : folder,
                                                  folderName: "page", number: 0, slug: "page")
        } else {
            lesson = Lesson(number: 0, slug: "page", folderName: "page", folderPath: folder.isEmpty ? "." : folder,
                            source: source, frontMatter: LessonFrontMatter(title: "", summary: "", objectives: []),
                            document: MarkdownDocument(parsing: source.text))
        }
        let course = Course(lessonsPath: folder.isEmpty ? "." : folder, metadata: CourseMetadata(title: "", description: ""), lessons: [lesson])
        return try SiteBuilder(liveCode: liveCode).renderBody(of: lesson, in: course)
    }
}
