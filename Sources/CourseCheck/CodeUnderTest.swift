import CourseWire

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The learner's functions, as the checks see them.
///
/// The checks never run in the same process as the learner's code. For every function the
/// exercise's starter declares, the grader generates a proxy with the same signature whose
/// body is one call to ``call(_:_:)``: the arguments go over a pipe to the learner's
/// process (the worker, sandboxed), which runs the function and sends the result back.
/// Everything the checks compare, and every point they award, is computed here, where
/// learner code cannot reach.
///
/// A result with a NaN anywhere in it fails the running check (NaN never earns points).
/// If the worker stops answering (it crashed, hit a limit, or exited) or answers with bytes
/// that are not a value of the declared type, the running check fails, the grader is told
/// which call it was, and the run ends (status 3): there is no process left to ask.
public enum CodeUnderTest {
    /// The worker's pipes, seen from the checks: answers in on 5, requests out on 6.
    static let pipe = WirePipe(input: WorkerLoop.inputDescriptor, output: WorkerLoop.outputDescriptor)

    /// Exit status of a checks program whose worker was lost.
    public static let lostWorkerStatus: Int32 = 3

    /// Sends one call (function number and arguments, already in `request`) and returns
    /// the learner's result; `call` describes it for reports and is built only if needed.
    public static func call<Result: WireValue>(_ request: WireWriter, _ call: @autoclosure () -> String) -> Result {
        let value: Result
        do {
            try pipe.send(request.bytes)
            guard let answer = try pipe.receive(before: deadline) else {
                lost(call(), because: "no answer: your code's process ended", reason: .ended)
            }
            var reader = WireReader(answer)
            value = try Result.read(from: &reader)
            try reader.finish()
        } catch .closed {
            lost(call(), because: "no answer: your code's process ended", reason: .ended)
        } catch .timedOut {
            lost(call(), because: "no answer before the time limit", reason: .silent)
        } catch {
            lost(call(), because: "an unreadable answer (\(error))", reason: .unreadable)
        }
        if let path = value.firstNaN() {
            let place = path.isEmpty ? "the result is NaN" : "element \(path) of the result is NaN"
            FailureRecorder.report(CheckFailure(
                message: "\(place); a result with NaN in it earns nothing (did something divide 0 by 0?)",
                call: call(), expected: "numbers", actual: "NaN at \(path.isEmpty ? "the result" : path)"
            ))
        }
        return value
    }

    /// The environment variable giving the seconds this program may wait for answers in all,
    /// from its start; the grader sets it a little below the run's wall-clock limit, so a
    /// call that never returns is reported by name before the run is killed.
    public static let deadlineVariable = "COURSE_CHECK_ANSWER_SECONDS"

    /// When waiting for answers must stop (monotonic seconds), if the grader set a limit.
    static let deadline: Double? = RawIO.environment(deadlineVariable).flatMap(Double.init).map { WirePipe.now() + $0 }

    /// A short, exact text of an argument for a call description.
    public static func show<Value>(_ value: Value) -> String {
        ValueText.display(value)
    }

    /// Fails the running check, tells the grader which call was lost, and ends the run.
    static func lost(_ call: String, because text: String, reason: LostWorker) -> Never {
        let message: String
        switch reason {
        case .ended: message = "your code stopped while computing this call"
        case .unreadable: message = "something other than this call's result came back from your code"
        case .silent: message = "your code was still computing this call when the time ran out"
        }
        FailureRecorder.report(CheckFailure(message: message, call: call, expected: "a result", actual: text))
        CheckRunner.reportLostWorker(call: call, reason: reason)
        RawIO.flushStandardStreams()
        exit(lostWorkerStatus)
    }
}
