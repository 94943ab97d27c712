#if os(Linux)
import Glibc

/// Which CPUs a child starts on.
///
/// A child inherits the CPU mask of the thread that spawns it, so the launcher narrows its
/// own thread's mask around `posix_spawn` and restores it at once. Two processes that talk
/// in lockstep (the checks and the learner's code, a round trip per call) run much faster
/// on one CPU than on two: on this 2-vCPU VM a quarter-million calls took 5.4 s across CPUs,
/// most of it in the kernel waking the other CPU, and 1.7 s on one.
enum CPUAffinity {
    /// Bytes of a CPU mask: 1,024 CPUs, as glibc's `cpu_set_t`.
    static let maskBytes = 128

    /// The CPUs this process may run on, in order; empty when unknown.
    static let allowed: [Int] = {
        guard let get = GlibcExtensions.shared.getAffinity else { return [] }
        var mask = [UInt8](repeating: 0, count: maskBytes)
        guard mask.withUnsafeMutableBytes({ get(0, maskBytes, $0.baseAddress!) }) == 0 else { return [] }
        return (0..<(maskBytes * 8)).filter { mask[$0 / 8] & (1 << ($0 % 8)) != 0 }
    }()

    /// Runs `body` with the calling thread confined to `cpu` (when given and allowed), then
    /// restores the thread's mask.
    static func with<T>(cpu: Int?, _ body: () -> T) -> T {
        let extensions = GlibcExtensions.shared
        guard let cpu, allowed.contains(cpu), let get = extensions.getAffinity, let set = extensions.setAffinity else {
            return body()
        }
        var saved = [UInt8](repeating: 0, count: maskBytes)
        guard saved.withUnsafeMutableBytes({ get(0, maskBytes, $0.baseAddress!) }) == 0 else { return body() }
        var one = [UInt8](repeating: 0, count: maskBytes)
        one[cpu / 8] = 1 << (cpu % 8)
        _ = one.withUnsafeMutableBytes { set(0, maskBytes, $0.baseAddress!) }
        defer { _ = saved.withUnsafeMutableBytes { set(0, maskBytes, $0.baseAddress!) } }
        return body()
    }
}
#endif
