import CourseCheck
import Sandbox

/// Decides how a grading run ended, from the two programs' endings and the transcript the
/// checks' program wrote on its private channel.
///
/// Only the checks' program can say a check passed: it alone holds the channel and its
/// nonce, and it never runs learner code. The learner's program only answers calls; when it
/// stops answering, the checks' program reports the call it was waiting for (`lost`) and
/// ends with status 3, and the learner program's own ending says why (a trap, a limit, an
/// `exit`).
enum RunClassifier {
    static func classify(runner: SandboxResult, worker: SandboxResult, nonce: [UInt8], result: ExerciseResult,
                         limits: SandboxLimits, learnerPath: String) -> ExerciseResult {
        var result = result
        let transcript = CheckChannel.parse(runner.channel, nonce: nonce)
        result.checks = transcript.results.map(report)
        let plan = Dictionary(transcript.planned.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        if let unfinished = transcript.startedButUnfinished {
            // The run stopped inside this check: it earns nothing; keep what failed first.
            let planned = plan[unfinished]
            let failure = transcript.unfinishedCheckFailure.map(failureReport)
                ?? CheckFailure(message: "the run stopped during this check", call: transcript.lostCall)
            result.checks.append(CheckReport(name: unfinished, passed: false, points: 0, maxPoints: Double(planned?.points ?? 0),
                                             hidden: planned?.hidden ?? false, hint: nil, failure: failure))
        }
        // Checks that never started because the run stopped: worth their points, earning none.
        let reported = Set(result.checks.map(\.name))
        for check in transcript.planned where !reported.contains(check.name) {
            result.checks.append(CheckReport(name: check.name, passed: false, points: 0, maxPoints: Double(check.points),
                                             hidden: check.hidden, hint: nil,
                                             failure: CheckFailure(message: "not run: the run stopped before this check")))
        }
        result.points = result.checks.reduce(0) { $0 + $1.points }
        result.maxPoints = result.checks.reduce(0) { $0 + $1.maxPoints }
        result.output = outputExcerpt(worker)
        let during = transcript.startedButUnfinished.map { " during the check “\($0)”" } ?? ""
        let call = transcript.lostCall.map { "while computing \($0)" }

        if case .exited(0) = runner.ending, transcript.isComplete {
            let failing = result.checks.filter { !$0.passed }
            result.outcome = failing.isEmpty ? .passed : .failed
            result.summary = failing.isEmpty
                ? (result.checks.count == 1 ? "The check passed." : "All \(result.checks.count) checks passed.")
                : "\(failing.count) of \(result.checks.count) checks failed."
            return result
        }
        if case .timedOut(let seconds) = runner.ending {
            result.outcome = .timedOut
            result.summary = "Your code ran for more than \(format(seconds)) s\(during) and was stopped. Look for a loop that never ends or a recursion without a base case."
            if let call { result.details = [call] }
            return result
        }
        if case .exited(CodeUnderTest.lostWorkerStatus) = runner.ending, transcript.lostReason == .silent {
            result.outcome = .timedOut
            result.summary = "Your code ran for more than \(format(limits.wallClockSeconds)) s\(during) and was stopped. Look for a loop that never ends or a recursion without a base case."
            if let call { result.details = [call] }
            return result
        }
        if case .exited(CodeUnderTest.lostWorkerStatus) = runner.ending, transcript.lostReason == .unreadable {
            result.outcome = .crashed
            result.summary = "Your code wrote on the pipe that carries its answers to the checks\(during), so its answer could not be read. Do not write to file descriptors your code did not open."
            if let call { result.details.append(call) }
            return result
        }
        if case .exited(CodeUnderTest.lostWorkerStatus) = runner.ending, transcript.lostCall != nil {
            // The learner's program stopped answering: its own ending says why.
            switch worker.ending {
            case .timedOut(let seconds):
                result.outcome = .timedOut
                result.summary = "Your code ran for more than \(format(seconds)) s\(during) and was stopped. Look for a loop that never ends or a recursion without a base case."
            case .limitExceeded(let limit):
                result.outcome = .resourceLimit
                result.summary = "Your code hit the \(describe(limit, limits))\(during) and was stopped."
            case .signaled(let signal, let name):
                result.outcome = .crashed
                result.summary = "Your code crashed\(during) (\(name)\(signal == 4 || signal == 5 ? ", a Swift runtime trap" : ""))."
                if let trap = trapMessage(worker) { result.details.append(trap) }
                if let place = CrashLocation.find(in: worker.stderr, learnerPath: learnerPath) { result.details.append("at \(place)") }
            case .exited(let code):
                result.outcome = .crashed
                result.summary = "Your program stopped with exit status \(code)\(during) before the checks finished. Remove any exit() calls and let the functions return."
                if let trap = trapMessage(worker) { result.details.append(trap) }
            }
            if let call { result.details.append(call) }
            return result
        }
        // The checks' own program failed: not the learner's code (which runs elsewhere), but
        // usually a check tripping over an unexpected result it did not guard against.
        result.outcome = .crashed
        switch runner.ending {
        case .limitExceeded(let limit):
            result.summary = "The checks hit the \(describe(limit, limits))\(during); the exercise's checks should not, whatever your code returns. Tell the course's author."
        default:
            result.summary = "The checks stopped\(during) (\(runner.description)) instead of reporting a failure; your result probably has a shape they did not expect. Tell the course's author."
        }
        if let trap = trapMessage(runner) { result.details.append(trap) }
        return result
    }

    static func report(_ check: CheckResult) -> CheckReport {
        CheckReport(
            name: check.name, passed: check.passed, points: Double(check.points), maxPoints: Double(check.maxPoints),
            hidden: check.hidden, hint: check.hint,
            failure: check.failure.map(failureReport)
        )
    }

    static func failureReport(_ failure: CourseCheck.CheckFailure) -> CheckFailure {
        var message = failure.message
        if failure.additionalFailures > 0 {
            message += " (and \(failure.additionalFailures) more failed expectation\(failure.additionalFailures == 1 ? "" : "s") in this check)"
        }
        return CheckFailure(message: message, call: failure.call, expected: failure.expected, actual: failure.actual,
                            tolerance: failure.tolerance, seed: failure.seed, caseIndex: failure.caseIndex)
    }

    /// Swift's runtime names the trap on stderr: "Fatal error: Index out of range".
    static func trapMessage(_ run: SandboxResult) -> String? {
        let stderr = String(decoding: run.stderr, as: UTF8.self)
        let markers = ["Fatal error", "Precondition failed", "Assertion failed", "Stack overflow", "Illegal instruction"]
        for line in stderr.split(separator: "\n") where markers.contains(where: { line.contains($0) }) {
            return String(line.prefix(300))
        }
        return nil
    }

    static func outputExcerpt(_ run: SandboxResult) -> String {
        var text = String(decoding: run.stdout.prefix(4_000), as: UTF8.self)
        if run.stdout.count > 4_000 || run.stdoutTruncated { text += "\n… (output cut)" }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    static func describe(_ limit: SandboxLimit, _ limits: SandboxLimits) -> String {
        switch limit {
        case .cpu: return "CPU time limit (\(limits.cpuSeconds) s)"
        case .memory: return "memory limit (\(limits.memoryBytes >> 20) MiB)"
        case .fileSize: return "file size limit (\(limits.fileSizeBytes >> 20) MiB)"
        case .output: return "output limit (\(limits.outputBytes >> 10) KiB printed)"
        case .processCount: return "process limit (\(limits.processCount))"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String((seconds * 10).rounded() / 10)
    }
}
