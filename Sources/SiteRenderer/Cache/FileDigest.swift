import ContentHash
import Foundation

/// The fingerprint of a file's bytes, as the build cache records what rendering read.
enum FileDigest {
    /// Stands for a file that could not be read; a render that met one failed, so no cache
    /// record holds it, but a later build reading the same path must not match it by chance.
    static let unreadable = Fingerprint(high: 0, low: 0)

    static func of(_ path: String) -> Fingerprint {
        guard let bytes = FileBytes.read(path) else { return unreadable }
        return Fingerprint.of(bytes)
    }
}

/// Reads a whole file into an array with plain POSIX calls: Foundation reads into `Data`,
/// and copying that into an array cost as much again for the build cache's ~20 MB.
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
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
