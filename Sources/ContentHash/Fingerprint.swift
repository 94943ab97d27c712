import CXXHash

/// A 128-bit XXH3 digest: the key of the build cache, where a file's content or a page's
/// inputs must be compared quickly, not defended against someone forging a collision.
///
/// SHA-256 stays the hash wherever a digest is trusted across people (graded results, the
/// gradebook's fingerprints). XXH3 hashes a 6 MB course in about a millisecond; this SHA-256
/// takes about 30 (ARCHITECTURE.md, "Incremental builds").
public struct Fingerprint: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The fingerprint of some bytes.
    public static func of(_ bytes: some Sequence<UInt8>) -> Fingerprint {
        var hasher = Fingerprinter()
        hasher.append(bytes: bytes)
        return hasher.finalize()
    }

    /// The fingerprint of a string's UTF-8 bytes.
    public static func of(_ text: String) -> Fingerprint {
        var hasher = Fingerprinter()
        hasher.append(bytes: text.utf8)
        return hasher.finalize()
    }

    public static func < (a: Fingerprint, b: Fingerprint) -> Bool {
        (a.high, a.low) < (b.high, b.low)
    }

    /// 32 lowercase hexadecimal digits.
    public var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }
}

/// Builds a ``Fingerprint`` from a sequence of fields.
///
/// Every field is length-prefixed, so `("ab", "c")` and `("a", "bc")` differ: a key made of
/// several inputs cannot be matched by moving text from one input to the next.
public struct Fingerprinter: ~Copyable {
    private let state: OpaquePointer

    public init() {
        state = XXH3_createState()
        XXH3_128bits_reset(state)
    }

    deinit {
        XXH3_freeState(state)
    }

    /// Appends raw bytes, without a length: for one field streamed in several parts.
    public mutating func append(bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            _ = XXH3_128bits_update(state, buffer.baseAddress, buffer.count)
        }
        if handled == nil {
            let copy = Array(bytes)
            copy.withUnsafeBufferPointer { _ = XXH3_128bits_update(state, $0.baseAddress, $0.count) }
        }
    }

    /// Appends one field: its length, then its UTF-8 bytes.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            append(UInt64(buffer.count))
            _ = XXH3_128bits_update(state, buffer.baseAddress, buffer.count)
        }
    }

    /// Appends one field of bytes with its length.
    public mutating func append(field bytes: [UInt8]) {
        append(UInt64(bytes.count))
        append(bytes: bytes)
    }

    /// Appends a number as 8 little-endian bytes.
    public mutating func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { _ = XXH3_128bits_update(state, $0.baseAddress, $0.count) }
    }

    /// Appends a number as 8 little-endian bytes.
    public mutating func append(_ value: Int) {
        append(UInt64(bitPattern: Int64(value)))
    }

    /// Appends another fingerprint.
    public mutating func append(_ fingerprint: Fingerprint) {
        append(fingerprint.high)
        append(fingerprint.low)
    }

    /// Appends a flag.
    public mutating func append(_ flag: Bool) {
        append(flag ? 1 : 0)
    }

    /// The digest of everything appended.
    public consuming func finalize() -> Fingerprint {
        let digest = XXH3_128bits_digest(state)
        return Fingerprint(high: digest.high64, low: digest.low64)
    }
}
