import ContentHash
import Foundation
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
    /// The parsed Markdown body; line numbers are the file's. Parsed on each use (the tree is
    /// not kept), so a build that takes an unchanged lesson from its cache never parses it.
    public var document: MarkdownDocument { body.document }
    /// The fingerprint of the lesson file's text: the key of everything cached about it.
    public let sourceDigest: Fingerprint
    /// The lesson's exercises, ordered by name.
    public let exercises: [Exercise]
    private let body: LessonBody

    /// Creates a lesson from parts already validated.
    public init(number: Int, slug: String, folderName: String, folderPath: String,
                source: SourceFile, frontMatter: LessonFrontMatter, document: MarkdownDocument,
                exercises: [Exercise] = []) {
        self.init(number: number, slug: slug, folderName: folderName, folderPath: folderPath, source: source,
                  frontMatter: frontMatter, body: LessonBody(document: document), exercises: exercises)
    }

    /// Creates a lesson whose body is parsed when asked for; `sourceDigest` when known already.
    init(number: Int, slug: String, folderName: String, folderPath: String, source: SourceFile,
         sourceDigest: Fingerprint? = nil, frontMatter: LessonFrontMatter, body: LessonBody, exercises: [Exercise] = []) {
        self.number = number
        self.slug = slug
        self.folderName = folderName
        self.folderPath = folderPath
        self.source = source
        self.sourceDigest = sourceDigest ?? Fingerprint.of(source.text)
        self.frontMatter = frontMatter
        self.body = body
        self.exercises = exercises
    }

    /// The same lesson with its exercises.
    func with(exercises: [Exercise]) -> Lesson {
        Lesson(number: number, slug: slug, folderName: folderName, folderPath: folderPath, source: source,
               sourceDigest: sourceDigest, frontMatter: frontMatter, body: body, exercises: exercises)
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

/// A lesson's Markdown body: parsed on each access, not kept.
///
/// A build of 1,000 lessons keeps no trees alive: the outline pass parses a lesson and drops
/// the tree, the render parses it again for as long as it renders (a parse is ~2% of the
/// render), and a lesson taken from the build cache is not parsed at all. Callers that use
/// the document several times keep the value.
final class LessonBody: Sendable, Hashable {
    /// The file split at its front matter (cmark parses the body with the front matter
    /// blanked), or nil when the document was given already parsed.
    private let frontMatter: FrontMatter?
    private let parsed: MarkdownDocument?

    init(frontMatter: FrontMatter) {
        self.frontMatter = frontMatter
        self.parsed = nil
    }

    init(document: MarkdownDocument) {
        self.frontMatter = nil
        self.parsed = document
    }

    var document: MarkdownDocument {
        parsed ?? MarkdownDocument(parsing: frontMatter?.body ?? "")
    }

    static func == (a: LessonBody, b: LessonBody) -> Bool {
        if a === b { return true }
        if let left = a.frontMatter?.body, let right = b.frontMatter?.body { return left == right }
        return a.document == b.document
    }

    func hash(into hasher: inout Hasher) {
        // Equal bodies have equal documents, whichever way each was made.
        hasher.combine(document)
    }
}
