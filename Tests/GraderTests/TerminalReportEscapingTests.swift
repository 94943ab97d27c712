import Foundation
import Grader
import Testing

/// The terminal report shows control characters and escape sequences from learner code, check
/// results and compiler messages as visible `\u{…}` escapes instead of sending them to the
/// learner's terminal, while its own colours, newlines and ordinary Unicode come through.
@Suite struct TerminalReportEscapingTests {
    /// Clear screen, set the window title (OSC ended by BEL), carriage return, 8-bit CSI,
    /// right-to-left override and NUL.
    static let hostile = "A\u{1B}[2J B\u{1B}]0;title\u{07} C\r D\u{9B}31m E\u{202E}F G\u{0}H"
    /// How `hostile` must read in the report.
    static let hostileShown = #"A\u{1B}[2J B\u{1B}]0;title\u{07} C\u{0D} D\u{9B}31m E\u{202E}F G\u{00}H"#
    static let ordinary = "θ × − 🎉 naïve"

    /// Every place in a result whose text reaches the report.
    enum Field: String, CaseIterable, CustomTestStringConvertible {
        case exerciseID, lessonSlug, summary, details, output, checkName, otherCheckName
        case message, call, expected, actual, tolerance, hint

        var testDescription: String { rawValue }

        func result(with text: String) -> ExerciseResult {
            var failure = CheckFailure(message: "message", call: "call()", expected: "1", actual: "2", tolerance: "|Δ| ≤ 1e-12")
            var first = CheckReport(name: "first check", passed: false, points: 0, maxPoints: 1, hidden: false, hint: "hint", failure: nil)
            var other = CheckReport(name: "other check", passed: false, points: 0, maxPoints: 1, hidden: false, hint: nil, failure: nil)
            var result = ExerciseResult(exerciseID: "lesson/exercise", title: "Exercise", lessonSlug: "lesson",
                                        file: "Exercises/lesson/exercise.swift", outcome: .failed, summary: "1 of 2 checks failed.",
                                        details: ["a detail"], points: 0, maxPoints: 2, output: "printed\n")
            switch self {
            case .exerciseID: result.exerciseID = text
            case .lessonSlug: result.lessonSlug = text
            case .summary: result.summary = text
            case .details: result.details = ["first detail", text]
            case .output: result.output = "before\n" + text + "\nafter\n"
            case .checkName: first.name = text
            case .otherCheckName: other.name = text
            case .message: failure.message = text
            case .call: failure.call = text
            case .expected: failure.expected = text
            case .actual: failure.actual = text
            case .tolerance: failure.tolerance = text
            case .hint: first.hint = text
            }
            first.failure = failure
            result.checks = [first, other]
            return result
        }
    }

    /// The whole report for `results`, as `course grade` prints it.
    static func report(_ results: [ExerciseResult], usesColor: Bool = false) -> String {
        let report = TerminalReport(usesColor: usesColor)
        return results.map(report.render).joined() + report.summary(results)
    }

