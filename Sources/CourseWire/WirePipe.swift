#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Length-prefixed messages over a pair of pipe descriptors.
///
/// Each message is its byte count (4 bytes, little-endian) followed by the bytes. Reads go
/// through a buffer, so a message usually costs one `read(2)` however it is framed: every
/// call between the checks and the learner's code is a round trip, and a property check
/// can make a few hundred thousand of them.
///
/// Used by one thread at a time (the checks run one after another; the worker serves one
/// request at a time), hence the unchecked `Sendable`.
public final class WirePipe: @unchecked Sendable {
    /// The descriptor messages are read from.
    public let input: Int32
    /// The descriptor messages are written to.
    public let output: Int32
    /// Bytes read but not yet handed out are `storage[start..<end]`.
    private var storage: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    /// The deadline of the receive in progress.
    private var deadline: Double?

    /// Monotonic seconds, for deadlines.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The longest message either side accepts: 64 MiB, far above any exercise's data
    /// (a 1000×1000 matrix of doubles is 8 MB), low enough that a hostile peer cannot make
    /// the reader allocate more than a fraction of its 1 GiB memory limit.
    public static let maximumMessageBytes = 64 << 20

    /// A pipe pair.
    public init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
        storage = .allocate(byteCount: 1 << 16, alignment: 8)
    }

    deinit { storage.deallocate() }

    /// Sends one message.
    public func send(_ message: [UInt8]) throws(WireError) {
        var framed: [UInt8] = []
        framed.reserveCapacity(message.count + 4)
        let count = UInt32(message.count)
        for shift in stride(from: 0, to: 32, by: 8) { framed.append(UInt8(truncatingIfNeeded: count >> UInt32(shift))) }
        framed.append(contentsOf: message)
        var offset = 0
        while offset < framed.count {
            let written = framed.withUnsafeBytes { bytes in
                write(output, bytes.baseAddress! + offset, framed.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw errno == EPIPE ? .closed : .io(errno: errno)
            }
            offset += written
        }
    }

    /// Receives one message; `nil` at end of file before its first byte. With a `deadline`
    /// (see ``now()``), throws ``WireError/timedOut`` when it passes before the message is in.
    public func receive(before deadline: Double? = nil) throws(WireError) -> [UInt8]? {
        self.deadline = deadline
        guard try fill(4, endOfFileAllowed: true) else { return nil }
        var count = 0
        for index in 0..<4 { count |= Int(storage[start + index]) << (8 * index) }
        guard count <= Self.maximumMessageBytes else { throw .tooLong(count) }
        _ = try fill(4 + count, endOfFileAllowed: false)
        let message = Array(storage[(start + 4)..<(start + 4 + count)])
        start += 4 + count
        if start == end { (start, end) = (0, 0) }
        return message
    }

    /// Reads until `count` unread bytes are buffered; false at end of file before any byte
    /// of them when that is allowed.
    private func fill(_ count: Int, endOfFileAllowed: Bool) throws(WireError) -> Bool {
        if end - start >= count { return true }
        if storage.count - start < count {
            // Make room: move the unread bytes to the front, and grow if that is not enough.
            let unread = end - start
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(storage.count, count + (1 << 16)), alignment: 8)
            if unread > 0 { bigger.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: unread) }
            storage.deallocate()
            storage = bigger
            (start, end) = (0, unread)
        }
        while end - start < count {
            if let deadline {
                // Wait for bytes only until the deadline; data already buffered never waits.
                let remaining = deadline - Self.now()
                guard remaining > 0 else { throw .timedOut }
                var watch = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                let ready = poll(&watch, 1, Int32(min(remaining * 1000, 1e9).rounded(.up)))
                if ready == 0 { throw .timedOut }
                if ready < 0 && errno != EINTR { throw .io(errno: errno) }
                if ready < 0 { continue }
            }
            let got = read(input, storage.baseAddress! + end, storage.count - end)
            if got < 0 {
                if errno == EINTR { continue }
                throw .io(errno: errno)
            }
            if got == 0 {
                if end == start && endOfFileAllowed { return false }
                throw .closed
            }
            end += got
        }
        return true
    }
}
