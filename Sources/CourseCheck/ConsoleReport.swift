/// The human-readable report printed when no grader channel is configured, so an author
/// can run a compiled exercise by hand.
///
/// Written straight to the fd with `write(2)` as events happen: the check's name before it
/// runs (so a crash shows where), its first failure in full the moment it is recorded,
/// then its outcome; hidden checks are shown in full too, marked "(hidden)". Ends with a
/// summary line.
///
/// ```text
/// ▶ rotation keeps the norm
///   problem:   expected 2.23606797749979, got 2.2
///   call:      norm(rotatePair([1.0, 2.0], by: 3.0))
///   …
///   ✗ failed: 0/2 points
/// ```
final class ConsoleReport: CheckReporter {
    /// Where the report goes (1 for standard output).
    let fd: Int32
    /// Whether the running check's failure has been printed already.
    private var printedFailure = false

    /// Creates a report writing to `fd`.
    init(fd: Int32 = 1) {
        self.fd = fd
    }

    func started(_ check: String) {
        printedFailure = false
        emit("▶ \(check)\n")
    }

    func lostWorker(_ check: String, call: String, reason: LostWorker) {
        emit("  the code under test gave no result (\(reason.rawValue)) for \(call)\n")
    }

    func failed(_ check: String, _ failure: CheckFailure) {
        printedFailure = true
        emit(Self.details(failure))
    }

    func finished(_ result: CheckResult) {
        var text = ""
        if let failure = result.failure, !printedFailure { text += Self.details(failure) }
        let points = "\(result.points)/\(result.maxPoints) point\(result.maxPoints == 1 ? "" : "s")"
        let hidden = result.hidden ? " (hidden)" : ""
        if result.passed {
            text += "  ✓ passed: \(points)\(hidden)\n"
        } else {
            var more = ""
            if let count = result.failure?.additionalFailures, count > 0 {
                more = "; \(count) more expectation\(count == 1 ? "" : "s") failed after the first"
            }
            text += "  ✗ failed: \(points)\(hidden)\(more)\n"
            if let hint = result.hint { text += "  hint:      \(hint)\n" }
        }
        emit(text)
    }

    func done(_ results: [CheckResult]) {
        let passed = results.filter(\.passed).count
        let points = results.reduce(0) { $0 + $1.points }
        let maximum = results.reduce(0) { $0 + $1.maxPoints }
        emit("\n\(passed) of \(results.count) check\(results.count == 1 ? "" : "s") passed; \(points)/\(maximum) points.\n")
    }

    /// The indented lines describing `failure`.
    static func details(_ failure: CheckFailure) -> String {
        var text = "  problem:   \(failure.message)\n"
        text += "  call:      \(failure.call)\n"
        text += "  expected:  \(failure.expected)\n"
        text += "  got:       \(failure.actual)\n"
        if let tolerance = failure.tolerance { text += "  tolerance: \(tolerance)\n" }
        if let location = failure.location { text += "  at:        \(location)\n" }
        if let seed = failure.seed, let caseIndex = failure.caseIndex {
            let hex = "0x" + String(seed, radix: 16)
            text += "  case:      index \(caseIndex) (from 0) of seed \(hex); pass `seed: \(hex)` to reproduce\n"
        }
        return text
    }

    /// Writes `text` after flushing whatever the learner's code printed.
    private func emit(_ text: String) {
        RawIO.flushStandardStreams()
        _ = RawIO.writeAll(Array(text.utf8), to: fd)
    }
}
