import Markdown

/// One lesson: a folder `NN-slug/` holding `lesson.md` and the files it uses.
public struct Lesson: Sendable, Hashable, Identifiable {
    /// The lesson's place in the course, from its folder name (`03-sinusoidal` → 3).
    public let number: Int
    /// The words after the number (`sinusoidal`); unique within a course.
    public let slug: String
    /// The folder's name, `NN-slug`; also the name of the lesson's page.
    public var id: String { folderName }
    /// The folder's name as found on disk.
    public let folderName: String
    /// The folder's path.
    public let folderPath: String
    /// The Markdown file and its text.
    public let source: SourceFile
    /// Title, summary and objectives.
    public let frontMatter: LessonFrontMatter
    /// The parsed Markdown body; line numbers are the file's.
    public let document: MarkdownDocument
    /// The lesson's exercises, ordered by name.
    public let exercises: [Exercise]

    /// Creates a lesson from parts already validated.
    public init(number: Int, slug: String, folderName: String, folderPath: String,
                source: SourceFile, frontMatter: LessonFrontMatter, document: MarkdownDocument,
                exercises: [Exercise] = []) {
        self.number = number
        self.slug = slug
        self.folderName = folderName
        self.folderPath = folderPath
        self.source = source
        self.frontMatter = frontMatter
        self.document = document
        self.exercises = exercises
    }

    /// The file name of a lesson's Markdown inside its folder.
    public static let fileName = "lesson.md"
}

/// The fields at the top of a lesson.
public struct LessonFrontMatter: Sendable, Hashable {
    /// Every key a lesson's front matter may contain.
    static let knownKeys = ["title", "summary", "objectives"]

    /// The lesson's title.
    public var title: String
    /// One sentence on what the lesson covers, shown on the course map.
    public var summary: String
    /// What the learner will be able to do afterwards.
    public var objectives: [String]

    /// Creates front matter.
    public init(title: String, summary: String, objectives: [String]) {
        self.title = title
        self.summary = summary
        self.objectives = objectives
    }
}
