/// The syntactic category the highlighter assigns to a run of Swift source.
public enum TokenKind: String, Sendable, CaseIterable {
    /// A reserved or contextual keyword used as one, such as `func`, `let`, `some`, `self` or `true`.
    case keyword
    /// An identifier that names a type by Swift convention: its first letter (after leading underscores) is uppercase.
    case type
    /// Any other identifier, including `$0`, `_` and backticked names.
    case identifier
    /// An integer or floating-point literal in any base.
    case number
    /// A string literal segment, including its delimiters; interpolated code is lexed separately.
    case string
    /// A line, doc or (nested) block comment.
    case comment
    /// An attribute name with its `@`, such as `@MainActor`.
    case attribute
    /// A `#` directive or macro expansion name, such as `#if` or `#expect`.
    case directive
    /// A run of operator characters, such as `==`, `..<` or `?`.
    case `operator`
    /// A single punctuation character, such as `(`, `,` or `.`, or a character Swift does not accept here.
    case punctuation
    /// A run of spaces, tabs and line breaks.
    case whitespace
}
