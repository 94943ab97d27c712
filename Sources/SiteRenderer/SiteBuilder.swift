import CourseModel
import Foundation
import Markdown
import ParallelMap

/// Builds a course's whole site in memory: pages, stylesheet, scripts, search index, images.
///
/// Building is pure (it reads image files, writes nothing), so `course check` can run it to
/// validate and `course build` can hand the result to ``SiteWriter``.
public struct SiteBuilder: Sendable {
    private let theme: any Theme = DefaultTheme()
    /// How runnable code blocks are compiled and cached; nil shows their code without running
    /// it (a preview for tests of the renderer alone).
    private let liveCode: LiveCodeSettings?

    /// Creates a builder with the default theme.
    public init(liveCode: LiveCodeSettings? = nil) {
        self.liveCode = liveCode
    }

    /// Builds the site, or throws every problem found in every lesson.
    public func build(_ course: Course) throws(CourseError) -> Site {
        let context = CourseRenderContext(course: course, liveCode: liveCode.map(LiveCodeRunner.init))
        let outputs = context.renderAllBodies()

        var files: [String: [UInt8]] = [:]
        var diagnostics: [Diagnostic] = []
        var searchEntries: [[UInt8]] = []
        let frontMatters = Dictionary(uniqueKeysWithValues: zip(course.lessons.map(\.folderName), outputs.map(\.frontMatter)))
        for (index, lesson) in course.lessons.enumerated() {
            let output = outputs[index]
            diagnostics += output.diagnostics
            searchEntries.append(output.searchEntries)
            files.merge(output.images.files) { first, _ in first }
            let page = LessonPageContext(
                metadata: course.metadata, lessons: course.lessons, frontMatters: frontMatters, lesson: lesson, bodyHTML: output.html,
                tableOfContents: output.tableOfContents,
                previous: index > 0 ? course.lessons[index - 1] : nil,
                next: index + 1 < course.lessons.count ? course.lessons[index + 1] : nil
            )
            files[pageFileName(for: lesson)] = Array(theme.lessonPage(page).utf8)
        }
        guard diagnostics.isEmpty else { throw CourseError(diagnostics) }

        files["index.html"] = Array(theme.indexPage(IndexPageContext(metadata: course.metadata, lessons: course.lessons, frontMatters: frontMatters)).utf8)
        for (path, text) in theme.assets(lessonsPath: course.lessonsPath) { files[path] = Array(text.utf8) }
        files[SearchIndex.path] = Array(SearchIndex.script(joining: searchEntries).utf8)
        files[SiteWriter.markerFileName] = Array(SiteWriter.markerText.utf8)
        return Site(files: files)
    }

    /// The HTML fragment of one lesson's body, exactly as it appears inside its page.
    public func renderBody(of lesson: Lesson, in course: Course) throws(CourseError) -> String {
        let context = CourseRenderContext(course: course, liveCode: liveCode.map(LiveCodeRunner.init))
        let output = context.renderBody(of: lesson)
        guard output.diagnostics.isEmpty else { throw CourseError(output.diagnostics) }
        return output.html
    }
}

/// What rendering any one lesson needs to know about all the others: their pages and the
/// ids of their headings, for checking and rewriting links.
struct CourseRenderContext: Sendable {
    let course: Course
    let outlines: [String: LessonOutline]
    let links: LinkResolver
    let liveCode: LiveCodeRunner?

    init(course: Course, liveCode: LiveCodeRunner?) {
        self.liveCode = liveCode
        self.course = course
        var outlines: [String: LessonOutline] = [:]
        var pages: [String: LinkResolver.Page] = [:]
        for lesson in course.lessons {
            let outline = LessonOutline(document: lesson.document, exerciseNames: lesson.exercises.map(\.name))
            outlines[lesson.folderName] = outline
            pages[LinkResolver.normalize(lesson.folderPath)] = LinkResolver.Page(fileName: pageFileName(for: lesson), ids: outline.ids)
        }
        self.outlines = outlines
        self.links = LinkResolver(pagesByFolder: pages)
    }

    func renderBody(of lesson: Lesson) -> LessonBodyRenderer.Output {
        let outline = outlines[lesson.folderName] ?? LessonOutline(document: lesson.document, exerciseNames: lesson.exercises.map(\.name))
        let fileName = pageFileName(for: lesson)
        var blockOutputs: [Int: String] = [:]
        var liveCodeProblems: [Diagnostic] = []
        if let liveCode {
            let blocks = RunnableBlock.all(in: lesson.document)
            switch liveCode.outputs(of: blocks, file: lesson.source.path) {
            case .success(let outputs):
                for (block, output) in zip(blocks, outputs) { blockOutputs[block.fenceLine] = output }
            case .failure(let error):
                liveCodeProblems = error.diagnostics
            }
        }
        var renderer = LessonBodyRenderer(
            file: lesson.source.path, folderPath: lesson.folderPath, courseFolder: course.lessonsPath, outline: outline,
            currentPage: LinkResolver.Page(fileName: fileName, ids: outline.ids), links: links,
            allowsRawHTML: course.metadata.allowsRawHTML, lessonTitle: lesson.frontMatter.title,
            pageFileName: fileName, exercises: lesson.exercises
        )
        renderer.blockOutputs = liveCode == nil ? nil : blockOutputs
        var output = renderer.render(lesson.document, frontMatter: lesson.frontMatter, source: lesson.source.text)
        output.diagnostics += liveCodeProblems
        return output
    }

    /// Renders every lesson body, spreading lessons over the cores; results keep lesson order.
    func renderAllBodies() -> [LessonBodyRenderer.Output] {
        course.lessons.parallelMap { renderBody(of: $0) }
    }
}
