import Grader

/// What a gradebook knows besides the learners' records: the course's exercises and their
/// maximum points, the digests that tie a run's parts together, and the notes for the
/// instructor. Every part of a sharded run carries it; they must agree to be merged.
public struct GradebookContext: Sendable, Hashable, Codable {
    /// ``CourseFingerprint``'s digest.
    public var courseDigest: String
    /// ``GradebookPlan/submissionsDigest``: the whole class, whatever the shard.
    public var submissionsDigest: String
    /// How many learners the class has.
    public var learnerCount: Int
    /// The columns: one per exercise, in the course's order.
    public var exercises: [ExerciseColumn]
    /// Warnings about the roster, the submissions and the course, one line each.
    public var notes: [String]

    /// Creates a context.
    public init(courseDigest: String, submissionsDigest: String, learnerCount: Int, exercises: [ExerciseColumn], notes: [String]) {
        self.courseDigest = courseDigest
        self.submissionsDigest = submissionsDigest
        self.learnerCount = learnerCount
        self.exercises = exercises
        self.notes = notes
    }

    /// The context of `plan`, given the reference solutions' results (by exercise) and the
    /// class list's warnings.
    public init(plan: GradebookPlan, solutions: [ExerciseResult?], warnings: [String]) {
        var notes = warnings
        let columns = plan.exercises.indices.map { index in
            let exercise = plan.exercises[index]
            let solution = solutions[index]
            if let solution, solution.outcome != .passed || solution.points != solution.maxPoints {
                notes.append("\(exercise.solutionPath): warning: the reference solution of \(exercise.id) ends '\(solution.outcome.label)' with \(PointsFormat.text(solution.points)) of \(PointsFormat.text(solution.maxPoints)) points; its maximum is taken from the learners' results. Run 'course check'.")
            }
            return ExerciseColumn(id: exercise.id, title: exercise.frontMatter.title,
                                  maxPoints: solution?.outcome == .passed ? solution!.maxPoints : 0)
        }
        self.init(courseDigest: plan.courseDigest, submissionsDigest: plan.submissionsDigest,
                  learnerCount: plan.submissions.count, exercises: columns, notes: notes)
    }

    enum CodingKeys: String, CodingKey {
        case courseDigest = "course_digest"
        case submissionsDigest = "submissions_digest"
        case learnerCount = "learner_count"
        case exercises, notes
    }
}

/// One exercise as a gradebook column.
public struct ExerciseColumn: Sendable, Hashable, Codable {
    /// `lesson-slug/name`: the column's header.
    public var id: String
    /// The exercise's title.
    public var title: String
    /// What the reference solution earns (0 when it did not pass).
    public var maxPoints: Double

    /// Creates a column.
    public init(id: String, title: String, maxPoints: Double) {
        self.id = id
        self.title = title
        self.maxPoints = maxPoints
    }

    enum CodingKeys: String, CodingKey {
        case id, title
        case maxPoints = "max_points"
    }
}