    /// Descriptions of the bytes in `text` a terminal would act on: C0 controls but tab and
    /// newline, DEL, UTF-8 encoded C1 controls, and bidirectional embeddings, overrides and isolates.
    static func controlBytes(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F {
                found.append("byte \(byte) at \(index)")
            } else if byte == 0xC2 && (0x80...0x9F).contains(next) {
                found.append("C1 control C2 \(next) at \(index)")
            } else if byte == 0xE2 && ((next == 0x80 && (0xAA...0xAE).contains(third)) || (next == 0x81 && (0xA6...0xA9).contains(third))) {
                found.append("bidi control E2 \(next) \(third) at \(index)")
            }
        }
        return found
    }

    @Test(arguments: Field.allCases)
    func controlCharactersInAFieldAreShownEscaped(_ field: Field) {
        let rendered = Self.report([field.result(with: Self.hostile)])
        #expect(Self.controlBytes(in: rendered).isEmpty, "\(rendered)")
        #expect(rendered.contains(Self.hostileShown), "\(rendered)")
    }

    @Test(arguments: Field.allCases)
    func ordinaryTextAndUnicodeInAFieldAreUnchanged(_ field: Field) {
        let text = Self.ordinary + "\tafter a tab"
        let rendered = Self.report([field.result(with: text)])
        #expect(rendered.contains(text), "\(rendered)")
        #expect(!rendered.contains("\\u{"), "\(rendered)")
    }

    @Test func aResultFullOfControlCharactersRendersNoneOfThem() {
        let payload = Self.hostile + " " + Self.ordinary
        let result = ExerciseResult(
            exerciseID: "lesson/exercise", title: "Exercise", lessonSlug: "lesson", file: "Exercises/lesson/exercise.swift",
            outcome: .crashed, summary: "summary " + payload, details: ["detail " + payload],
            checks: [
                CheckReport(name: "name " + payload, passed: false, points: 0, maxPoints: 1, hidden: false, hint: "hint " + payload,
                            failure: CheckFailure(message: "message " + payload, call: "call " + payload, expected: "expected " + payload,
                                                  actual: "actual " + payload, tolerance: "tolerance " + payload)),
                CheckReport(name: "second " + payload, passed: false, points: 0, maxPoints: 1, hidden: false, hint: nil, failure: nil),
            ],
            maxPoints: 2, output: "output " + payload + "\n")
        let rendered = Self.report([result])
        #expect(Self.controlBytes(in: rendered).isEmpty, "\(rendered)")
        for label in ["summary", "detail", "name", "hint", "message", "call", "expected", "actual", "tolerance", "second", "output"] {
            #expect(rendered.contains(label + " " + Self.hostileShown + " " + Self.ordinary), "\(label) in \(rendered)")
        }
    }

    @Test func learnerOutputKeepsItsLinesButACarriageReturnCannotOverwriteOne() {
        let output = "first line\nprogress 10%\rprogress 100%\nwindows line\r\nlast line\n"
        let rendered = TerminalReport(usesColor: false).render(Field.output.result(with: "").with(output: output))
        #expect(rendered.contains("""
              your program printed:
                │ first line
                │ progress 10%\\u{0D}progress 100%
                │ windows line
                │ last line

            """), "\(rendered)")
        #expect(!rendered.utf8.contains(0x0D))
    }

    @Test func multiLineTextCannotStartALineAtTheLeftMargin() {
        let forged = "nothing wrong\n✓ lesson/exercise  passed\n"
        for field in Field.allCases {
            let rendered = TerminalReport(usesColor: false).render(field.result(with: forged))
            let lines = rendered.split(separator: "\n")
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") }, "\(field): \(rendered)")
            #expect(lines.filter { $0.hasPrefix("✓") || $0.hasPrefix("✗") }.count == 1, "\(field): \(rendered)")
        }
    }

    @Test func oneLineFieldsShowTheirLineBreaksEscaped() {
        let rendered = TerminalReport(usesColor: false).render(Field.checkName.result(with: "two\nlines"))
        #expect(rendered.contains(#"  ✗ two\u{0A}lines"#), "\(rendered)")
    }

    @Test func theReportsOwnColoursAreKeptAroundEscapedContent() {
        let result = Field.exerciseID.result(with: "lesson/\u{1B}[32mexercise")
        let passed = ExerciseResult(exerciseID: "lesson/done", title: "Done", lessonSlug: "lesson", file: "Exercises/lesson/done.swift",
                                    outcome: .passed, summary: "All 1 checks passed.", points: 1, maxPoints: 1, cached: true)
        let rendered = Self.report([result, passed], usesColor: true)
        #expect(rendered.contains("\u{1B}[31m✗\u{1B}[0m \u{1B}[1mlesson/\\u{1B}[32mexercise\u{1B}[0m  \u{1B}[31mfailed\u{1B}[0m"), "\(rendered)")
        #expect(rendered.contains("\u{1B}[32m✓\u{1B}[0m"))
        #expect(rendered.contains("\u{1B}[2m  (unchanged)\u{1B}[0m"))
        // With the report's own styling taken out, nothing a terminal would act on is left.
        var unstyled = rendered
        for code in ["[0m", "[1m", "[2m", "[31m", "[32m", "[33m"] {
            unstyled = unstyled.replacingOccurrences(of: "\u{1B}" + code, with: "")
        }
        #expect(Self.controlBytes(in: unstyled).isEmpty, "\(unstyled)")

        let hostile = Self.report([Field.output.result(with: Self.hostile)], usesColor: true)
        #expect(hostile.contains(Self.hostileShown))
        #expect(!hostile.contains("\u{1B}[2J") && !hostile.contains("\u{1B}]0;"))
    }

    @Test func reportsWithoutControlCharactersAreUnchanged() {
        let rendered = Self.report(ReportSnapshotTests.results)
        #expect(!rendered.contains("\\u{"))
        #expect(rendered.contains("      tolerance: |Δ| ≤ 1e-12\n"))
    }
}

private extension ExerciseResult {
    func with(output: String) -> ExerciseResult {
        var copy = self
        copy.output = output
        return copy
    }
}
