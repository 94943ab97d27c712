import CourseModel

/// The learner's workspace of a fresh edition: each exercise's starter as
/// `LESSON-SLUG/NAME.swift`, the file `course grade` grades and `course check` requires to
/// equal the starter. Made from the starters, not copied from the authors' `Exercises/`,
/// which an author may have been solving in.
enum ExerciseStarters {
    /// The files by path relative to `Exercises/`.
    static func files(of course: Course) throws(ReleaseError) -> [String: EditionFile] {
        var files: [String: EditionFile] = [:]
        for exercise in course.exercises {
            files["\(exercise.lessonSlug)/\(exercise.name).swift"] = EditionFile(bytes: try FileTree.readFile(exercise.starterPath).bytes)
        }
        return files
    }
}
