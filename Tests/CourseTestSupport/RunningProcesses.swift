import Foundation

/// Processes on this machine whose command line (arguments joined by spaces, with a
/// trailing space) contains `marker`, by process ID: how tests prove that nothing a run
/// started is still alive. Sees every PID namespace's processes, as the host does.
public func runningProcesses(matching marker: String) -> [Int32: String] {
    var found: [Int32: String] = [:]
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = Int32(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
              !data.isEmpty else { continue }
        let command = String(decoding: data.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        if command.contains(marker) { found[pid] = command }
    }
    return found
}
