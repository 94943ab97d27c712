import CourseModel
import Foundation

/// What one run must grade: every learner's files inspected, the learners of this shard
/// whose reports are not up to date, and one flat list of grading jobs for the grader.
///
/// The list is flat (learner × exercise, not learner by learner) so the grader keeps every
/// core busy across learners. It starts with each exercise's reference solution, which gives
/// the exercise's maximum points (a learner's result says 0 possible when their code does
/// not compile) and compiles each checks program once before learners' jobs need it; then
/// the learners' files, learner by learner, so reports are finished, and written, steadily.
public struct GradebookPlan: Sendable {
    /// Whose job a graded file is.
    public enum Owner: Sendable, Hashable {
        /// The reference solution of exercise `exercise`.
        case solution(exercise: Int)
        /// Learner `learner`'s file for exercise `exercise` (indexes into ``submissions``
        /// and the course's exercises).
        case learner(Int, exercise: Int)
    }

    /// The course's exercises, in order: the gradebook's columns.
    public let exercises: [Exercise]
    /// Every learner of the class (not only this shard's), sorted by folder.
    public let submissions: [LearnerSubmission]
    /// Indexes into ``submissions`` of this shard's learners.
    public let selected: [Int]
    /// This shard's learners whose reports are up to date, by index: not graded again.
    public let upToDate: [Int: (text: String, record: LearnerRecord)]
    /// The grader's work: solutions, then learners' changed files.
    public let jobs: [Exercise]
    /// Whose each job is, by graded file path.
    public let owners: [String: Owner]
    /// ``CourseFingerprint``'s digest.
    public let courseDigest: String
    /// Which share of the class this run grades.
    public let shard: Shard

    /// Plans grading `classList` (folders under `submissions`) on `exercises`, for `shard`,
    /// reusing reports in `store` that are up to date.
    public static func make(exercises: [Exercise], classList: ClassList, submissions: String, courseDigest: String,
                            shard: Shard, store: ReportStore) -> GradebookPlan {
        let starters = exercises.map { FileManager.default.contents(atPath: $0.starterPath) ?? Data() }
        let all = classList.learners.map { learner in
            LearnerSubmission.read(learner, submissions: submissions, exercises: exercises, starters: starters,
                                   courseDigest: courseDigest)
        }
        let selected = all.indices.filter { shard.contains(position: $0) }
        var upToDate: [Int: (text: String, record: LearnerRecord)] = [:]
        for index in selected {
            if let report = store.upToDateReport(of: all[index].learner.folder, digest: all[index].digest) {
                upToDate[index] = report
            }
        }

        var jobs: [Exercise] = []
        var owners: [String: Owner] = [:]
        for (index, exercise) in exercises.enumerated() {
            jobs.append(exercise.graded(at: exercise.solutionPath))
            owners[exercise.solutionPath] = .solution(exercise: index)
        }
        for learner in selected where upToDate[learner] == nil {
            for (index, exercise) in exercises.enumerated() where all[learner].files[index].needsGrading {
                let path = all[learner].paths[index]
                jobs.append(exercise.graded(at: path))
                owners[path] = .learner(learner, exercise: index)
            }
        }
        return GradebookPlan(exercises: exercises, submissions: all, selected: selected, upToDate: upToDate,
                             jobs: jobs, owners: owners, courseDigest: courseDigest, shard: shard)
    }

    /// The digest of the whole class's submissions: every learner (not only this shard's)
    /// and the digest of their files. Parts of one sharded run agree on it.
    public var submissionsDigest: String {
        Self.submissionsDigest(submissions.map { ($0.learner.folder, $0.digest) })
    }

    /// The digest of a class given each learner's folder and submission digest.
    public static func submissionsDigest(_ learners: [(folder: String, digest: String)]) -> String {
        var digest = DigestBuilder()
        digest.add("course gradebook class 1")
        for learner in learners.sorted(by: { $0.folder.utf8.lexicographicallyPrecedes($1.folder.utf8) }) {
            digest.add(learner.folder)
            digest.add(learner.digest)
        }
        return digest.hexDigest()
    }
}

extension Exercise {
    /// The same exercise with `path` as the file the grader grades.
    func graded(at path: String) -> Exercise {
        Exercise(name: name, lessonSlug: lessonSlug, folderPath: folderPath, workspacePath: path,
                 frontMatter: frontMatter, statement: statement, statementPath: statementPath)
    }
}
