import CourseWire
import Foundation
import Testing

/// Messages over a real pipe: framing survives any split of the bytes, and a peer that
/// lies or leaves is reported, never trusted.
@Suite struct WirePipeTests {
    private func pipePair() -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0)
        return (fds[0], fds[1])
    }

    private func writeRaw(_ bytes: [UInt8], to fd: Int32) {
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    @Test func messagesOfEverySizeComeOutOneByOne() throws {
        let fds = pipePair()
        defer { close(fds.read) }
        // The sender runs on its own thread: 70 kB is more than a pipe holds.
        let sent = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let sender = WirePipe(input: -1, output: fds.write)
            for count in [0, 1, 3, 70_000] { try? sender.send([UInt8](repeating: UInt8(count % 251), count: count)) }
            close(fds.write)
            sent.signal()
        }
        defer { sent.wait() }
        let receiver = WirePipe(input: fds.read, output: -1)
        for count in [0, 1, 3, 70_000] {
            let message = try #require(try receiver.receive())
            #expect(message == [UInt8](repeating: UInt8(count % 251), count: count))
        }
        #expect(try receiver.receive() == nil, "end of file between messages is the end")
    }

    @Test func aMessageSplitAcrossWritesIsReassembled() throws {
        let fds = pipePair()
        defer { close(fds.read) }
        let receiver = WirePipe(input: fds.read, output: -1)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for byte in [5, 0, 0, 0, 1, 2, 3, 4, 5] as [UInt8] {
                self.writeRaw([byte], to: fds.write)
                usleep(1_000)
            }
            close(fds.write)
            done.signal()
        }
        #expect(try receiver.receive() == [1, 2, 3, 4, 5])
        done.wait()
    }

    @Test func aPeerThatStopsMidMessageOrLiesAboutLengthIsAnError() {
        let cut = pipePair()
        writeRaw([10, 0, 0, 0, 1, 2], to: cut.write)
        close(cut.write)
        #expect(throws: WireError.closed) { _ = try WirePipe(input: cut.read, output: -1).receive() }
        close(cut.read)

        let huge = pipePair()
        writeRaw([0xFF, 0xFF, 0xFF, 0x7F], to: huge.write)
        close(huge.write)
        #expect(throws: WireError.tooLong(0x7FFF_FFFF)) { _ = try WirePipe(input: huge.read, output: -1).receive() }
        close(huge.read)
    }
}
