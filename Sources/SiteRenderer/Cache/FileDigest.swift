import ContentHash
import CourseModel
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
