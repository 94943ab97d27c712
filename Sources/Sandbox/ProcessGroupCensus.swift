#if os(Linux)
import Glibc

/// Counts the processes in a process group by reading `/proc`.
enum ProcessGroupCensus {
    /// How many processes (zombies included) are in `group` now; 0 when `/proc` cannot be read.
    static func count(processGroup group: pid_t) -> Int {
        guard let directory = opendir("/proc") else { return 0 }
        defer { closedir(directory) }
        var found = 0
        var contents = [UInt8](repeating: 0, count: 512)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.isEmpty, name.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { continue }
            if processGroup(statPath: "/proc/\(name)/stat", buffer: &contents) == group { found += 1 }
        }
        return found
    }

    /// The process group field of a `/proc/<pid>/stat` file, or nil if it vanished or is unreadable.
    private static func processGroup(statPath: String, buffer: inout [UInt8]) -> pid_t? {
        let fd = open(statPath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so start after the last ")".
        let text = buffer[0..<count]
        guard let close = text.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = text[(close + 1)...].split(separator: UInt8(ascii: " "))
        guard fields.count > 2 else { return nil }
        var value: pid_t = 0
        for digit in fields[2] {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + pid_t(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
#endif
