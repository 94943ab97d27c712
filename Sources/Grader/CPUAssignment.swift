import Foundation
import Sandbox

/// Gives each grading run one CPU for both of its programs, the least busy one.
///
/// The checks and the learner's program answer each other in lockstep, a round trip per
/// call; on one CPU a round trip avoids waking another CPU, which on a virtual machine costs
/// more than the work (see `SandboxRequest.cpu`). Runs graded in parallel are spread over
/// the CPUs so they do not queue on one.
final class CPUAssignment: @unchecked Sendable {
    /// Shared by every grading in this process.
    static let shared = CPUAssignment(cpus: Sandbox.allowedCPUs)

    private let lock = NSLock()
    // Guarded by `lock`: how many runs hold each CPU.
    private var load: [Int: Int]

    init(cpus: [Int]) {
        load = Dictionary(uniqueKeysWithValues: cpus.map { ($0, 0) })
    }

    /// The least busy CPU, now held by the caller until ``release(_:)``; nil when unknown.
    func acquire() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let cpu = load.min(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) })?.key else { return nil }
        load[cpu, default: 0] += 1
        return cpu
    }

    /// Gives back a CPU from ``acquire()``.
    func release(_ cpu: Int?) {
        guard let cpu else { return }
        lock.lock()
        defer { lock.unlock() }
        load[cpu, default: 1] -= 1
    }
}
