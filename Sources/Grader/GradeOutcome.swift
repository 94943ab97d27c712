/// How grading one exercise ended: exactly one of these.
public enum GradeOutcome: Sendable, Hashable, Codable {
    /// Every check passed.
    case passed
    /// The program ran to the end and at least one check failed.
    case failed
    /// The learner's file is still the starter (or missing): nothing to grade yet.
    case notAttempted
    /// The compiler rejected the code; `diagnostics` point at the learner's file where possible.
    case compileError
    /// The program died: a trap (index out of range, nil unwrapped…), a signal, or an early exit.
    case crashed
    /// The program ran longer than the exercise's wall-clock limit.
    case timedOut
    /// The program hit a CPU, memory, file-size, output or process limit.
    case resourceLimit

    /// A short word for reports: "passed", "compile error"…
    public var label: String {
        switch self {
        case .passed: return "passed"
        case .failed: return "failed"
        case .notAttempted: return "not attempted"
        case .compileError: return "compile error"
        case .crashed: return "crashed"
        case .timedOut: return "timed out"
        case .resourceLimit: return "resource limit"
        }
    }
}

/// One check's result as the grader reports it.
public struct CheckReport: Sendable, Hashable, Codable {
    /// The check's name, as the author wrote it.
    public var name: String
    /// Whether it passed.
    public var passed: Bool
    /// Points earned and possible.
    public var points: Double
    public var maxPoints: Double
    /// Hidden checks count toward the score; their details are withheld from learners.
    public var hidden: Bool
    /// The author's hint, shown with a failure.
    public var hint: String?
    /// What failed: the call, expected and actual values, the tolerance; nil when passed.
    public var failure: CheckFailure?

    /// Creates a check report.
    public init(name: String, passed: Bool, points: Double, maxPoints: Double, hidden: Bool, hint: String?, failure: CheckFailure?) {
        self.name = name
        self.passed = passed
        self.points = points
        self.maxPoints = maxPoints
        self.hidden = hidden
        self.hint = hint
        self.failure = failure
    }
}

/// The details of a failed check.
public struct CheckFailure: Sendable, Hashable, Codable {
    public var message: String
    public var call: String?
    public var expected: String?
    public var actual: String?
    public var tolerance: String?
    /// For property checks: the seed and the failing case, to reproduce it.
    public var seed: UInt64?
    public var caseIndex: Int?

    /// Creates failure details.
    public init(message: String, call: String? = nil, expected: String? = nil, actual: String? = nil,
                tolerance: String? = nil, seed: UInt64? = nil, caseIndex: Int? = nil) {
        self.message = message
        self.call = call
        self.expected = expected
        self.actual = actual
        self.tolerance = tolerance
        self.seed = seed
        self.caseIndex = caseIndex
    }
}

/// Everything known about grading one exercise.
public struct ExerciseResult: Sendable, Hashable, Codable {
    /// `lesson-slug/name`.
    public var exerciseID: String
    public var title: String
    public var lessonSlug: String
    /// The file that was graded.
    public var file: String
    public var outcome: GradeOutcome
    /// One line saying what happened, written for the learner.
    public var summary: String
    /// Compiler diagnostics, crash messages or output relevant to the outcome.
    public var details: [String]
    /// Every check that ran, in order.
    public var checks: [CheckReport]
    /// Points earned and possible (possible is 0 when the checks never ran).
    public var points: Double
    public var maxPoints: Double
    /// What the program printed (capped), to help debugging.
    public var output: String
    /// Whether the result came from the cache.
    public var cached: Bool

    /// Creates a result.
    public init(exerciseID: String, title: String, lessonSlug: String, file: String, outcome: GradeOutcome,
                summary: String, details: [String] = [], checks: [CheckReport] = [], points: Double = 0,
                maxPoints: Double = 0, output: String = "", cached: Bool = false) {
        self.exerciseID = exerciseID
        self.title = title
        self.lessonSlug = lessonSlug
        self.file = file
        self.outcome = outcome
        self.summary = summary
        self.details = details
        self.checks = checks
        self.points = points
        self.maxPoints = maxPoints
        self.output = output
        self.cached = cached
    }
}

extension ExerciseResult {
    /// Whether the checks ran against the code; false when it was not attempted or did not
    /// compile, in which case `checks` (if any) only list what the exercise is worth.
    public var checksRan: Bool {
        outcome != .notAttempted && outcome != .compileError && !checks.isEmpty
    }
}
