/// A problem found in a course's source files, reported compiler-style.
///
/// Its description is `path:line:col: error: message`, which terminals and editors turn into
/// a jump to the spot. Positions are 1-based; columns count UTF-8 bytes.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible, Comparable {
    /// The file the problem is in, as a path relative to where the command ran when possible.
    public let file: String
    /// The 1-based line, or nil when the problem concerns the whole file (or folder).
    public let line: Int?
    /// The 1-based column, or nil when only the line is known.
    public let column: Int?
    /// One sentence that says what is wrong and what to do.
    public let message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { described(as: "error") }

    /// `path:line:col: warning: message`, for a problem that does not stop the command.
    public var warningDescription: String { described(as: "warning") }

    private func described(as severity: String) -> String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.message) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.message)
    }
}

/// The error a course operation throws when it found problems: all of them, in file order.
///
/// A build reports every problem it can find, not only the first, so an author fixes them in
/// one pass.
public struct CourseError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    /// True when the input itself is absent (no lessons folder, an unreadable file) rather
    /// than malformed; commands exit with a different status for it.
    public let isMissingInput: Bool

    /// Creates the error from problems in any order; they are sorted and de-duplicated.
    public init(_ diagnostics: [Diagnostic], isMissingInput: Bool = false) {
        self.diagnostics = Array(Set(diagnostics)).sorted()
        self.isMissingInput = isMissingInput
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
