import Foundation

/// Which `course` binary is running: the build cache trusts only records this very binary
/// made, since any change to the tool may change any page.
///
/// The identity is the executable's device, inode, size and modification time, read with
/// one `stat`, as ccache and Make judge a compiler: hashing ~30 MB of binary would cost
/// more than a whole incremental build.
enum ToolIdentity {
    static let current: String = {
        let path = "/proc/self/exe"
        var status = stat()
        guard stat(path, &status) == 0 else {
            // No /proc (not Linux): the path and date of the executable as Foundation sees it.
            let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "course"
            let date = (try? FileManager.default.attributesOfItem(atPath: executable)[.modificationDate] as? Date)?.timeIntervalSince1970
            return "\(executable) \(date ?? 0)"
        }
        return "\(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
