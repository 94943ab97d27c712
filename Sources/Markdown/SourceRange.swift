/// A point in a source file, as cmark reports it.
///
/// Lines and columns are 1-based; columns count UTF-8 bytes, as cmark does, which is also
/// what compilers print, so editors jump to the right place.
///
/// Stored as 32-bit numbers (cmark's own are `int`): every node of a parsed document carries
/// two positions, and a 4 MB lesson can have millions of nodes.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The 1-based line.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// The 1-based column, in UTF-8 bytes.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The span of source a node was parsed from, both ends inclusive.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// The first character of the node.
    public var start: SourcePosition
    /// The last character of the node.
    public var end: SourcePosition

    /// Creates a range from its two ends.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public var description: String { "\(start)-\(end)" }
}
