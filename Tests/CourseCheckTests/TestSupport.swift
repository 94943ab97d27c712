#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import CourseCheck

/// A mutable value that `@Sendable` check bodies can update; checks run synchronously on
/// the test's thread, so no lock is needed.
final class Box<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// Records a run's events in order, for checking what a reporter is told and when.
final class RecordingReporter: CheckReporter {
    enum Event: Equatable {
        case started(String)
        case failed(String, CheckFailure)
        case finished(CheckResult)
        case done(Int)
        case lost(String, String, LostWorker)
    }
    var events: [Event] = []
    func started(_ check: String) { events.append(.started(check)) }
    func failed(_ check: String, _ failure: CheckFailure) { events.append(.failed(check, failure)) }
    func finished(_ result: CheckResult) { events.append(.finished(result)) }
    func done(_ results: [CheckResult]) { events.append(.done(results.count)) }
    func lostWorker(_ check: String, call: String, reason: LostWorker) { events.append(.lost(check, call, reason)) }
}

/// A pipe whose two ends are close-on-exec (so processes other tests start do not inherit
/// them) and numbered 10 or above (so they never collide with fds 3 and 4 of a child).
struct Pipe {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw PipeError.failed("pipe", errno) }
        readEnd = Pipe.moveHigh(fds[0])
        writeEnd = Pipe.moveHigh(fds[1])
    }

    private static func moveHigh(_ fd: Int32) -> Int32 {
        let high = fcntl(fd, F_DUPFD_CLOEXEC, 10)
        _ = close(fd)
        return high
    }

    /// Everything written until every write end is closed.
    func readToEnd() -> [UInt8] {
        RawIO.readAll(from: readEnd, limit: 64 << 20) ?? []
    }

    func closeRead() { _ = close(readEnd) }
    func closeWrite() { _ = close(writeEnd) }
}

enum PipeError: Error {
    case failed(String, Int32)
}

/// Runs `checks` through a real `ChannelWriter` into a pipe and returns the results and
/// the exact bytes that came out (keep them under the 64 KiB a pipe buffers).
func channelBytes(of checks: [Check], nonce: [UInt8]) throws -> (results: [CheckResult], bytes: [UInt8]) {
    let pipe = try Pipe()
    let results = CheckRunner.execute(checks, reporter: ChannelWriter(fd: pipe.writeEnd, nonce: nonce))
    pipe.closeWrite()
    let bytes = pipe.readToEnd()
    pipe.closeRead()
    return (results, bytes)
}

/// The failure a body records, run the way the runner runs checks.
func failure(of body: () throws -> Void) -> CheckFailure? {
    FailureRecorder.capture(body)
}
