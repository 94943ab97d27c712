/// One node of a parsed Markdown document: an immutable value that owns no C memory.
///
/// The tree mirrors cmark's AST. Containers carry their children; leaves carry their text.
public struct MarkdownNode: Sendable, Hashable {
    /// What the node is, with the data that only that kind of node has.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        case list(ListStyle)
        case item
        /// A fenced or indented code block; `info` is the fence's info string ("" when indented).
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        /// An ATX or setext heading of `level` 1…6.
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    /// Whether a list is bulleted or numbered, where it starts and whether it is tight.
    public struct ListStyle: Sendable, Hashable {
        /// True for `1.`-style lists.
        public var isOrdered: Bool
        /// The number of the first item of an ordered list (1 for bullet lists).
        public var start: Int
        /// True when no item is separated from the next by a blank line.
        public var isTight: Bool

        /// Creates a list style.
        public init(isOrdered: Bool, start: Int, isTight: Bool) {
            self.isOrdered = isOrdered
            self.start = start
            self.isTight = isTight
        }
    }

    /// What the node is.
    public let kind: Kind
    /// The node's children, in document order; empty for leaves.
    public let children: [MarkdownNode]
    /// Where the node came from, or nil when cmark reports no position (some synthesised nodes).
    public let range: SourceRange?

    /// Creates a node; the parser builds these, and tests build them by hand.
    public init(kind: Kind, children: [MarkdownNode] = [], range: SourceRange? = nil) {
        self.kind = kind
        self.children = children
        self.range = range
    }
}

extension MarkdownNode {
    /// The concatenated text of this node's text, code and break descendants.
    ///
    /// Used for heading ids, tables of contents, search entries and alt text, where markup
    /// is dropped and only the words remain.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    private func appendPlainText(to text: inout String) {
        switch kind {
        case .text(let literal), .code(let literal):
            text += literal
        case .softBreak, .lineBreak:
            text += " "
        case .codeBlock(_, let literal):
            text += literal
        default:
            for child in children { child.appendPlainText(to: &text) }
        }
    }

    /// Calls `visit` on this node and every descendant, parents before children.
    public func forEachNode(_ visit: (MarkdownNode) throws -> Void) rethrows {
        try visit(self)
        for child in children { try child.forEachNode(visit) }
    }
}
