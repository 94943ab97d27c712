/// What went wrong in a failed check: the first failed expectation, in full.
///
/// All texts are single lines meant to be shown as they are: `call` is what the check
/// author wrote to describe the call (`rotatePair([1, 0], by: .pi / 2)`), `expected` and
/// `actual` are the values as text (long arrays abbreviated around the interesting
/// element), and `message` pinpoints the problem ("element [2]: expected 0.5, got 0.49").
/// Property checks add the seed and case index that reproduce the failure.
public struct CheckFailure: Sendable, Equatable {
    /// The problem in one line.
    ///
    /// For example "expected 4 values, got 3" or "got NaN — did something divide 0 by 0?".
    public var message: String
    /// The call under test, as the check author described it.
    ///
    /// Empty only if the author passed an empty string.
    public var call: String
    /// The expected value, as text.
    ///
    /// Long arrays and matrices are abbreviated around the first difference.
    public var expected: String
    /// The value that came back, as text.
    ///
    /// Abbreviated like `expected`.
    public var actual: String
    /// The tolerance rule in words ("|Δ| ≤ 1e-12"), for floating-point comparisons.
    ///
    /// `nil` for exact comparisons of non-floating-point values and for `expectTrue`.
    public var tolerance: String?
    /// Where the failing expectation is written, as "File.swift:line".
    ///
    /// Points the author at the check; `nil` when unknown (a thrown error).
    public var location: String?
    /// The seed of the property check that failed, to pass as `seed:` to reproduce it.
    ///
    /// `nil` for ordinary checks.
    public var seed: UInt64?
    /// Which case of the property check failed, counting from 0.
    ///
    /// With the same `seed`, the check fails again at this case. `nil` for ordinary checks.
    public var caseIndex: Int?
    /// How many more expectations failed after this one in the same run of the body.
    ///
    /// The body keeps running after a failure; only the first is reported in full.
    public var additionalFailures: Int

    /// Creates a failure record.
    ///
    /// The grader and tests build these; check bodies record failures through the
    /// `expect…` functions instead.
    public init(
        message: String,
        call: String,
        expected: String,
        actual: String,
        tolerance: String? = nil,
        location: String? = nil,
        seed: UInt64? = nil,
        caseIndex: Int? = nil,
        additionalFailures: Int = 0
    ) {
        self.message = message
        self.call = call
        self.expected = expected
        self.actual = actual
        self.tolerance = tolerance
        self.location = location
        self.seed = seed
        self.caseIndex = caseIndex
        self.additionalFailures = additionalFailures
    }
}
