import ArgumentParser
import CourseModel
import CourseRelease

/// What `course release` and `course autograder` share: the authors' course, proven by
/// `course check` before anything is made from it, and their errors as exit statuses.
enum AuthorsCourse {
    /// Loads the course in `options`, refuses a learner edition, lets `validate` look at it
    /// (quick checks of the command's own arguments), and runs `course check` on it (its
    /// report goes to the terminal as usual); throws the check's exit status when it fails.
    static func checked(_ options: LessonsOptions, isolation: IsolationOption,
                        validate: (Course) throws -> Void = { _ in }) throws -> Course {
        let course = try GradingEnvironment.loadCourse(options)
        if course.metadata.isLearnerEdition { try report { () throws(ReleaseError) in throw .alreadyLearnerEdition(path: options.lessons) } }
        try validate(course)
        let check = try CheckCommand.parse(["--lessons", options.lessons, "--isolation", isolation.isolation.rawValue])
        try check.run()
        return course
    }

    /// Runs `body`; a ``ReleaseError`` is printed and becomes its exit status: 65 for problems
    /// in the course, 73 when the output cannot be written.
    static func report<T>(_ body: () throws(ReleaseError) -> T) throws -> T {
        do throws(ReleaseError) {
            return try body()
        } catch {
            Console.error(error.description)
            switch error {
            case .alreadyLearnerEdition, .problems: throw ExitStatus.courseError
            case .outputNotEmpty, .outputNotAFolder, .notAnAutograder, .fileSystem: throw ExitStatus.cannotCreate
            }
        }
    }
}
