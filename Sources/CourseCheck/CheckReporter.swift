/// Receives the events of a run as they happen: the channel writer for the grader, the
/// console report for an author running the program by hand.
protocol CheckReporter: AnyObject {
    /// A check is about to run (also sent for checks that are reported without running).
    func started(_ check: String)
    /// The first failure of the running check, the moment it is recorded.
    func failed(_ check: String, _ failure: CheckFailure)
    /// A check has finished.
    func finished(_ result: CheckResult)
    /// Every check has finished.
    func done(_ results: [CheckResult])
    /// The learner's process stopped answering during `call` of the running check, or
    /// (`unreadable`) answered with bytes that are not a result.
    func lostWorker(_ check: String, call: String, unreadable: Bool)
}
