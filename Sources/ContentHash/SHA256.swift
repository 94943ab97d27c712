// SHA-256 as specified in FIPS 180-4 ("Secure Hash Standard"), sections 4.1.2,
// 4.2.2, 5.1.1, 5.3.3 and 6.2. Pure Swift, no Foundation.

/// An incremental SHA-256 hasher (FIPS 180-4).
///
/// Feed bytes with any number of `update(_:)` calls, then call
/// `finalize()` once to obtain the 32-byte digest:
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(header)
/// hasher.update(body)
/// let digest = hasher.finalize()   // [UInt8], 32 bytes
/// ```
///
/// For one-shot use, `hexDigest(of:)` returns the
/// lowercase hexadecimal form that `sha256sum` prints.
///
/// Contiguous inputs (`[UInt8]`, `ArraySlice<UInt8>`, `UnsafeRawBufferPointer`,
/// native `String`s) are hashed straight from their storage, 64-byte block
/// at a time, without copying.
public struct SHA256: Sendable {
    /// The hash value H(i), section 5.3.3 initial values.
    private var h0: UInt32 = 0x6a09_e667
    private var h1: UInt32 = 0xbb67_ae85
    private var h2: UInt32 = 0x3c6e_f372
    private var h3: UInt32 = 0xa54f_f53a
    private var h4: UInt32 = 0x510e_527f
    private var h5: UInt32 = 0x9b05_688c
    private var h6: UInt32 = 0x1f83_d9ab
    private var h7: UInt32 = 0x5be0_cd19

    /// A partial block waiting for more input: the first `pendingCount`
    /// bytes of these 64 are meaningful. A tuple keeps the hasher free of heap
    /// allocations.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    /// How many bytes of `pending` are in use (always fewer than 64).
    private var pendingCount = 0
    /// Total message length so far, in bytes.
    private var byteCount: UInt64 = 0

    /// The size of one message block, in bytes.
    private static let blockSize = 64

    /// Creates a hasher with the standard SHA-256 initial hash value.
    public init() {}

