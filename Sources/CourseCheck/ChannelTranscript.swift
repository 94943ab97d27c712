/// What a grader reads back from the results channel of one run.
///
/// It holds the finished checks, the check that was running when the program stopped,
/// and whether the run got to the end. Only lines carrying the nonce count. A run is
/// trustworthy only when `isComplete`; otherwise the program crashed, timed out or exited
/// early (for instance because the learner's code called `exit`), and
/// `startedButUnfinished` names the check it was in.
public struct ChannelTranscript: Sendable, Equatable {
    /// The results, in the order the checks ran.
    ///
    /// Names are unique: the runner reports duplicate names instead of running them twice.
    public var results: [CheckResult]
    /// The check that started but never reported a result; `nil` if none.
    ///
    /// That is where the program crashed, hung or exited. Its points are lost; report it
    /// as failed, by crash.
    public var startedButUnfinished: String?
    /// The first failure the unfinished check had recorded before it stopped, if any.
    ///
    /// Failures are sent the moment they happen, so a check whose body fails an expectation
    /// and then traps still says what failed first. `nil` when `startedButUnfinished` is.
    public var unfinishedCheckFailure: CheckFailure?
    /// Whether the run got to the end.
    ///
    /// True when the final "done" line arrived, its count matches `results`, and no check
    /// was left unfinished. When `false`, score at most the results that did arrive.
    public var isComplete: Bool
    /// How many lines were ignored because they did not carry the nonce.
    ///
    /// Counts lines without the nonce, text before the nonce on a line, and lines whose
    /// record after the nonce could not be read. Non-zero means something other than the
    /// runner wrote to the channel, normally the learner's code trying to forge results.
    public var forgedLines: Int
    /// The call of the unfinished check during which the learner's process stopped
    /// answering; `nil` when it did not.
    public var lostCall: String?
    /// Why `lostCall` got no result; nil when no call was lost.
    public var lostReason: LostWorker?
    /// Every check the run meant to run, with its points, announced before the first; empty
    /// if the announcement never came.
    public var planned: [PlannedCheck]

    /// Creates a transcript.
    ///
    /// `CheckChannel.parse` builds these; tests may too.
    public init(results: [CheckResult], startedButUnfinished: String?, unfinishedCheckFailure: CheckFailure? = nil, isComplete: Bool, forgedLines: Int, lostCall: String? = nil, lostReason: LostWorker? = nil,
                planned: [PlannedCheck] = []) {
        self.results = results
        self.startedButUnfinished = startedButUnfinished
        self.unfinishedCheckFailure = unfinishedCheckFailure
        self.isComplete = isComplete
        self.forgedLines = forgedLines
        self.lostCall = lostCall
        self.lostReason = lostReason
        self.planned = planned
    }
}
