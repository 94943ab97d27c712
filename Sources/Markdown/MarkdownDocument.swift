import CCmark

/// A Markdown file parsed by cmark into an immutable tree of ``MarkdownNode`` values.
///
/// This is the only type in the project that touches cmark's C API: it parses, copies the
/// AST into Swift values, and frees every C object before returning.
public struct MarkdownDocument: Sendable, Hashable {
    /// Parsing choices that change the tree cmark builds.
    public struct Options: Sendable, Hashable {
        /// Turn straight quotes into curly ones and `--`/`---` into dashes.
        public var smartPunctuation: Bool

        /// Creates parsing options.
        public init(smartPunctuation: Bool = true) {
            self.smartPunctuation = smartPunctuation
        }
    }

    /// The document node; its children are the top-level blocks.
    public let root: MarkdownNode

    /// Wraps an already built tree (tests and synthetic documents).
    public init(root: MarkdownNode) {
        self.root = root
    }

    /// Parses CommonMark `source`. Parsing never fails: any text is a Markdown document.
    ///
    /// Source positions are always recorded. Raw HTML is kept in the tree as
    /// `.htmlBlock`/`.htmlInline` nodes; whether it reaches a page is the renderer's call.
    public init(parsing source: String, options: Options = Options()) {
        var flags = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        var source = source
        let root: MarkdownNode = source.withUTF8 { bytes in
            let parser = cmark_parser_new(flags)!
            defer { cmark_parser_free(parser) }
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
            let document = cmark_parser_finish(parser)!
            defer { cmark_node_free(document) }
            return MarkdownDocument.copyTree(document)
        }
        self.root = root
    }

    /// Copies the C tree into Swift values with one pass of cmark's iterator.
    ///
    /// Containers get an ENTER and an EXIT event, leaves only ENTER; a stack of partly
    /// built children turns that event stream back into a tree without recursion.
    private static func copyTree(_ document: OpaquePointer) -> MarkdownNode {
        let iterator = cmark_iter_new(document)!
        defer { cmark_iter_free(iterator) }
        var stack: [[MarkdownNode]] = [[]]
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            let node = cmark_iter_get_node(iterator)!
            if isLeaf(node) {
                stack[stack.count - 1].append(MarkdownNode(kind: kind(of: node), range: range(of: node)))
            } else if event == CMARK_EVENT_ENTER {
                stack.append([])
            } else if event == CMARK_EVENT_EXIT {
                let children = stack.removeLast()
                let built = MarkdownNode(kind: kind(of: node), children: children, range: range(of: node))
                stack[stack.count - 1].append(built)
            }
        }
        return stack[0].first ?? MarkdownNode(kind: .document)
    }

    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK,
             CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
             CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            let isOrdered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let style = MarkdownNode.ListStyle(
                isOrdered: isOrdered,
                start: isOrdered ? Int(cmark_node_get_list_start(node)) : 1,
                isTight: cmark_node_get_list_tight(node) != 0
            )
            return .list(style)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            // Custom blocks and inlines only come from extensions, which we never enable;
            // an empty paragraph keeps the tree well formed if cmark ever adds a kind.
            return .paragraph
        }
    }

    /// Copies a borrowed C string at once; cmark owns it and may reuse it.
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func range(of node: OpaquePointer) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        guard startLine > 0 else { return nil }
        return SourceRange(
            start: SourcePosition(line: startLine, column: Int(cmark_node_get_start_column(node))),
            end: SourcePosition(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        )
    }
}
