/// One classified, contiguous slice of the source.
///
/// The tokens returned for a source cover it exactly: in order, without gaps or overlaps.
public struct Token: Sendable, Equatable {
    /// What the slice is.
    public let kind: TokenKind
    /// The slice itself, sharing storage with the source.
    public let text: Substring
    /// Where the slice lies in the source.
    public let range: Range<String.Index>

    /// Creates a token for `range` of `source`.
    public init(kind: TokenKind, range: Range<String.Index>, in source: String) {
        self.kind = kind
        self.range = range
        self.text = source[range]
    }
}
