import CourseCheck
import CourseWire
import Dispatch
import Foundation
import Sandbox

/// One run of an exercise: the checks' program and the learner's program started together,
/// joined by two pipes, each under its own supervisor.
///
/// The learner's program (the worker) runs under ``Isolation`` when the grader has it, with
/// the exercise's limits; the checks' program runs with the same limits but outside the
/// namespaces (it is trusted and must reach its results channel). The worker is started
/// first, on a thread of its own; when the checks' program has finished, the worker gets a
/// moment to exit on the end of its input and is then killed with everything it started.
/// The result is classified only after both are dead and reaped.
struct PairedRun: Sendable {
    let programs: ExerciseGrader.Programs
    let limits: SandboxLimits
    let tools: GradingTools
    let work: String

    /// The runtime backtracer, for the learner's program only: on a trap it prints the
    /// crashing thread's frames with file and line (the program is compiled with `-g`), from
    /// which ``CrashLocation`` picks the learner's line. Measured: about 10 ms per crash.
    static let backtraceSettings = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=24,top=8,sanitize=no,output-to=stderr"

    /// How much earlier than the wall-clock limit the checks stop waiting for an answer.
    static let answerMargin = 0.3

    /// How long the worker may take to exit by itself once the checks are done.
    static let exitGrace = 0.5

    /// The result, and whether it may be cached: not when the grader itself failed (a
    /// pipe or a process could not be made), which says nothing about the code.
    func run(mode: AnswerMode, result: ExerciseResult) -> (result: ExerciseResult, cacheable: Bool) {
        let requests: (read: Int32, write: Int32), answers: (read: Int32, write: Int32)
        do {
            requests = try Sandbox.makePipe()
            answers = try Sandbox.makePipe()
        } catch {
            var failed = result
            failed.outcome = .crashed
            failed.summary = "the grader could not connect the checks to your code: \(error)"
            return (failed, false)
        }

        let cpu = CPUAssignment.shared.acquire()
        defer { CPUAssignment.shared.release(cpu) }
        // The worker: a little more wall clock than the checks, so the checks' own limit
        // is the one that names a hang.
        var workerLimits = limits
        workerLimits.wallClockSeconds = limits.wallClockSeconds + 1
        let stop = SandboxStop()
        let workerRequest = SandboxRequest(
            executable: programs.worker, arguments: mode == .real ? [] : [mode.rawValue],
            workingDirectory: work + "/run",
            environment: ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": Self.backtraceSettings, "PATH": "/usr/bin:/bin"],
            limits: workerLimits, isolation: tools.isolation,
            passedDescriptors: [WorkerLoop.inputDescriptor: requests.read, WorkerLoop.outputDescriptor: answers.write],
            stop: stop, cpu: cpu
        )
        let worker = WorkerOutcome()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            worker.set(Result { () throws(SandboxError) in try Sandbox.run(workerRequest) })
            finished.signal()
        }

        var runnerLimits = limits
        runnerLimits.memoryBytes = max(limits.memoryBytes, 1 << 30)
        let nonce = CheckChannel.makeNonce()
        let runnerRequest = SandboxRequest(
            executable: programs.runner, workingDirectory: work + "/run",
            environment: ["COURSE_CHECK_CHANNEL_FD": "3", "COURSE_CHECK_NONCE_FD": "4", "LANG": "C.UTF-8",
                          "SWIFT_BACKTRACE": "enable=no",
                          // Stop waiting for answers a little before the run is killed, so a call
                          // that never returns is named in the report.
                          CodeUnderTest.deadlineVariable: String(max(0.1, limits.wallClockSeconds - Self.answerMargin))],
            limits: runnerLimits, secret: nonce, captureChannel: true,
            passedDescriptors: [WorkerLoop.inputDescriptor: answers.read, WorkerLoop.outputDescriptor: requests.write],
            cpu: cpu
        )
        let runner = Result { () throws(SandboxError) in try Sandbox.run(runnerRequest) }
        if finished.wait(timeout: .now() + Self.exitGrace) == .timedOut {
            stop.stop()
            finished.wait()
        }

        switch (runner, worker.value!) {
        case (.failure(let error), _):
            var failed = result
            failed.outcome = .crashed
            failed.summary = "the grader could not start the checks: \(error)"
            return (failed, false)
        case (_, .failure(let error)):
            var failed = result
            failed.outcome = .crashed
            failed.summary = "the grader could not start your code: \(error)"
            return (failed, false)
        case (.success(let runner), .success(let worker)):
            return (RunClassifier.classify(runner: runner, worker: worker, nonce: nonce, result: result,
                                           limits: limits, learnerPath: programs.learnerPath), true)
        }
    }
}

extension PairedRun {
    /// The checks `runner` would run, with their points, asked without running any (and
    /// without the learner's program); nil if it cannot say.
    static func plan(of runner: String, work: String, limits: SandboxLimits) -> [PlannedCheck]? {
        let nonce = CheckChannel.makeNonce()
        let request = SandboxRequest(
            executable: runner, workingDirectory: work,
            environment: ["COURSE_CHECK_CHANNEL_FD": "3", "COURSE_CHECK_NONCE_FD": "4", "LANG": "C.UTF-8",
                          "SWIFT_BACKTRACE": "enable=no", CheckRunner.planOnlyVariable: "1"],
            limits: limits, secret: nonce, captureChannel: true)
        guard let run = try? Sandbox.run(request), case .exited(0) = run.ending else { return nil }
        let planned = CheckChannel.parse(run.channel, nonce: nonce).planned
        return planned.isEmpty ? nil : planned
    }
}

/// The worker's result, handed from its thread.
private final class WorkerOutcome: @unchecked Sendable {
    // Written once by the worker's thread before it signals; read after the wait.
    private(set) var value: Result<SandboxResult, SandboxError>?
    func set(_ value: Result<SandboxResult, SandboxError>) { self.value = value }
}
