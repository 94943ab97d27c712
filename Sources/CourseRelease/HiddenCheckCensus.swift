import CourseModel
import Foundation
import Grader

/// Counts each exercise's hidden checks and their points by grading its reference solution
/// twice: as the authors' repository has it (`checks.swift` and `hidden.swift`), and as the
/// learner edition will (`checks.swift` alone). The difference in checks and in points is
/// what the edition withholds.
///
/// Counting what the checks' program reports, rather than reading `hidden.swift`'s text, is
/// exact whatever the checks look like (a loop building checks, a helper returning several),
/// and the second grading proves on the way that `checks.swift` compiles and passes without
/// `hidden.swift`, as the learner edition needs.
public struct HiddenCheckCensus: Sendable {
    /// The grader the course is checked with.
    public let grader: Grader

    /// Creates a census that grades with `grader`.
    public init(grader: Grader) {
        self.grader = grader
    }

    /// The hidden checks of every exercise that has `hidden.swift`, by exercise id.
    ///
    /// - Throws: ``ReleaseError/problems(_:)`` when a solution does not pass, with or without
    ///   its hidden checks, or the grader cannot run.
    public func count(_ course: Course) throws(ReleaseError) -> [String: WithheldChecks] {
        let fileManager = FileManager.default
        let exercises = course.exercises.filter { fileManager.fileExists(atPath: $0.hiddenChecksPath) }
        guard !exercises.isEmpty else { return [:] }
        let scratch = NSTemporaryDirectory() + "course-release-census-" + UUID().uuidString
        defer { try? fileManager.removeItem(atPath: scratch) }
        var publicOnly: [Exercise] = []
        for exercise in exercises {
            // The edition's view of the exercise: its starter and checks in a folder without
            // hidden.swift, graded against the author's solution as the learner's file.
            let folder = scratch + "/" + exercise.lessonSlug + "/" + exercise.name
            do {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for file in ["starter.swift", "checks.swift"] {
                    try fileManager.copyItem(atPath: exercise.folderPath + "/" + file, toPath: folder + "/" + file)
                }
            } catch {
                throw .fileSystem(path: folder, reason: "cannot prepare the census: \(error.localizedDescription)")
            }
            publicOnly.append(Exercise(name: exercise.name, lessonSlug: exercise.lessonSlug, folderPath: folder,
                                       workspacePath: exercise.solutionPath, frontMatter: exercise.frontMatter,
                                       statement: exercise.statement, statementPath: exercise.statementPath))
        }
        let full: [ExerciseResult], partial: [ExerciseResult]
        do throws(GradeError) {
            full = try grader.grade(exercises, source: .solution)
            partial = try grader.grade(publicOnly, source: .workspace)
        } catch {
            throw .problems([error.description])
        }
        var counts: [String: WithheldChecks] = [:]
        var problems: [String] = []
        for (exercise, (all, checksAlone)) in zip(exercises, zip(full, partial)) {
            guard all.outcome == .passed else {
                problems.append("\(exercise.solutionPath): error: the reference solution of \(exercise.id) does not pass with its hidden checks (\(all.outcome.label)); run 'course check'")
                continue
            }
            guard checksAlone.outcome == .passed else {
                let detail = checksAlone.details.first.map { ": " + $0 } ?? ""
                problems.append("\(exercise.checksPath): error: without hidden.swift the checks of \(exercise.id) do not pass the reference solution (\(checksAlone.outcome.label))\(detail); the learner edition compiles checks.swift alone, so it must not use anything hidden.swift declares")
                continue
            }
            let hidden = all.checks.count - checksAlone.checks.count
            guard hidden > 0 else { continue }
            counts[exercise.id] = WithheldChecks(count: hidden, points: Int((all.maxPoints - checksAlone.maxPoints).rounded()))
        }
        if !problems.isEmpty { throw .problems(problems) }
        return counts
    }
}
