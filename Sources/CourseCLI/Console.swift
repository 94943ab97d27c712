#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CourseModel
import Foundation

/// Writes what users read: results to stdout, problems to stderr, colour only on a terminal.
enum Console {
    /// Whether stderr is a terminal that wants colour (`NO_COLOR` turns it off).
    static var stderrUsesColor: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Whether stdout is a terminal that wants colour.
    static var stdoutUsesColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Whether stderr is a terminal (progress lines are only drawn there).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Messages already shown by ``warnOnce(_:)`` (watch grades many times in one process).
    nonisolated(unsafe) private static var warned: Set<String> = []

    /// Prints `text` on stderr the first time this process asks.
    static func warnOnce(_ text: String) {
        guard warned.insert(text).inserted else { return }
        error(text)
    }

    /// Prints every diagnostic, one per line, then a count.
    static func report(_ error: CourseError) {
        let color = stderrUsesColor
        var text = ""
        for diagnostic in error.diagnostics {
            var line = diagnostic.description
            if color, let range = line.range(of: ": error: ") {
                line.replaceSubrange(range, with: ": \u{1B}[1;31merror:\u{1B}[0m ")
            }
            text += line + "\n"
        }
        let count = error.diagnostics.count
        text += "\(count) \(count == 1 ? "error" : "errors") found; nothing was written.\n"
        Console.error(text)
    }

    /// Whether a course error means the lessons folder itself is missing.
    static func isMissingInput(_ error: CourseError) -> Bool {
        error.isMissingInput
    }
}
