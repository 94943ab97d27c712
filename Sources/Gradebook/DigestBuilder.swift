import ContentHash
import Foundation

/// SHA-256 over a list of parts, each ended by a zero byte so that ("ab", "c") and
/// ("a", "bc") differ; the digests that decide whether a report is up to date and whether
/// parts belong together.
struct DigestBuilder {
    private var hasher = SHA256()

    mutating func add(_ part: String) {
        hasher.update(part)
        hasher.update([0])
    }

    mutating func add(bytes: Data) {
        hasher.update(Array(bytes))
        hasher.update([0])
    }

    /// 64 lowercase hexadecimal digits.
    consuming func hexDigest() -> String {
        hasher.finalize().map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
