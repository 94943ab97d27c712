/// One node of a parsed Markdown document: an immutable value that owns no C memory.
///
/// The tree mirrors cmark's AST. Containers carry their children; leaves carry their text.
public struct MarkdownNode: Sendable {
    /// What the node is, with the data that only that kind of node has.
    ///
    /// Cases with two strings or a list style are `indirect` so that every node stays small
    /// (one string wide): most nodes are text.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        indirect case list(ListStyle)
        case item
        /// A fenced or indented code block; `info` is the fence's info string ("" when indented).
        indirect case codeBlock(info: String, literal: String)
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
        indirect case link(destination: String, title: String)
        indirect case image(source: String, title: String)
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
    /// Where the node came from, or nil when cmark reports no position (some synthesised nodes).
    public let range: SourceRange?
    /// The children, in a box whose teardown is iterative; nil for nodes without children.
    /// A `var` only so teardown can test it for unique ownership; never reassigned.
    private var box: ChildBox?

    /// The node's children, in document order; empty for leaves.
    public var children: [MarkdownNode] { box?.nodes ?? [] }

    /// Creates a node; the parser builds these, and tests build them by hand.
    public init(kind: Kind, children: [MarkdownNode] = [], range: SourceRange? = nil) {
        self.kind = kind
        self.box = children.isEmpty ? nil : ChildBox(children)
        self.range = range
    }
}

/// Holds a node's children and frees a subtree of any depth without recursion.
///
/// A tree of plain nested arrays is freed recursively, one stack frame chain per level, so
/// a document of 200,000 nested block quotes (a few hundred KB of text) would overflow the
/// stack just by going out of scope. This box hands the children of every node it is the
/// last owner of to a work list instead.
private final class ChildBox: @unchecked Sendable {
    // Only mutated in deinit, when no other reference exists: effectively immutable.
    var nodes: [MarkdownNode]

    init(_ nodes: [MarkdownNode]) { self.nodes = nodes }

    deinit {
        guard nodes.contains(where: { $0.hasChildBox }) else { return }
        var pending = nodes
        nodes = []
        while var node = pending.popLast() {
            node.detachChildren(into: &pending)
        }
    }
}

extension MarkdownNode {
    fileprivate var hasChildBox: Bool { box != nil }

    /// Moves this node's children into `pending` when this copy is their box's only owner, so
    /// the box dies empty; a shared box is left alone (its last owner frees it the same way).
    fileprivate mutating func detachChildren(into pending: inout [MarkdownNode]) {
        guard isKnownUniquelyReferenced(&box), let box else { return }
        pending.append(contentsOf: box.nodes)
        box.nodes = []
    }
}

extension MarkdownNode: Hashable {
    public static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool {
        var pairs = [(lhs, rhs)]
        while let (left, right) = pairs.popLast() {
            guard left.kind == right.kind, left.range == right.range else { return false }
            let (leftChildren, rightChildren) = (left.children, right.children)
            guard leftChildren.count == rightChildren.count else { return false }
            pairs.append(contentsOf: zip(leftChildren, rightChildren))
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        var pending = [self]
        while let node = pending.popLast() {
            hasher.combine(node.kind)
            hasher.combine(node.range)
            let children = node.children
            hasher.combine(children.count)
            pending.append(contentsOf: children.reversed())
        }
    }
}

extension MarkdownNode {
    /// The concatenated text of this node's text, code and break descendants.
    ///
    /// Used for heading ids, tables of contents, search entries and alt text, where markup
    /// is dropped and only the words remain.
    public var plainText: String {
        var text = ""
        forEachNode { node in
            switch node.kind {
            case .text(let literal), .code(let literal), .codeBlock(_, let literal): text += literal
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }

    /// Calls `visit` on this node and every descendant, parents before children, in document
    /// order. The walk keeps its own stack, so nesting of any depth is fine.
    public func forEachNode(_ visit: (MarkdownNode) throws -> Void) rethrows {
        var pending = [self]
        while let node = pending.popLast() {
            try visit(node)
            pending.append(contentsOf: node.children.reversed())
        }
    }
}
