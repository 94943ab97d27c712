#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Length-prefixed messages over a pair of pipe descriptors.
///
/// Each message is its byte count (4 bytes, little-endian) followed by the bytes.
public struct WirePipe: Sendable {
    /// The descriptor messages are read from.
    public let input: Int32
    /// The descriptor messages are written to.
    public let output: Int32

    /// The longest message either side accepts: 64 MiB, far above any exercise's data
    /// (a 1000×1000 matrix of doubles is 8 MB), low enough that a hostile peer cannot make
    /// the reader allocate more than a fraction of its 1 GiB memory limit.
    public static let maximumMessageBytes = 64 << 20

    /// A pipe pair.
    public init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// Sends one message.
    public func send(_ message: [UInt8]) throws(WireError) {
        var framed: [UInt8] = []
        framed.reserveCapacity(message.count + 4)
        let count = UInt32(message.count)
        for shift in stride(from: 0, to: 32, by: 8) { framed.append(UInt8(truncatingIfNeeded: count >> UInt32(shift))) }
        framed.append(contentsOf: message)
        var offset = 0
        while offset < framed.count {
            let written = framed.withUnsafeBytes { buffer in
                write(output, buffer.baseAddress! + offset, framed.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw errno == EPIPE ? .closed : .io(errno: errno)
            }
            offset += written
        }
    }

    /// Receives one message; `nil` at end of file before its first byte.
    public func receive() throws(WireError) -> [UInt8]? {
        guard let header = try readExactly(4, endOfFileAllowed: true) else { return nil }
        var count = 0
        for index in 0..<4 { count |= Int(header[index]) << (8 * index) }
        guard count <= Self.maximumMessageBytes else { throw .tooLong(count) }
        guard let body = try readExactly(count, endOfFileAllowed: false) else { throw .closed }
        return body
    }

    private func readExactly(_ count: Int, endOfFileAllowed: Bool) throws(WireError) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(input, buffer.baseAddress! + offset, count - offset)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .io(errno: errno)
            }
            if got == 0 {
                if offset == 0 && endOfFileAllowed { return nil }
                throw .closed
            }
            offset += got
        }
        return bytes
    }
}
