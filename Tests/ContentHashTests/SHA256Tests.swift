import CourseTestSupport
import Foundation
import Testing
import ContentHash

/// Known-answer tests from FIPS 180-4 / the NIST CSRC examples.
@Suite struct SHA256KnownAnswers {
    @Test func emptyMessage() {
        #expect(SHA256.hexDigest(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(SHA256.hexDigest(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessage448Bits() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(message.utf8.count * 8 == 448)
        #expect(SHA256.hexDigest(of: message) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func message896Bits() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hexDigest(of: message) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000)) == expected)

        // The same message fed in uneven pieces.
        var hasher = SHA256()
        let piece = [UInt8](repeating: 0x61, count: 997)
        var fed = 0
        while fed + piece.count <= 1_000_000 {
            hasher.update(piece)
            fed += piece.count
        }
        hasher.update(String(repeating: "a", count: 1_000_000 - fed))
        #expect(hex(hasher.finalize()) == expected)
    }

    @Test func digestIs32Bytes() {
        var hasher = SHA256()
        hasher.update("abc")
        let digest = hasher.finalize()
        #expect(digest.count == 32)
        #expect(digest.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
    }
}

@Suite struct SHA256Incremental {
    /// A 130-byte message: two full blocks and a partial third.
    static let message: [UInt8] = (0..<130).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    @Test(arguments: 0...130)
    func splitAtEveryBoundary(split: Int) {
        let oneShot = SHA256.hexDigest(of: Self.message)
        var hasher = SHA256()
        hasher.update(Self.message[..<split])
        hasher.update(Self.message[split...])
        #expect(hex(hasher.finalize()) == oneShot)
    }

    @Test func byteAtATimeAndThreeWaySplits() {
        let oneShot = SHA256.hexDigest(of: Self.message)
        var single = SHA256()
        for byte in Self.message { single.update(CollectionOfOne(byte)) }
        #expect(hex(single.finalize()) == oneShot)

        for first in stride(from: 0, through: 130, by: 7) {
            for second in stride(from: first, through: 130, by: 11) {
                var hasher = SHA256()
                hasher.update(Self.message[..<first])
                hasher.update(Self.message[first..<second])
                hasher.update(Self.message[second...])
                #expect(hex(hasher.finalize()) == oneShot, "splits \(first), \(second)")
            }
        }
    }

    @Test func allInputKindsAgree() {
        let text = "Rotary position embedding — θ = 10000^(−2i/d) ✓"
        let bytes = Array(text.utf8)
        let expected = SHA256.hexDigest(of: bytes)
        #expect(SHA256.hexDigest(of: text) == expected)
        #expect(SHA256.hexDigest(of: text.utf8) == expected)
        #expect(SHA256.hexDigest(of: AnySequence(bytes)) == expected)  // non-contiguous path
        #expect(SHA256.hexDigest(of: bytes.lazy.map { $0 }) == expected)
        #expect(SHA256.hexDigest(of: Data(bytes)) == expected)
        // Bridged / non-native strings take the copying path.
        #expect(SHA256.hexDigest(of: String(NSString(string: text))) == expected)

        var raw = SHA256()
        bytes.withUnsafeBytes { raw.update($0) }
        #expect(hex(raw.finalize()) == expected)

        // A long non-contiguous sequence crosses the internal 4 KiB chunking.
        let long = (0..<10_000).map { UInt8(truncatingIfNeeded: $0) }
        #expect(SHA256.hexDigest(of: AnySequence(long)) == SHA256.hexDigest(of: long))
    }

    @Test func independentCopies() {
        var base = SHA256()
        base.update("shared prefix ")
        var copy = base
        base.update("one")
        copy.update("two")
        #expect(hex(base.finalize()) == SHA256.hexDigest(of: "shared prefix one"))
        #expect(hex(copy.finalize()) == SHA256.hexDigest(of: "shared prefix two"))
    }
}

@Suite struct SHA256AgainstCoreutils {
    /// Lengths around the padding boundaries (55/56, 63/64/65, 119/120) plus larger buffers.
    @Test(arguments: [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 4096, 65_537, 1_048_583])
    func matchesSha256sum(length: Int) throws {
        let sha256sum = "/usr/bin/sha256sum"
        try #require(FileManager.default.isExecutableFile(atPath: sha256sum), "needs coreutils sha256sum")

        var rng = SeededGenerator(seed: 0xC0FFEE ^ UInt64(length))
        let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("contenthash-\(length)-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: sha256sum)
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let reference = String(decoding: output, as: UTF8.self).prefix(64)
        #expect(SHA256.hexDigest(of: bytes) == String(reference))
    }
}

func hex(_ bytes: [UInt8]) -> String {
    bytes.map { byte in
        let s = String(byte, radix: 16)
        return s.count == 1 ? "0" + s : s
    }.joined()
}
