import CourseModel
import SiteRenderer

/// Computes a learner edition in memory: a complete repository a learner clones, builds,
/// tests, reads and grades in, without solutions or hidden checks.
///
/// It holds the tool (`Package.swift`, `Sources/`, `Tests/`, `scripts/`, `.ci/`,
/// `.gitignore`), the lessons rewritten by ``LessonsRewriter``, `Exercises/` (each starter as
/// the learner's file), `site/` built from the edition's own lessons, and a README for learners.
public struct LearnerEditionBuilder: Sendable {
    /// The authors' package: where `Package.swift`, `Sources/` and `Tests/` are.
    public let packageRoot: String
    /// The authors' course, already validated (`course check`).
    public let course: Course
    /// The hidden checks each exercise leaves out, by exercise id (see ``HiddenCheckCensus``).
    public let withheld: [String: WithheldChecks]
    /// Builds the site as `course build` does.
    public let siteBuilder: SiteBuilder

    /// Creates a builder.
    public init(packageRoot: String, course: Course, withheld: [String: WithheldChecks], siteBuilder: SiteBuilder) {
        self.packageRoot = packageRoot
        self.course = course
        self.withheld = withheld
        self.siteBuilder = siteBuilder
    }

    /// The edition.
    public func build() throws(ReleaseError) -> Edition {
        guard !course.metadata.isLearnerEdition else { throw .alreadyLearnerEdition(path: course.lessonsPath) }
        var edition = Edition()
        let repository = try RepositoryParts.read(RepositoryParts.learner, root: packageRoot)
        edition.add(repository.files)
        let lessons = try LessonsRewriter(course: course, kind: .learner(withheld: withheld)).files()
        edition.add(lessons.files, under: "Lessons")
        edition.add(try ExerciseStarters.files(of: course), under: "Exercises")
        edition.add(try EditionSite(builder: siteBuilder).build(lessons: lessons.files), under: "site")
        guard let template = repository.files[LearnerReadme.templatePath] else {
            throw .fileSystem(path: packageRoot + "/" + LearnerReadme.templatePath, reason: "the learner README's template is missing")
        }
        edition.files["README.md"] = EditionFile(text: LearnerReadme.render(template.text, course: course))
        edition.leftOut = repository.leftOut + lessons.leftOut.map { "Lessons/" + $0 }
        return edition
    }
}
