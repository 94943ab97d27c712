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
            guard let answer = try pipe.receive() else { lost(call(), because: "no answer: your code's process ended", unreadable: false) }
            var reader = WireReader(answer)
            value = try Result.read(from: &reader)
            try reader.finish()
        } catch .closed {
            lost(call(), because: "no answer: your code's process ended", unreadable: false)
        } catch {
            lost(call(), because: "an unreadable answer (\(error))", unreadable: true)
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

    /// A short, exact text of an argument for a call description.
    public static func show<Value>(_ value: Value) -> String {
        ValueText.display(value)
    }

    /// Fails the running check, tells the grader which call was lost, and ends the run.
    static func lost(_ call: String, because reason: String, unreadable: Bool) -> Never {
        FailureRecorder.report(CheckFailure(
            message: unreadable ? "something other than this call's result came back from your code" : "your code stopped while computing this call",
            call: call, expected: "a result", actual: reason
        ))
        CheckRunner.reportLostWorker(call: call, unreadable: unreadable)
        RawIO.flushStandardStreams()
        exit(lostWorkerStatus)
    }
}
