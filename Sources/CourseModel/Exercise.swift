import Markdown

/// One graded exercise: a folder `exercises/NAME/` inside its lesson.
///
/// The folder holds `exercise.md` (front matter and the statement, with folded hints),
/// `starter.swift` (what the learner starts from, shown on the site), `solution.swift` (the
/// reference, never shown unless the author opts in) and `checks.swift` (checks written
/// against `CourseCheck`). The learner edits a copy of the starter in the workspace,
/// `Exercises/LESSON-SLUG/NAME.swift`, so the course's own files stay pristine.
public struct Exercise: Sendable, Hashable, Identifiable {
    /// The exercise's name, a slug unique within its lesson (`rotate-pair`).
    public let name: String
    /// The slug of the lesson it belongs to (`rotary-idea`).
    public let lessonSlug: String
    /// The folder with the author's files.
    public let folderPath: String
    /// The file the learner edits.
    public let workspacePath: String
    /// Title and options from the front matter of `exercise.md`.
    public let frontMatter: ExerciseFrontMatter
    /// The statement: the Markdown body of `exercise.md`, with the file's line numbers.
    public let statement: MarkdownDocument
    /// The path of `exercise.md`, for diagnostics.
    public let statementPath: String

    /// `lesson-slug/name`, as learners type it: `course grade rotary-idea/rotate-pair`.
    public var id: String { "\(lessonSlug)/\(name)" }
    /// The author's starting point; the workspace file starts as a copy of it.
    public var starterPath: String { folderPath + "/" + Self.starterFileName }
    /// The reference solution.
    public var solutionPath: String { folderPath + "/" + Self.solutionFileName }
    /// The checks.
    public var checksPath: String { folderPath + "/" + Self.checksFileName }
    /// The hidden checks (`hidden.swift`, optional): run by `course grade` in the authors'
    /// repository and by the instructor's gradebook, left out of a learner edition.
    public var hiddenChecksPath: String { folderPath + "/" + Self.hiddenChecksFileName }

    /// Creates an exercise from validated parts.
    public init(name: String, lessonSlug: String, folderPath: String, workspacePath: String,
                frontMatter: ExerciseFrontMatter, statement: MarkdownDocument, statementPath: String) {
        self.name = name
        self.lessonSlug = lessonSlug
        self.folderPath = folderPath
        self.workspacePath = workspacePath
        self.frontMatter = frontMatter
        self.statement = statement
        self.statementPath = statementPath
    }

    /// The folder inside a lesson that holds its exercises.
    public static let folderName = "exercises"
    static let statementFileName = "exercise.md"
    static let starterFileName = "starter.swift"
    static let solutionFileName = "solution.swift"
    static let checksFileName = "checks.swift"
    static let hiddenChecksFileName = "hidden.swift"
}

/// The fields at the top of `exercise.md`.
public struct ExerciseFrontMatter: Sendable, Hashable {
    static let knownKeys = ["title", "timeout", "show_solution", "hidden_checks", "hidden_points"]

    /// The exercise's title, shown on the site and in reports.
    public var title: String
    /// Wall-clock seconds a run of the checks may take; the grader's default when nil.
    public var timeoutSeconds: Double?
    /// Whether the site shows the reference solution (folded). Off unless the author asks.
    public var showsSolution: Bool
    /// In a learner edition: how many hidden checks, worth how many points, were left out
    /// (written by `course release`, not by authors). Nil in the authors' repository.
    public var withheldHiddenChecks: WithheldChecks?

    /// Creates front matter.
    public init(title: String, timeoutSeconds: Double? = nil, showsSolution: Bool = false,
                withheldHiddenChecks: WithheldChecks? = nil) {
        self.title = title
        self.timeoutSeconds = timeoutSeconds
        self.showsSolution = showsSolution
        self.withheldHiddenChecks = withheldHiddenChecks
    }
}

/// Hidden checks a learner edition does not carry, so grading can say they exist.
public struct WithheldChecks: Sendable, Hashable {
    public var count: Int
    public var points: Int
    public init(count: Int, points: Int) {
        self.count = count
        self.points = points
    }
}
