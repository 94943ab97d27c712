/// A problem in a TeX expression, with where it is and what to do about it.
///
/// `line` and `column` are 1-based and relative to the TeX string that was rendered; the column
/// counts UTF-8 bytes, like cmark's source positions, so a caller can add the offset of the math
/// within its Markdown file.
public struct MathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line saying what is wrong and how to fix it, such as
    /// `unknown command '\foo'; check the spelling or see AUTHORING.md for the supported commands`.
    public let message: String

    /// The 1-based line of the offending token within the TeX source.
    public let line: Int

    /// The 1-based column of the offending token within its line, in UTF-8 bytes.
    public let column: Int

    /// Creates an error at a position in the TeX source.
    ///
    /// The renderer creates these; the initializer is public so that callers can build
    /// expected values in tests.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// The error as `line:column: message`.
    ///
    /// A caller that knows the file prefixes its path and shifts the position.
    public var description: String {
        "\(line):\(column): \(message)"
    }
}
