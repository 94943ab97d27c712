/// What the gradebook keeps of one learner: who they are, the digest of what was graded,
/// and a score per exercise. Written into the learner's report (key `gradebook`) and read
/// back from it, so a later run, or a merge of parts, rebuilds the gradebook from reports.
public struct LearnerRecord: Sendable, Hashable, Codable {
    /// Who.
    public var learner: Learner
    /// ``LearnerSubmission/digest`` of what was graded.
    public var submissionDigest: String
    /// One per exercise, in the course's order.
    public var exercises: [ExerciseScore]

    /// Creates a record.
    public init(learner: Learner, submissionDigest: String, exercises: [ExerciseScore]) {
        self.learner = learner
        self.submissionDigest = submissionDigest
        self.exercises = exercises
    }

    enum CodingKeys: String, CodingKey {
        case learner
        case submissionDigest = "submission_digest"
        case exercises
    }
}

/// One learner's score on one exercise.
public struct ExerciseScore: Sendable, Hashable, Codable {
    /// `lesson-slug/name`.
    public var id: String
    /// The grader's outcome ("passed", "failed", "compile error"…), or why the file was not
    /// graded ("not submitted", "not UTF-8", "too large").
    public var outcome: String
    /// Points earned.
    public var points: Double
    /// Points possible (0 when the checks never ran).
    public var maxPoints: Double
    /// The names of the checks that failed, in order.
    public var failedChecks: [String]

    /// Creates a score.
    public init(id: String, outcome: String, points: Double, maxPoints: Double, failedChecks: [String] = []) {
        self.id = id
        self.outcome = outcome
        self.points = points
        self.maxPoints = maxPoints
        self.failedChecks = failedChecks
    }

    enum CodingKeys: String, CodingKey {
        case id, outcome, points
        case maxPoints = "max_points"
        case failedChecks = "failed_checks"
    }
}
