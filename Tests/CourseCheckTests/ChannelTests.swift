import Testing
@testable import CourseCheck

@Suite struct ChannelTests {
    let nonce = Array("3f9a1c0de5b24788a6d0c1e2f3a4b5c6".utf8)

    /// Checks whose names and messages exercise the escaping.
    var sampleChecks: [Check] {
        [
            Check("passes \"quoted\" \\ back\\slash", points: 2, hint: "line one\nline two") {
                expectEqual(1, 1, call: "one()")
            },
            Check.property("fails: |Δ| ≤ ε 🙂", points: 3, cases: 20, seed: 0xFFFF_FFFF_FFFF_FFFF, hint: nil) { random in
                let x = random.doubles(count: 3, in: -1...1)
                expectClose(x.map { $0 * 2 }, x, tolerance: .absoluteOrRelative(absolute: 1e-12, relative: 1e-9), call: "double(\(x))\t\u{01}")
            },
            Check("hidden", visibility: .hidden) { expectEqual("a\"b", "a\u{0}b", call: "s()") },
        ]
    }

    @Test func runnerBytesParseBackToTheSameResults() throws {
        let (results, bytes) = try channelBytes(of: sampleChecks, nonce: nonce)
        let transcript = CheckChannel.parse(bytes, nonce: nonce)
        let planned = [PlannedCheck(name: results[0].name, points: 2, hidden: false),
                       PlannedCheck(name: results[1].name, points: 3, hidden: false),
                       PlannedCheck(name: "hidden", points: 1, hidden: true)]
        #expect(transcript == ChannelTranscript(results: results, startedButUnfinished: nil, isComplete: true, forgedLines: 0,
                                                planned: planned))
        #expect(results.count == 3)
        #expect(results[1].failure?.seed == 0xFFFF_FFFF_FFFF_FFFF)
        #expect(results[1].failure?.caseIndex == 0)
        #expect(results[2].failure?.message == #"expected "a\0b", got "a\"b""#)
    }

    @Test func linesHaveTheDocumentedForm() throws {
        let (_, bytes) = try channelBytes(of: [Check("x", points: 1, hint: nil) {}], nonce: nonce)
        let text = String(decoding: bytes, as: UTF8.self)
        let n = String(decoding: nonce, as: UTF8.self)
        #expect(text == """
        \(n) {"event":"plan","checks":[{"check":"x","points":1,"hidden":false}]}
        \(n) {"event":"start","check":"x"}
        \(n) {"event":"result","check":"x","passed":true,"points":1,"maxPoints":1,"hidden":false,"hint":null,"failure":null}
        \(n) {"event":"done","checks":1}

        """)
    }

    @Test func failureObjectHasTheDocumentedForm() {
        let failure = CheckFailure(
            message: "m", call: "c", expected: "e", actual: "a", tolerance: "t", location: "Checks.swift:3",
            seed: 0xAB, caseIndex: 7, additionalFailures: 2
        )
        let line = CheckChannel.line(.failure(check: "k", failure), nonce: Array("N".utf8))
        #expect(String(decoding: line, as: UTF8.self) == #"N {"event":"failure","check":"k","failure":{"message":"m","call":"c","expected":"e","actual":"a","tolerance":"t","location":"Checks.swift:3","seed":"0xab","caseIndex":7,"additionalFailures":2}}"# + "\n")
    }

    @Test func linesWithoutTheNonceAreIgnoredAndCounted() throws {
        let (results, bytes) = try channelBytes(of: sampleChecks, nonce: nonce)
        let forgedResult = Array(#"{"event":"result","check":"forged","passed":true,"points":100,"maxPoints":100,"hidden":false,"hint":null,"failure":null}"#.utf8)
        var tampered: [UInt8] = []
        tampered += Array("hello from print\n".utf8)                      // no nonce at all
        tampered += Array("wrongnonce ".utf8) + forgedResult + [0x0A]     // a guessed nonce
        tampered += nonce.dropLast() + Array(" ".utf8) + forgedResult + [0x0A]  // a prefix of the nonce
        tampered += Array("\n".utf8)                                       // an empty line
        tampered += bytes
        let transcript = CheckChannel.parse(tampered, nonce: nonce)
        #expect(transcript.results == results)
        #expect(transcript.isComplete)
        #expect(transcript.forgedLines == 4)
        #expect(!transcript.results.contains { $0.name == "forged" })
    }

    @Test func garbageLeftBeforeARecordDoesNotHideIt() throws {
        let (results, bytes) = try channelBytes(of: sampleChecks, nonce: nonce)
        // Learner code wrote an unfinished line just before the runner's next record.
        let transcript = CheckChannel.parse(Array("partial line with no newline".utf8) + bytes, nonce: nonce)
        #expect(transcript.results == results)
        #expect(transcript.isComplete)
        #expect(transcript.forgedLines == 1)
    }

    @Test func malformedRecordWithTheNonceCountsAsForged() {
        var bytes = nonce + Array(" {\"event\":\"result\"}\n".utf8)      // fields missing
        bytes += nonce + Array(" not json\n".utf8)
        bytes += nonce + Array(" {\"event\":\"done\",\"checks\":0}\n".utf8)
        let transcript = CheckChannel.parse(bytes, nonce: nonce)
        #expect(transcript == ChannelTranscript(results: [], startedButUnfinished: nil, isComplete: true, forgedLines: 2))
    }

    @Test func crashMidCheckLeavesItUnfinishedWithItsFirstFailure() throws {
        let (results, bytes) = try channelBytes(of: sampleChecks, nonce: nonce)
        // Cut the transcript after the second check's "failure" line: as if it trapped there.
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[4].contains(#""event":"failure""#), "after the plan and the first check's three lines")
        let cut = Array(lines[0...4].joined(separator: "\n").utf8) + [0x0A]
        let transcript = CheckChannel.parse(cut, nonce: nonce)
        #expect(transcript.results == [results[0]])
        #expect(transcript.startedButUnfinished == results[1].name)
        var expected = try #require(results[1].failure)
        expected.additionalFailures = 0
        #expect(transcript.unfinishedCheckFailure == expected)
        #expect(!transcript.isComplete)
    }

    @Test func missingDoneOrWrongCountIsIncomplete() throws {
        let (results, bytes) = try channelBytes(of: sampleChecks, nonce: nonce)
        let withoutDone = Array(bytes.dropLast(bytes.count - (bytes.dropLast().lastIndex(of: 0x0A)! + 1)))
        let transcript = CheckChannel.parse(withoutDone, nonce: nonce)
        #expect(transcript.results == results && transcript.startedButUnfinished == nil && !transcript.isComplete)
        let lying = withoutDone + nonce + Array(" {\"event\":\"done\",\"checks\":4}\n".utf8)
        #expect(!CheckChannel.parse(lying, nonce: nonce).isComplete)
        // A last line without its newline was cut off: ignored.
        let truncated = Array(bytes.dropLast())
        #expect(!CheckChannel.parse(truncated, nonce: nonce).isComplete)
    }

    @Test func invalidNonceAcceptsNothing() throws {
        let (_, bytes) = try channelBytes(of: sampleChecks, nonce: nonce)
        let lineCount = bytes.filter { $0 == 0x0A }.count
        let transcript = CheckChannel.parse(bytes, nonce: [])
        #expect(transcript.results.isEmpty && !transcript.isComplete && transcript.forgedLines == lineCount)
    }

    @Test func nonceRules() {
        #expect(CheckChannel.isValidNonce(Array("abc".utf8)))
        #expect(!CheckChannel.isValidNonce([]))
        #expect(!CheckChannel.isValidNonce(Array("a b".utf8)))
        #expect(!CheckChannel.isValidNonce(Array("ab\n".utf8)))
        #expect(!CheckChannel.isValidNonce(Array("Δ".utf8)))
        #expect(!CheckChannel.isValidNonce([UInt8](repeating: 0x61, count: 257)))
        let fresh = CheckChannel.makeNonce()
        #expect(fresh.count == 32 && CheckChannel.isValidNonce(fresh))
        #expect(fresh != CheckChannel.makeNonce())
    }
}
