#if os(Linux)
import Glibc

/// The parent's read end of one of the child's output pipes, and the bytes kept from it.
struct CapturedStream {
    /// The non-blocking read end, or -1 once closed (or when this stream was never set up).
    private(set) var fd: Int32
    /// How many bytes to keep; more marks the stream truncated.
    let capacity: Int
    /// The first `capacity` bytes received.
    private(set) var bytes: [UInt8] = []
    /// Whether more than `capacity` bytes arrived.
    private(set) var truncated = false

    /// Wraps an open read end, keeping at most `capacity` bytes.
    init(fd: Int32, capacity: Int) {
        self.fd = fd
        self.capacity = capacity
    }

    /// A stream that was not requested: closed from the start and always empty.
    static let absent = CapturedStream(fd: -1, capacity: 0)

    /// Whether the read end is still open, i.e. end-of-file has not been seen.
    var isOpen: Bool { fd >= 0 }

    /// Reads once from the pipe into `buffer` and keeps what fits; closes the pipe at end-of-file
    /// or on an error. Does nothing if nothing is available.
    mutating func readAvailable(using buffer: UnsafeMutableRawBufferPointer) {
        guard fd >= 0 else { return }
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count > 0 {
                keep(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                return
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            close()  // 0 is end-of-file; any other error ends the stream too.
            return
        }
    }

    /// Closes the read end if it is open.
    mutating func close() {
        if fd >= 0 {
            _ = Glibc.close(fd)
            fd = -1
        }
    }

    private mutating func keep(_ chunk: UnsafeRawBufferPointer) {
        let room = capacity - bytes.count
        if chunk.count <= room {
            bytes.append(contentsOf: chunk)
        } else {
            if room > 0 { bytes.append(contentsOf: chunk[0..<room]) }
            truncated = true
        }
    }
}
#endif
