import Foundation

/// Reads a whole file into an array with plain POSIX calls: Foundation reads into `Data`, and
/// copying that into an array cost as much again (lesson files, the build cache).
public enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened.
    public static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        // A file that changed size while being read is read short: keep what was read.
        return offset == bytes.count ? bytes : Array(bytes[..<offset])
    }
}
