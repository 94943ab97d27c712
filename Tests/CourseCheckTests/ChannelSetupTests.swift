#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import CourseCheck

@Suite struct ChannelSetupTests {
    @Test func noVariablesMeansConsole() {
        #expect(ChannelSetup.resolve(channel: nil, nonce: nil) == .console)
        #expect(ChannelSetup.resolve(channel: "", nonce: "") == .console)
    }

    @Test func halfConfiguredOrMalformedIsRefused() {
        func isInvalid(_ setup: ChannelSetup) -> Bool {
            if case .invalid = setup { return true }
            return false
        }
        #expect(isInvalid(ChannelSetup.resolve(channel: "3", nonce: nil)))
        #expect(isInvalid(ChannelSetup.resolve(channel: nil, nonce: "4")))
        #expect(isInvalid(ChannelSetup.resolve(channel: "three", nonce: "4")))
        #expect(isInvalid(ChannelSetup.resolve(channel: "3", nonce: "-4")))
        #expect(isInvalid(ChannelSetup.resolve(channel: "5", nonce: "5")))
    }

    @Test func readsTheNonceAndClosesItsFD() throws {
        let results = try Pipe()
        let noncePipe = try Pipe()
        #expect(RawIO.writeAll(Array("s3cret-nonce".utf8), to: noncePipe.writeEnd))
        noncePipe.closeWrite()
        let setup = ChannelSetup.resolve(channel: String(results.writeEnd), nonce: String(noncePipe.readEnd))
        #expect(setup == .channel(fd: results.writeEnd, nonce: Array("s3cret-nonce".utf8)))
        #expect(!RawIO.isOpen(noncePipe.readEnd), "the nonce fd is closed after reading")
        results.closeRead()
        results.closeWrite()
    }

    @Test func badNonceOrClosedChannelIsRefused() throws {
        for nonce in ["has space", "", String(repeating: "x", count: 300)] {
            let noncePipe = try Pipe()
            _ = RawIO.writeAll(Array(nonce.utf8), to: noncePipe.writeEnd)
            noncePipe.closeWrite()
            let setup = ChannelSetup.resolve(channel: "1", nonce: String(noncePipe.readEnd))
            if case .invalid(let why) = setup {
                #expect(why.contains("nonce"))
            } else {
                Issue.record("nonce \(nonce.debugDescription) was accepted: \(setup)")
            }
        }
        let noncePipe = try Pipe()
        _ = RawIO.writeAll(Array("ok".utf8), to: noncePipe.writeEnd)
        noncePipe.closeWrite()
        let closed = try Pipe()
        closed.closeWrite()
        closed.closeRead()
        #expect(ChannelSetup.resolve(channel: String(closed.writeEnd), nonce: String(noncePipe.readEnd))
                == .invalid("the results fd \(closed.writeEnd) (COURSE_CHECK_CHANNEL_FD) is not open"))
    }
}
