/// The report a learner reads in a terminal after `course grade`.
public struct TerminalReport: Sendable {
    /// Whether to colour the text with ANSI escapes (only on a terminal, never with NO_COLOR).
    public var usesColor: Bool

    /// Creates a report style.
    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// The lines for one exercise: its outcome, then the first failure in full and the names
    /// of the other failing checks.
    ///
    /// Everything that is not the report's own wording (learner output, summaries, details,
    /// check names, failure fields, hints, identifiers) goes through `TerminalText`, so control
    /// characters and escape sequences in it are shown, not obeyed; the report's own colours
    /// are added around the escaped text.
    public func render(_ result: ExerciseResult) -> String {
        var lines: [String] = []
        let points = result.maxPoints > 0 ? "  \(format(result.points))/\(format(result.maxPoints)) points" : ""
        lines.append("\(mark(result.outcome)) \(bold(TerminalText.escapedLine(result.exerciseID)))  \(paint(result.outcome.label, for: result.outcome))\(points)\(result.cached ? dim("  (unchanged)") : "")")
        if result.outcome != .passed { lines.append("  " + TerminalText.escaped(result.summary, continuation: "  ")) }
        for detail in result.details { lines.append("  " + TerminalText.escaped(detail, continuation: "  ")) }
        // Checks listed for an exercise that never ran them only say what it is worth.
        let failing = result.checksRan ? result.checks.filter { !$0.passed } : []
        if let first = failing.first {
            lines.append("  \(paint("✗", for: .failed)) \(first.hidden ? "a hidden check" : TerminalText.escapedLine(first.name))")
            if let failure = first.failure, !first.hidden {
                let indent = "      "
                lines += Self.escapedFailureLines(failure, hint: first.hint, indent: indent).map { indent + $0 }
            }
            let others = failing.dropFirst().map { $0.hidden ? "(a hidden check)" : TerminalText.escapedLine($0.name) }
            if !others.isEmpty { lines.append("  also failing: " + others.joined(separator: "; ")) }
        }
        if !result.output.isEmpty && result.outcome != .passed && result.outcome != .notAttempted {
            lines.append("  your program printed:")
            var printed = TerminalText.escaped(result.output).split(separator: "\n", omittingEmptySubsequences: false)
            while printed.last?.isEmpty == true { printed.removeLast() }
            lines += printed.prefix(20).map { "    │ " + $0 }
            if printed.count > 20 { lines.append("    │ … (\(printed.count - 20) more lines)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The closing summary: points per lesson and the count of each outcome.
    public func summary(_ results: [ExerciseResult]) -> String {
        var lessons: [String] = []
        var byLesson: [String: (Double, Double, Int, Int)] = [:]
        for result in results {
            if byLesson[result.lessonSlug] == nil { lessons.append(result.lessonSlug) }
            var entry = byLesson[result.lessonSlug] ?? (0, 0, 0, 0)
            entry.0 += result.points
            entry.1 += result.maxPoints
            entry.2 += result.outcome == .passed ? 1 : 0
            entry.3 += 1
            byLesson[result.lessonSlug] = entry
        }
        var text = "\n"
        let shown = Dictionary(uniqueKeysWithValues: lessons.map { ($0, TerminalText.escapedLine($0)) })
        let width = shown.values.map(\.count).max() ?? 0
        for slug in lessons {
            let (points, maxPoints, passed, count) = byLesson[slug]!
            let lesson = shown[slug]!
            let padding = String(repeating: " ", count: width - lesson.count)
            text += "  \(lesson)\(padding)  \(passed)/\(count) exercises passed"
            if maxPoints > 0 { text += ", \(format(points))/\(format(maxPoints)) points" }
            text += "\n"
        }
        let passed = results.filter { $0.outcome == .passed }.count
        text += "\n\(passed == results.count ? paint(results.count == 1 ? "The exercise passed." : "All \(results.count) exercises passed.", for: .passed) : "\(passed) of \(results.count) exercises passed.")\n"
        return text
    }

    /// The lines that describe a failed check: call, expected, actual, tolerance, hint.
    static func failureLines(_ failure: CheckFailure, hint: String?) -> [String] {
        var lines: [String] = []
        if let call = failure.call { lines.append("call:      " + call) }
        if let expected = failure.expected { lines.append("expected:  " + expected) }
        if let actual = failure.actual { lines.append("got:       " + actual) }
        if let tolerance = failure.tolerance { lines.append("tolerance: " + tolerance) }
        if !failure.message.isEmpty { lines.append(failure.message) }
        if let seed = failure.seed {
            lines.append("seed:      \(seed)" + (failure.caseIndex.map { " (case \($0))" } ?? ""))
        }
        if let hint { lines.append("hint:      " + hint) }
        return lines
    }

    /// `failureLines` for the terminal: every field escaped, and the later lines of a
    /// multi-line field indented under its first (`indent` is what the caller puts before
    /// each line), so a value cannot start a line of its own at the left margin.
    /// `failureLines` itself stays raw: the JUnit and Gradescope reports escape for their formats.
    private static func escapedFailureLines(_ failure: CheckFailure, hint: String?, indent: String) -> [String] {
        let underLabel = indent + String(repeating: " ", count: failureLabelWidth)
        var escaped = failure
        escaped.message = TerminalText.escaped(failure.message, continuation: indent)
        escaped.call = failure.call.map { TerminalText.escaped($0, continuation: underLabel) }
        escaped.expected = failure.expected.map { TerminalText.escaped($0, continuation: underLabel) }
        escaped.actual = failure.actual.map { TerminalText.escaped($0, continuation: underLabel) }
        escaped.tolerance = failure.tolerance.map { TerminalText.escaped($0, continuation: underLabel) }
        return failureLines(escaped, hint: hint.map { TerminalText.escaped($0, continuation: underLabel) })
    }

    /// The width of the labels `failureLines` puts before a field ("expected:  ").
    private static let failureLabelWidth = "expected:  ".count

    private func mark(_ outcome: GradeOutcome) -> String {
        switch outcome {
        case .passed: return paint("✓", for: outcome)
        case .notAttempted: return paint("·", for: outcome)
        default: return paint("✗", for: outcome)
        }
    }

    private func paint(_ text: String, for outcome: GradeOutcome) -> String {
        guard usesColor else { return text }
        switch outcome {
        case .passed: return "\u{1B}[32m\(text)\u{1B}[0m"
        case .notAttempted: return "\u{1B}[33m\(text)\u{1B}[0m"
        default: return "\u{1B}[31m\(text)\u{1B}[0m"
        }
    }

    private func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    private func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
