import Foundation

/// How many CPUs this process may run on: its CPU affinity on Linux (what `taskset`, a
/// Slurm allocation or a cpuset container gives it), else the system's active processors.
///
/// Foundation's `activeProcessorCount` counts every CPU of the machine (2 here whether or
/// not `taskset -c 0` restricts the process), so a shard given 4 CPUs of a 64-core node
/// would otherwise start 64 compilers, and learner runs would time out for want of a CPU.
/// Glibc's `sched_getaffinity` is not visible to Swift, so the kernel's own summary of it,
/// `Cpus_allowed_list` in `/proc/self/status` (`0-3,8`), is read instead.
enum AvailableCPUs {
    static var count: Int {
        allowed(inStatus: (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? "")
            ?? ProcessInfo.processInfo.activeProcessorCount
    }

    /// The number of CPUs `Cpus_allowed_list` names in `status`, or nil.
    static func allowed(inStatus status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return nil }
        var count = 0
        for range in line.dropFirst("Cpus_allowed_list:".count).split(separator: ",") {
            let bounds = range.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard let low = bounds.first ?? nil, let high = bounds.last ?? nil, bounds.count <= 2, high >= low else { return nil }
            count += high - low + 1
        }
        return count > 0 ? count : nil
    }
}
