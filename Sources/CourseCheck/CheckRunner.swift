#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an exercise's checks and reports the results.
///
/// The entry point of the grader-generated `main.swift`:
///
/// ```swift
/// import CourseCheck
/// CheckRunner.run(checks)
/// ```
///
/// Checks run one at a time, in order, on the calling thread. If the grader set up a
/// channel (see `CheckChannel`), results go there and the process exits with status 0
/// once all are sent; otherwise a readable report goes to standard output and the exit
/// status is 0 if every check passed, 1 if not. Status 2 means the channel variables were
/// set but unusable, 74 that the channel broke mid-run.
///
/// Authoring mistakes are reported as failed results rather than trapping:
/// - checks whose names repeat an earlier check's are not run; one extra failed result
///   named "duplicate check names", sent first, lists them and is worth their points;
/// - a check with an empty name, negative points or fewer than one case fails without
///   running, worth max(points, 0).
public enum CheckRunner {
    /// Runs `checks` and exits; never returns.
    ///
    /// The channel is read from the environment (and the variables removed) before
    /// `checks` is evaluated, so no learner code can run while the nonce is still reachable
    /// through the environment or its fd.
    public static func run(_ checks: @autoclosure () -> [Check]) -> Never {
        run(checks(), hidden: [])
    }

    /// Runs `checks` and then `hidden` (an exercise's `hidden.swift`, which a learner
    /// edition leaves out), every one of the latter reported as hidden whatever its own
    /// visibility; exits, never returns.
    public static func run(_ checks: @autoclosure () -> [Check], hidden: @autoclosure () -> [Check]) -> Never {
        switch ChannelSetup.fromEnvironment() {
        case .invalid(let problem):
            _ = RawIO.writeAll(Array("CourseCheck: \(problem)\n".utf8), to: 2)
            exit(2)
        case .console:
            let results = execute(checks() + hidden().map { $0.asHidden }, reporter: ConsoleReport(fd: 1))
            RawIO.flushStandardStreams()
            exit(results.allSatisfy(\.passed) ? 0 : 1)
        case .channel(let fd, let nonce):
            _ = execute(checks() + hidden().map { $0.asHidden }, reporter: ChannelWriter(fd: fd, nonce: nonce))
            RawIO.flushStandardStreams()
            exit(0)
        }
    }

    /// The reporter of the run in progress and the check it is running, for
    /// ``CodeUnderTest`` to report a lost worker; checks run on one thread, one at a time.
    nonisolated(unsafe) private static var activeReporter: (any CheckReporter)?
    nonisolated(unsafe) private static var activeCheck: String?

    /// Tells the grader the learner's process stopped answering during `call`.
    static func reportLostWorker(call: String, reason: LostWorker) {
        guard let reporter = activeReporter, let check = activeCheck else { return }
        reporter.lostWorker(check, call: call, reason: reason)
    }

    /// Runs every check, telling `reporter` as things happen; returns the results in
    /// the order they were reported.
    /// The environment variable that asks the program only to announce its checks (the
    /// `plan` record) and exit, running none: how the grader learns an exercise's full
    /// worth when the learner's code cannot run.
    public static let planOnlyVariable = "COURSE_CHECK_PLAN_ONLY"

    static func execute(_ checks: [Check], reporter: some CheckReporter) -> [CheckResult] {
        activeReporter = reporter
        defer { activeReporter = nil; activeCheck = nil }
        var results: [CheckResult] = []
        let (unique, duplicates) = removingDuplicates(checks)
        // Every check and its points first, so a run that stops early still tells the grader
        // what the exercise was worth.
        reporter.planned(unique.map { PlannedCheck(name: $0.name, points: max($0.points, 0), hidden: $0.visibility == .hidden) })
        if RawIO.environment(planOnlyVariable) == "1" { return [] }
        if let duplicates {
            reporter.started(duplicates.name)
            if let failure = duplicates.failure { reporter.failed(duplicates.name, failure) }
            reporter.finished(duplicates)
            results.append(duplicates)
        }
        for check in unique {
            activeCheck = check.name
            reporter.started(check.name)
            let result = evaluate(check) { reporter.failed(check.name, $0) }
            reporter.finished(result)
            results.append(result)
        }
        reporter.done(results)
        return results
    }

    /// Runs one check; `onFirstFailure` hears of its first failure at once.
    static func evaluate(_ check: Check, onFirstFailure: @escaping (CheckFailure) -> Void) -> CheckResult {
        let maxPoints = max(check.points, 0)
        func result(_ failure: CheckFailure?) -> CheckResult {
            CheckResult(
                name: check.name, passed: failure == nil, points: failure == nil ? maxPoints : 0,
                maxPoints: maxPoints, hidden: check.visibility == .hidden, hint: check.hint, failure: failure
            )
        }
        if let problem = check.authoringProblem {
            let failure = CheckFailure(
                message: "this check is written wrongly: \(problem)",
                call: "Check(\(check.name.debugDescription), …)",
                expected: "a valid check",
                actual: problem
            )
            onFirstFailure(failure)
            return result(failure)
        }
        let recorder = FailureRecorder(onFirstFailure: onFirstFailure)
        FailureRecorder.$current.withValue(recorder) {
            switch check.body {
            case .single(let body):
                do { try body() } catch { recorder.record(.thrown(error)) }
            case .property(let cases, let seed, let body):
                recorder.seed = seed
                for index in 0..<cases {
                    recorder.caseIndex = index
                    var random = SeededRandom(seed: SeededRandom.caseSeed(seed, index: index))
                    do { try body(&random) } catch { recorder.record(.thrown(error)) }
                    if recorder.firstFailure != nil { break }
                }
            }
        }
        return result(recorder.summary)
    }

    /// The checks with every later use of a name removed, and the failed result that
    /// reports the removed ones (`nil` if names are unique).
    static func removingDuplicates(_ checks: [Check]) -> (unique: [Check], report: CheckResult?) {
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        for (index, check) in checks.enumerated() {
            if positions[check.name] == nil { order.append(check.name) }
            positions[check.name, default: []].append(index + 1)
        }
        let repeated = order.filter { positions[$0]!.count > 1 }
        guard !repeated.isEmpty else { return (checks, nil) }

        var seen: Set<String> = []
        var unique: [Check] = []
        var lostPoints = 0
        for check in checks {
            if seen.insert(check.name).inserted {
                unique.append(check)
            } else {
                lostPoints += max(check.points, 0)
            }
        }
        let uses = repeated.map { name -> String in
            let numbers = positions[name]!.map { "#\($0)" }
            let list = numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
            return "\(name.debugDescription) is used by checks \(list)"
        }
        var reportName = "duplicate check names"
        while seen.contains(reportName) { reportName += " (author error)" }
        let failure = CheckFailure(
            message: "check names must be unique; only the first check of each name ran: " + uses.joined(separator: "; "),
            call: "let checks: [Check]",
            expected: "every check name used once",
            actual: uses.joined(separator: "; ")
        )
        let report = CheckResult(
            name: reportName, passed: false, points: 0, maxPoints: lostPoints, hidden: false,
            hint: "Give every check its own name: results are matched by name.", failure: failure
        )
        return (unique, report)
    }
}
