#if os(Linux)
import Glibc

/// Bytes the parent still has to feed into one of the child's input pipes (stdin or the secret).
///
/// The parent keeps its own copy of the pipe's read end open until the run is over. Then the
/// pipe always has a reader, so a write can never fail with `EPIPE` and never raises `SIGPIPE`
/// in the calling process, even when the child exits without reading; no signal dispositions or
/// masks of the host process need touching. The write end is non-blocking and written only when
/// `poll` says there is room, so a child that fills its output pipes cannot deadlock against us.
struct PendingInput {
    /// The non-blocking write end, or -1 once everything is written (the child then sees end-of-file).
    private(set) var writeEnd: Int32
    private var readEnd: Int32
    private let bytes: [UInt8]
    private var offset = 0

    /// Takes ownership of both ends of a pipe whose read end the child also has.
    init(writeEnd: Int32, readEnd: Int32, bytes: [UInt8]) {
        self.writeEnd = writeEnd
        self.readEnd = readEnd
        self.bytes = bytes
        if bytes.isEmpty { closeWriteEnd() }
    }

    /// Whether bytes remain to be written.
    var wantsToWrite: Bool { writeEnd >= 0 }

    /// Writes as much as the pipe takes now; closes the write end when all is written or on an error.
    mutating func writeAvailable() {
        while writeEnd >= 0 && offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(writeEnd, raw.baseAddress! + offset, min(bytes.count - offset, 1 << 16))
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                return
            } else {
                break
            }
        }
        closeWriteEnd()
    }

    /// Closes both ends: the write end first, so no write can ever meet a pipe without readers.
    mutating func closeAll() {
        closeWriteEnd()
        if readEnd >= 0 {
            _ = close(readEnd)
            readEnd = -1
        }
    }

    private mutating func closeWriteEnd() {
        if writeEnd >= 0 {
            _ = close(writeEnd)
            writeEnd = -1
        }
    }
}
#endif
