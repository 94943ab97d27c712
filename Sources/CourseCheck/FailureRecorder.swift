#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects the failures of the check that is running, so that the non-throwing
/// `expect…` functions have somewhere to put them.
///
/// The runner installs one recorder per check run as the task-local `current`; the
/// expectations find it there. The first failure is kept in full and handed to
/// `onFirstFailure` at once (the runner puts it on the channel immediately, so it
/// survives a crash later in the same body); later ones are only counted. Checks run one
/// at a time on one thread, which is why the mutable state needs no lock.
final class FailureRecorder: @unchecked Sendable {
    /// The recorder of the check running in this task, if any.
    @TaskLocal static var current: FailureRecorder?

    /// The first failure recorded, with `seed` and `caseIndex` filled in.
    private(set) var firstFailure: CheckFailure?
    /// How many failures were recorded in all.
    private(set) var failureCount = 0
    /// The property seed to stamp on failures; `nil` for ordinary checks.
    var seed: UInt64?
    /// The property case running now; `nil` for ordinary checks.
    var caseIndex: Int?
    /// Called once, with the first failure, as soon as it is recorded.
    private let onFirstFailure: (CheckFailure) -> Void

    /// Creates an empty recorder.
    init(onFirstFailure: @escaping (CheckFailure) -> Void = { _ in }) {
        self.onFirstFailure = onFirstFailure
    }

    /// The first failure with the count of the ones after it; `nil` if nothing failed.
    var summary: CheckFailure? {
        guard var failure = firstFailure else { return nil }
        failure.additionalFailures = failureCount - 1
        return failure
    }

    /// Records one failure.
    func record(_ failure: CheckFailure) {
        failureCount += 1
        guard firstFailure == nil else { return }
        var stamped = failure
        stamped.seed = seed
        stamped.caseIndex = caseIndex
        firstFailure = stamped
        onFirstFailure(stamped)
    }

    /// Records `failure` into the running check; outside any check, warns on standard error
    /// (the failure has nowhere to go, and silently dropping it would hide a mistake).
    static func report(_ failure: CheckFailure) {
        if let recorder = current {
            recorder.record(failure)
        } else {
            let text = "CourseCheck: an expectation failed outside any running check (\(failure.location ?? "unknown place")): \(failure.call): \(failure.message)\n"
            _ = RawIO.writeAll(Array(text.utf8), to: 2)
        }
    }

    /// Runs `body` with a fresh recorder installed and returns what it recorded.
    ///
    /// Errors thrown by `body` are recorded as failures, like the runner does.
    static func capture(_ body: () throws -> Void) -> CheckFailure? {
        let recorder = FailureRecorder()
        $current.withValue(recorder) {
            do { try body() } catch { recorder.record(.thrown(error)) }
        }
        return recorder.summary
    }
}

extension CheckFailure {
    /// The failure recorded when a check's body throws.
    static func thrown(_ error: any Error) -> CheckFailure {
        CheckFailure(
            message: "the check threw an error: \(ValueText.cut(String(describing: error)))",
            call: "the check's body",
            expected: "no error",
            actual: ValueText.cut(String(reflecting: error))
        )
    }

    /// "Checks.swift:12" from `#fileID` ("Module/Checks.swift") and a line number.
    static func location(fileID: String, line: Int) -> String {
        let file = fileID.split(separator: "/").last.map(String.init) ?? fileID
        return "\(file):\(line)"
    }
}
