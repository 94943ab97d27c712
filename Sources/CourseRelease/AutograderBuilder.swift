import CourseModel

/// Computes Gradescope's autograder package in memory: the zip's contents, which Gradescope
/// unpacks into `/autograder/source`.
///
/// It holds `setup.sh` (run once when Gradescope builds the image: installs Swift 6,
/// libcmark-dev, libxxhash-dev, pkg-config and bubblewrap, builds `course`, compiles the checks),
/// `run_autograder` (run per submission: copies the submission's exercise files into a
/// grading workspace and runs `course grade --gradescope`), and the course package — the
/// tool, the lessons with their checks and hidden checks but without solutions (see
/// ``LessonsRewriter``), and the starters as `Exercises/`. Both scripts are real files in
/// the package (`Sources/CourseRelease/Templates/`), filled with this package's settings.
public struct AutograderBuilder: Sendable {
    /// The authors' package: where `Package.swift`, `Sources/` and `Tests/` are.
    public let packageRoot: String
    /// The authors' course, already validated (`course check`).
    public let course: Course
    /// What each submission grades (`course grade`'s targets); empty for every exercise.
    public let targets: [String]
    /// How learner code is isolated on Gradescope: `required`, `auto` or `off`.
    public let isolation: String
    /// The Swift release `setup.sh` installs, like `6.0.3`.
    public let swiftVersion: String

    /// Where the scripts' templates live, relative to the package's root.
    static let setupTemplate = "Sources/CourseRelease/Templates/gradescope-setup.sh"
    static let runTemplate = "Sources/CourseRelease/Templates/gradescope-run_autograder"

    /// Creates a builder.
    public init(packageRoot: String, course: Course, targets: [String], isolation: String, swiftVersion: String) {
        self.packageRoot = packageRoot
        self.course = course
        self.targets = targets
        self.isolation = isolation
        self.swiftVersion = swiftVersion
    }

    /// The package.
    public func build() throws(ReleaseError) -> Edition {
        guard !course.metadata.isLearnerEdition else { throw .alreadyLearnerEdition(path: course.lessonsPath) }
        var edition = Edition()
        let repository = try RepositoryParts.read(RepositoryParts.autograder, root: packageRoot)
        edition.add(repository.files)
        let lessons = try LessonsRewriter(course: course, kind: .autograder).files()
        edition.add(lessons.files, under: "Lessons")
        edition.add(try ExerciseStarters.files(of: course), under: "Exercises")
        // Targets are lesson and exercise names the command checked against the course
        // (slugs: lowercase letters, digits, dashes and one slash), quoted all the same.
        let slots = [
            "{{swift-version}}": swiftVersion,
            "{{isolation}}": isolation,
            "{{targets}}": targets.map { "'\($0)'" }.joined(separator: " "),
        ]
        for (name, template) in [("setup.sh", Self.setupTemplate), ("run_autograder", Self.runTemplate)] {
            guard let file = repository.files[template] else {
                throw .fileSystem(path: packageRoot + "/" + template, reason: "the autograder's script template is missing")
            }
            edition.files[name] = EditionFile(text: TemplateText.fill(file.text, slots), isExecutable: true)
        }
        edition.leftOut = repository.leftOut + lessons.leftOut.map { "Lessons/" + $0 }
        return edition
    }

    /// The release number in `swiftc --version`'s first line (`Swift version 6.0.3
    /// (swift-6.0.3-RELEASE)` → `6.0.3`), or nil for a development snapshot, which swift.org
    /// does not keep.
    public static func releaseNumber(inCompilerVersion line: String) -> String? {
        guard let start = line.range(of: "(swift-"), let end = line[start.upperBound...].range(of: "-RELEASE)") else { return nil }
        let number = line[start.upperBound..<end.lowerBound]
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return String(number)
    }
}
