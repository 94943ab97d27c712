#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a run's events to the grader's channel fd, one nonce-marked line per event,
/// each with a single `write(2)` loop and no buffering, so a crash loses nothing already
/// reported.
///
/// If the channel cannot be written to (the grader closed it, the fd was closed by the
/// learner's code), nothing more can be reported: the process says so on standard error
/// and exits with status 74 (EX_IOERR).
final class ChannelWriter: CheckReporter {
    /// The channel's fd.
    let fd: Int32
    /// The nonce that marks this run's lines.
    private let nonce: [UInt8]

    /// Creates a writer for `fd` marking lines with `nonce`.
    init(fd: Int32, nonce: [UInt8]) {
        self.fd = fd
        self.nonce = nonce
    }

    func planned(_ checks: [PlannedCheck]) {
        send(.plan(checks))
    }

    func started(_ check: String) {
        send(.start(check: check))
    }

    func failed(_ check: String, _ failure: CheckFailure) {
        send(.failure(check: check, failure))
    }

    func finished(_ result: CheckResult) {
        send(.result(result))
    }

    func done(_ results: [CheckResult]) {
        send(.done(checks: results.count))
    }

    func lostWorker(_ check: String, call: String, reason: LostWorker) {
        send(.lost(check: check, call: call, reason: reason))
    }

    /// Writes one event line, or ends the process if the channel is broken.
    private func send(_ event: ChannelEvent) {
        guard RawIO.writeAll(CheckChannel.line(event, nonce: nonce), to: fd) else {
            let problem = "CourseCheck: cannot write results to fd \(fd) (errno \(errno)); stopping\n"
            _ = RawIO.writeAll(Array(problem.utf8), to: 2)
            exit(74)
        }
    }
}
