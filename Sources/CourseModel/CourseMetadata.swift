/// What a course says about itself, read from `course.yml` at the top of its lessons folder.
public struct CourseMetadata: Sendable, Hashable {
    /// The file name the loader looks for in the lessons folder.
    public static let fileName = "course.yml"
    /// Every key `course.yml` may contain.
    static let knownKeys = ["title", "description", "language", "author", "raw_html", "edition"]

    /// The course's title, shown on every page.
    public var title: String
    /// One or two sentences shown on the course map.
    public var description: String
    /// The BCP 47 language tag of the pages (`lang` attribute); "en" unless set.
    public var language: String
    /// Who wrote the course, shown in the footer when set.
    public var author: String?
    /// Whether raw HTML in lessons reaches the pages. Off by default: lesson text is escaped.
    public var allowsRawHTML: Bool
    /// Whether this is a learner edition written by `course release` (`edition: learner`):
    /// no solutions, no hidden checks. Authors' repositories leave the key out.
    public var isLearnerEdition: Bool

    /// Creates metadata.
    public init(title: String, description: String, language: String = "en", author: String? = nil, allowsRawHTML: Bool = false,
                isLearnerEdition: Bool = false) {
        self.title = title
        self.description = description
        self.language = language
        self.author = author
        self.allowsRawHTML = allowsRawHTML
        self.isLearnerEdition = isLearnerEdition
    }

    /// Reads and validates `course.yml`; every problem found is thrown together.
    public static func parse(_ file: SourceFile) throws(CourseError) -> CourseMetadata {
        var fields = YAMLFields(yaml: file.text, file: file.path, lineOffset: 0)
        let edition = fields.optionalString("edition")
        if let edition, edition != "learner" {
            fields.diagnostics.append(Diagnostic(file: file.path, message:
                "'edition' is written by 'course release' and can only be 'learner'; remove it in an authors' repository"))
        }
        let metadata = CourseMetadata(
            title: fields.requiredString("title", purpose: "the course's title"),
            description: fields.requiredString("description", purpose: "a sentence or two about the course"),
            language: fields.optionalString("language") ?? "en",
            author: fields.optionalString("author"),
            allowsRawHTML: fields.bool("raw_html", default: false),
            isLearnerEdition: edition == "learner"
        )
        fields.rejectUnknownKeys(known: knownKeys)
        if !fields.diagnostics.isEmpty { throw CourseError(fields.diagnostics) }
        return metadata
    }
}
