/// Receives the events of a run as they happen: the channel writer for the grader, the
/// console report for an author running the program by hand.
protocol CheckReporter: AnyObject {
    /// The checks about to run, in order, before the first starts.
    func planned(_ checks: [PlannedCheck])
    /// A check is about to run (also sent for checks that are reported without running).
    func started(_ check: String)
    /// The first failure of the running check, the moment it is recorded.
    func failed(_ check: String, _ failure: CheckFailure)
    /// A check has finished.
    func finished(_ result: CheckResult)
    /// Every check has finished.
    func done(_ results: [CheckResult])
    /// The learner's process gave no result for `call` of the running check, for `reason`.
    func lostWorker(_ check: String, call: String, reason: LostWorker)
}

extension CheckReporter {
    func planned(_ checks: [PlannedCheck]) {}
}

/// A check announced before the run: what a stopped run would have been worth.
public struct PlannedCheck: Sendable, Equatable {
    public var name: String
    public var points: Int
    public var hidden: Bool
    public init(name: String, points: Int, hidden: Bool) {
        self.name = name
        self.points = points
        self.hidden = hidden
    }
}

/// Why the learner's process gave no result for a call.
public enum LostWorker: String, Sendable, Equatable {
    /// Its process ended (a trap, a signal, a limit, an `exit`).
    case ended
    /// It answered with bytes that are not a value of the declared type.
    case unreadable
    /// It did not answer before the run's time ran out (it is still computing, or looping).
    case silent
}
