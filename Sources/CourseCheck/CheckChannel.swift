/// The results channel between a compiled exercise and the grader, defined once for both sides.
///
/// Holds the channel's environment variables, its nonce rules, and the parser for what
/// comes back. The grader:
/// 1. makes a nonce (`makeNonce()`), opens a pipe for results and another holding the
///    nonce (written in full, write end closed);
/// 2. starts the exercise with the results pipe's write end as fd 3 and the nonce pipe's
///    read end as fd 4, and `COURSE_CHECK_CHANNEL_FD=3`, `COURSE_CHECK_NONCE_FD=4` in its
///    environment;
/// 3. reads fd 3 to the end and calls `parse(_:nonce:)`.
///
/// `CheckRunner.run` reads the nonce, closes fd 4 and removes both variables before any
/// check (or the learner's code) runs, then writes one line per event:
/// `NONCE {"event":"start",…}\n`, `…"failure"…`, `…"result"…`, and finally
/// `NONCE {"event":"done","checks":N}\n` (see `ChannelEvent` in the sources for the
/// fields). The learner's code shares the process and can write to fd 3, but without the
/// nonce its lines are ignored and counted as forged; it can stop the run (crash, `exit`,
/// close the fd), which the transcript shows as incomplete, but not add a result.
public enum CheckChannel {
    /// The environment variable that holds the number of the fd results are written to.
    ///
    /// Normally "3".
    public static let channelVariable = "COURSE_CHECK_CHANNEL_FD"
    /// The environment variable that holds the number of the fd the nonce is read from.
    ///
    /// Normally "4". The runner reads it to end of file, then closes it.
    public static let nonceVariable = "COURSE_CHECK_NONCE_FD"
    /// The longest nonce accepted, in bytes.
    ///
    /// Longer nonces are refused by the runner (exit status 2).
    public static let maximumNonceLength = 256

    /// Whether `nonce` can mark channel lines.
    ///
    /// It must be 1 to `maximumNonceLength` bytes of printable ASCII, no spaces. The runner
    /// refuses any other nonce (exit status 2).
    public static func isValidNonce(_ nonce: [UInt8]) -> Bool {
        (1...maximumNonceLength).contains(nonce.count) && nonce.allSatisfy { (0x21...0x7E).contains($0) }
    }

    /// A fresh nonce of 32 lowercase hexadecimal digits.
    ///
    /// 128 bits from the system's secure random source. Use a new one for every run of an
    /// exercise.
    public static func makeNonce() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        return (0..<32).map { _ in digits[Int(generator.next() & 0xF)] }
    }

    /// Reads the bytes a run wrote to the channel.
    ///
    /// Every complete line (ending in `\n`) is looked at; a final line without its `\n` was
    /// cut off and is ignored. A line counts if it contains the nonce followed by a space
    /// and a valid record; anything before the nonce on that line, and every line without
    /// it, is counted in `forgedLines` (a record is found even if the learner's code left
    /// an unfinished line on the channel just before it). Lines with the nonce but an
    /// unreadable record count as forged too. With an invalid nonce nothing is accepted.
    public static func parse(_ bytes: [UInt8], nonce: [UInt8]) -> ChannelTranscript {
        let marker = nonce + [UInt8(ascii: " ")]
        let validNonce = isValidNonce(nonce)
        var results: [CheckResult] = []
        var running: String?
        var runningFailure: CheckFailure?
        var doneCount: Int?
        var lostCall: String?
        var planned: [PlannedCheck] = []
        var lostReason: LostWorker?
        var forged = 0

        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            let line = bytes[lineStart..<index]
            lineStart = index + 1
            guard validNonce, let markerStart = firstIndex(of: marker, in: line) else {
                forged += 1
                continue
            }
            if markerStart > line.startIndex { forged += 1 }  // something wrote before the record
            guard let json = JSONValue(parsing: line[(markerStart + marker.count)...]),
                  let event = ChannelEvent(json: json) else {
                forged += 1
                continue
            }
            guard doneCount == nil else { continue }  // nothing legitimate follows "done"
            switch event {
            case .plan(let checks):
                if planned.isEmpty { planned = checks }
            case .start(let check):
                running = check
                runningFailure = nil
            case .failure(let check, let failure):
                if check == running, runningFailure == nil { runningFailure = failure }
            case .result(let result):
                results.append(result)
                if result.name == running {
                    running = nil
                    runningFailure = nil
                }
            case .done(let checks):
                doneCount = checks
            case .lost(let check, let call, let reason):
                if check == running, lostCall == nil {
                    lostCall = call
                    lostReason = reason
                }
            }
        }
        return ChannelTranscript(
            results: results,
            startedButUnfinished: running,
            unfinishedCheckFailure: runningFailure,
            isComplete: doneCount == results.count && running == nil,
            forgedLines: forged,
            lostCall: lostCall,
            lostReason: lostReason,
            planned: planned
        )
    }

    /// One channel line: the nonce, a space, the event's JSON and a newline.
    static func line(_ event: ChannelEvent, nonce: [UInt8]) -> [UInt8] {
        var out = nonce
        out.append(UInt8(ascii: " "))
        event.json.write(to: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Where `pattern` first occurs in `bytes`, or `nil`.
    private static func firstIndex(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var start = bytes.startIndex
        let last = bytes.endIndex - pattern.count
        while start <= last {
            if bytes[start] == pattern[0], bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
                return start
            }
            start += 1
        }
        return nil
    }
}
