#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CourseModel
import Foundation
import Grader

/// One learner's work as collected: for each exercise of the course, the file at
/// `FOLDER/Exercises/LESSON-SLUG/NAME.swift` (the layout of a learner edition) and what it is.
public struct LearnerSubmission: Sendable, Hashable {
    /// Who handed it in.
    public let learner: Learner
    /// The graded file of each exercise, in the course's order.
    public let paths: [String]
    /// What each file is.
    public let files: [SubmissionFile]
    /// A digest of everything that decides this learner's grades: the course and the
    /// grading setup (`courseDigest`), who the learner is, and each file's bytes. A report
    /// carrying the same digest is up to date.
    public let digest: String

    /// Creates a submission from inspected parts (tests build them directly).
    public init(learner: Learner, paths: [String], files: [SubmissionFile], courseDigest: String) {
        self.learner = learner
        self.paths = paths
        self.files = files
        var digest = DigestBuilder()
        for part in ["course gradebook learner 1", courseDigest, learner.folder, learner.id, learner.name] + files.map(\.digestText) {
            digest.add(part)
        }
        self.digest = digest.hexDigest()
    }

    /// Reads `learner`'s files under `submissions`; `starters` are the exercises' starters.
    public static func read(_ learner: Learner, submissions: String, exercises: [Exercise], starters: [Data],
                            courseDigest: String) -> LearnerSubmission {
        let folder = submissions + "/" + learner.folder
        let paths = exercises.map { folder + "/" + relativePath(of: $0) }
        var files = paths.map { _ in SubmissionFile.missing }
        if let real = realpath(folder, nil) {
            let realFolder = String(cString: real)
            free(real)
            files = zip(paths, starters).map { SubmissionFile.inspect($0, inFolder: realFolder, starter: $1) }
        }
        return LearnerSubmission(learner: learner, paths: paths, files: files, courseDigest: courseDigest)
    }

    /// Where a learner's copy of `exercise` lies inside their folder, as in a learner edition.
    public static func relativePath(of exercise: Exercise) -> String {
        "Exercises/\(exercise.lessonSlug)/\(exercise.name).swift"
    }

    /// The result of an exercise whose file is not graded (missing, unchanged, not UTF-8…),
    /// or nil when the grader must compile it. Always 0 points.
    public func presetResult(_ index: Int, of exercise: Exercise) -> ExerciseResult? {
        let path = paths[index]
        var result = ExerciseResult(exerciseID: exercise.id, title: exercise.frontMatter.title, lessonSlug: exercise.lessonSlug,
                                    file: path, outcome: .notAttempted, summary: "")
        switch files[index] {
        case .submitted:
            return nil
        case .unchanged:
            result.summary = "Not attempted: \(path) is the starter, unchanged."
        case .missing:
            result.summary = "Not submitted: there is no \(Self.relativePath(of: exercise)) in \(learner.folder)'s folder."
        case .notRegularFile(let why):
            result.summary = "Not submitted: \(path) is \(why); only regular files inside the learner's folder are graded."
        case .notUTF8(let offset):
            result.outcome = .compileError
            result.summary = "Not graded: \(path) is not UTF-8 text (an invalid byte at offset \(offset)); it was not compiled. Save it as UTF-8 and hand it in again."
        case .tooLarge(let bytes):
            result.outcome = .compileError
            result.summary = "Not graded: \(path) is \(bytes) bytes, over the \(SubmissionFile.sizeLimit)-byte limit for an exercise file; it was not compiled."
        }
        return result
    }

    /// The gradebook's word for how an exercise ended: the grader's outcome, or why the file
    /// was not graded.
    func outcomeWord(_ index: Int, result: ExerciseResult) -> String {
        switch files[index] {
        case .submitted, .unchanged: return result.outcome.label
        case .missing, .notRegularFile: return "not submitted"
        case .notUTF8: return "not UTF-8"
        case .tooLarge: return "too large"
        }
    }
}
