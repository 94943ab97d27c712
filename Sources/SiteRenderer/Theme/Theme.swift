import CourseModel

/// Turns rendered lesson bodies into whole pages and supplies the files pages rely on.
///
/// The builder decides what goes on the site; a theme decides only how it looks.
protocol Theme: Sendable {
    /// The course map, `index.html`.
    func indexPage(_ page: IndexPageContext) -> String
    /// One lesson's page.
    func lessonPage(_ page: LessonPageContext) -> String
    /// Static files (stylesheet, scripts) by site path, for the course in `lessonsPath`
    /// (which may override them from its `theme/` folder).
    func assets(lessonsPath: String) -> [String: String]
}

/// What the course map shows.
struct IndexPageContext {
    let metadata: CourseMetadata
    let lessons: [Lesson]
    /// Each lesson's title, summary and objectives rendered (math, code), by folder name.
    let frontMatters: [String: RenderedFrontMatter]
}

/// What a lesson page shows.
struct LessonPageContext {
    let metadata: CourseMetadata
    /// Every lesson of the course, for the sidebar.
    let lessons: [Lesson]
    /// Each lesson's title, summary and objectives rendered (math, code), by folder name.
    let frontMatters: [String: RenderedFrontMatter]
    let lesson: Lesson
    let bodyHTML: String
    let tableOfContents: [LessonOutline.Heading]
    let previous: Lesson?
    let next: Lesson?
}

/// The site path of a lesson's page: flat files, so links work from `file://` without
/// relying on a server to map folders to `index.html`.
func pageFileName(for lesson: Lesson) -> String {
    lesson.folderName + ".html"
}