    /// Appends `bytes` to the message.
    ///
    /// Contiguous collections are read directly from their storage; other
    /// sequences are copied through a small buffer first.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            self.absorb(UnsafeRawBufferPointer(buffer))
        }
        if handled != nil { return }

        var chunk: [UInt8] = []
        chunk.reserveCapacity(4096)
        for byte in bytes {
            chunk.append(byte)
            if chunk.count == 4096 {
                chunk.withUnsafeBytes { absorb($0) }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        chunk.withUnsafeBytes { absorb($0) }
    }

    /// Appends the bytes of raw memory to the message.
    ///
    /// The memory is hashed in place; nothing is copied except a trailing
    /// partial block.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        absorb(bytes)
    }

    /// Appends the UTF-8 encoding of `string` to the message.
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { absorb(UnsafeRawBufferPointer($0)) }
    }

    /// Pads the message, processes the final block(s) and returns the
    /// 32-byte digest, most significant byte first.
    public consuming func finalize() -> [UInt8] {
        // Section 5.1.1: a single 1 bit, zeros up to 56 mod 64 bytes, then the
        // message length in bits as a 64-bit big-endian integer. That needs
        // one more block, or two when fewer than 9 bytes are free.
        let bitLength = byteCount &* 8
        let used = pendingCount
        let tailBlocks = used < 56 ? 1 : 2
        withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
            withUnsafeBytes(of: &pending) { tail.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<used])) }
            tail[used] = 0x80
            let end = tailBlocks * SHA256.blockSize
            for i in (used + 1)..<(end - 8) { tail[i] = 0 }
            tail.storeBytes(of: bitLength.bigEndian, toByteOffset: end - 8, as: UInt64.self)
            compress(UnsafeRawPointer(tail.baseAddress!), blocks: tailBlocks)
        }

        let words = (h0, h1, h2, h3, h4, h5, h6, h7)
        return [UInt8](unsafeUninitializedCapacity: 32) { out, initialized in
            withUnsafeBytes(of: words) { raw in
                for i in 0..<8 {
                    let word = raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)
                    out[i * 4] = UInt8(truncatingIfNeeded: word &>> 24)
                    out[i * 4 + 1] = UInt8(truncatingIfNeeded: word &>> 16)
                    out[i * 4 + 2] = UInt8(truncatingIfNeeded: word &>> 8)
                    out[i * 4 + 3] = UInt8(truncatingIfNeeded: word)
                }
            }
            initialized = 32
        }
    }

    /// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hexDigest(of bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hex(hasher.finalize())
    }

    /// The SHA-256 digest of the UTF-8 encoding of `string` as 64 lowercase
    /// hexadecimal digits.
    public static func hexDigest(of string: String) -> String {
        var hasher = SHA256()
        hasher.update(string)
        return hex(hasher.finalize())
    }

    // MARK: - Internals

    private static func hex(_ digest: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: digest.count * 2) { out in
            for (i, byte) in digest.enumerated() {
                out[2 * i] = hexDigit(byte &>> 4)
                out[2 * i + 1] = hexDigit(byte & 0x0f)
            }
            return digest.count * 2
        }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 &+ nibble : 0x61 &+ nibble &- 10   // "0"... / "a"...
    }

    /// Adds raw bytes: tops up the pending partial block, compresses whole
    /// blocks straight from `input`, and keeps the remainder.
    private mutating func absorb(_ input: UnsafeRawBufferPointer) {
        guard let base = input.baseAddress, input.count > 0 else { return }
        byteCount &+= UInt64(input.count)
        let count = input.count
        var offset = 0

        if pendingCount > 0 {
            let take = min(SHA256.blockSize - pendingCount, count)
            let start = pendingCount
            withUnsafeMutableBytes(of: &pending) {
                UnsafeMutableRawBufferPointer(rebasing: $0[start..<(start + take)])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: input[0..<take]))
            }
            pendingCount += take
            offset = take
            guard pendingCount == SHA256.blockSize else { return }
            var block = pending
            withUnsafeBytes(of: &block) { compress($0.baseAddress!, blocks: 1) }
            pendingCount = 0
        }

        let blocks = (count - offset) / SHA256.blockSize
        if blocks > 0 {
            compress(base + offset, blocks: blocks)
            offset += blocks * SHA256.blockSize
        }
        if offset < count {
            let rest = count - offset
            withUnsafeMutableBytes(of: &pending) {
                UnsafeMutableRawBufferPointer(rebasing: $0[0..<rest])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: input[offset..<count]))
            }
            pendingCount = rest
        }
    }

    /// Runs the compression function (section 6.2.2) over `blocks`
    /// consecutive 64-byte blocks starting at `data`.
    private mutating func compress(_ data: UnsafeRawPointer, blocks: Int) {
        var a0 = h0, b0 = h1, c0 = h2, d0 = h3
        var e0 = h4, f0 = h5, g0 = h6, hh0 = h7

        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            SHA256.roundConstants.withUnsafeBufferPointer { k in
                for block in 0..<blocks {
                    let p = data + block &* SHA256.blockSize

                    // 1. Message schedule W0...W63.
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t &- 15], y = w[t &- 2]
                        let s0 = x.rotr(7) ^ x.rotr(18) ^ (x &>> 3)
                        let s1 = y.rotr(17) ^ y.rotr(19) ^ (y &>> 10)
                        w[t] = s1 &+ w[t &- 7] &+ s0 &+ w[t &- 16]
                    }

                    // 2-3. Working variables and the 64 rounds.
                    var a = a0, b = b0, c = c0, d = d0
                    var e = e0, f = f0, g = g0, h = hh0
                    for t in 0..<64 {
                        let bigSigma1 = e.rotr(6) ^ e.rotr(11) ^ e.rotr(25)
                        let choose = g ^ (e & (f ^ g))            // Ch(e, f, g)
                        let t1 = h &+ bigSigma1 &+ choose &+ k[t] &+ w[t]
                        let bigSigma0 = a.rotr(2) ^ a.rotr(13) ^ a.rotr(22)
                        let majority = (a & b) | (c & (a | b))    // Maj(a, b, c)
                        let t2 = bigSigma0 &+ majority
                        h = g
                        g = f
                        f = e
                        e = d &+ t1
                        d = c
                        c = b
                        b = a
                        a = t1 &+ t2
                    }

                    // 4. Intermediate hash value.
                    a0 &+= a; b0 &+= b; c0 &+= c; d0 &+= d
                    e0 &+= e; f0 &+= f; g0 &+= g; hh0 &+= h
                }
            }
        }

        h0 = a0; h1 = b0; h2 = c0; h3 = d0
        h4 = e0; h5 = f0; h6 = g0; h7 = hh0
    }

    /// K0...K63 (section 4.2.2): the first 32 bits of the fractional parts of
    /// the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}

extension UInt32 {
    /// Rotate right by `n` bits (FIPS 180-4 ROTR), 0 < n < 32.
    @inline(__always)
    fileprivate func rotr(_ n: UInt32) -> UInt32 {
        (self &>> n) | (self &<< (32 &- n))
    }
}
