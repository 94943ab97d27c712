/// Where this run's results go, decided from the environment before any check runs.
enum ChannelSetup: Equatable {
    /// No channel configured: print a human-readable report to standard output.
    case console
    /// Write channel lines to `fd`, each marked with `nonce`.
    case channel(fd: Int32, nonce: [UInt8])
    /// The channel is configured but unusable; the text says why.
    case invalid(String)

    /// Reads `COURSE_CHECK_CHANNEL_FD` and `COURSE_CHECK_NONCE_FD`, removes both from the
    /// environment, and, if both are set, reads the nonce from its fd to end of file and
    /// closes that fd. The channel fd is made close-on-exec and SIGPIPE is ignored, so a
    /// grader that stops reading makes writes fail instead of killing the process.
    static func fromEnvironment() -> ChannelSetup {
        let channelText = RawIO.environment(CheckChannel.channelVariable)
        let nonceText = RawIO.environment(CheckChannel.nonceVariable)
        RawIO.unsetEnvironment(CheckChannel.channelVariable)
        RawIO.unsetEnvironment(CheckChannel.nonceVariable)
        let setup = resolve(channel: channelText, nonce: nonceText)
        if case .channel(let fd, _) = setup {
            RawIO.setCloseOnExec(fd)
            RawIO.ignoreBrokenPipe()
        }
        return setup
    }

    /// The setup for the two variables' values (`nil` or empty meaning unset); reads and
    /// closes the nonce fd when both are set.
    static func resolve(channel channelText: String?, nonce nonceText: String?) -> ChannelSetup {
        let channelText = channelText.flatMap { $0.isEmpty ? nil : $0 }
        let nonceText = nonceText.flatMap { $0.isEmpty ? nil : $0 }
        let channelName = CheckChannel.channelVariable
        let nonceName = CheckChannel.nonceVariable
        switch (channelText, nonceText) {
        case (nil, nil):
            return .console
        case (nil, .some):
            return .invalid("\(nonceName) is set but \(channelName) is not; set both or neither")
        case (.some, nil):
            return .invalid("\(channelName) is set but \(nonceName) is not; set both or neither")
        case let (.some(channelText), .some(nonceText)):
            guard let channelFD = Int32(channelText), channelFD >= 0 else {
                return .invalid("\(channelName) must be a file descriptor number, not \(channelText.debugDescription)")
            }
            guard let nonceFD = Int32(nonceText), nonceFD >= 0 else {
                return .invalid("\(nonceName) must be a file descriptor number, not \(nonceText.debugDescription)")
            }
            guard channelFD != nonceFD else {
                return .invalid("\(channelName) and \(nonceName) must be different file descriptors, both are \(channelFD)")
            }
            let nonce = RawIO.readAll(from: nonceFD, limit: CheckChannel.maximumNonceLength)
            RawIO.close(nonceFD)
            guard let nonce else {
                return .invalid("could not read the nonce from fd \(nonceFD), or it is longer than \(CheckChannel.maximumNonceLength) bytes")
            }
            guard CheckChannel.isValidNonce(nonce) else {
                return .invalid("the nonce must be 1 to \(CheckChannel.maximumNonceLength) bytes of printable ASCII without spaces (got \(nonce.count) bytes)")
            }
            guard RawIO.isOpen(channelFD) else {
                return .invalid("the results fd \(channelFD) (\(channelName)) is not open")
            }
            return .channel(fd: channelFD, nonce: nonce)
        }
    }
}
