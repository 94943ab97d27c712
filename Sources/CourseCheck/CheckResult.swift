/// The outcome of one check, as the runner reports it and `CheckChannel.parse` reads it back.
///
/// Scoring is all or nothing: a passed check earns `maxPoints`, a failed one 0. For a
/// hidden check (`hidden == true`) the name and points count, but the grader must not show
/// `hint` or `failure` to the learner; `learnerView` is that redacted form.
public struct CheckResult: Sendable, Equatable {
    /// The check's name, unique within one run.
    ///
    /// The runner guarantees uniqueness: duplicates are reported, not run (see `CheckRunner`).
    public var name: String
    /// Whether every expectation held and the body threw nothing.
    ///
    /// A check that crashed has no result at all (see `ChannelTranscript`).
    public var passed: Bool
    /// The points earned: `maxPoints` if passed, else 0.
    ///
    /// Never negative.
    public var points: Int
    /// The points the check is worth.
    ///
    /// Never negative; an invalid (negative) value in the checks file is reported as 0.
    public var maxPoints: Int
    /// Whether the check's details are withheld from the learner.
    ///
    /// The details still travel on the channel so the grader can log them for authors.
    public var hidden: Bool
    /// The author's hint for learners whose code fails this check.
    ///
    /// Sent whether or not the check passed; the grader decides when to show it.
    public var hint: String?
    /// The first failure, in full; `nil` when the check passed.
    ///
    /// See `CheckFailure`.
    public var failure: CheckFailure?

    /// Creates a result.
    ///
    /// The runner builds these; the grader and tests may too.
    public init(name: String, passed: Bool, points: Int, maxPoints: Int, hidden: Bool, hint: String?, failure: CheckFailure?) {
        self.name = name
        self.passed = passed
        self.points = points
        self.maxPoints = maxPoints
        self.hidden = hidden
        self.hint = hint
        self.failure = failure
    }

    /// What the learner may see of this result.
    ///
    /// Unchanged for a visible check; for a hidden one, the same result without `hint`
    /// and `failure`. The one shared definition of what "hidden" withholds.
    public var learnerView: CheckResult {
        guard hidden else { return self }
        var view = self
        view.hint = nil
        view.failure = nil
        return view
    }
}
