/// A place in the TeX source: 1-based line, and 1-based column counted in UTF-8 bytes.
struct SourcePosition: Equatable, Sendable {
    var line: Int
    var column: Int

    static let start = SourcePosition(line: 1, column: 1)
}
