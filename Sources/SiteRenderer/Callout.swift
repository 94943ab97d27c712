import Markdown

/// A block quote whose first line is a marker such as `[!note]` or `[!details] Answer`.
///
/// The syntax is plain CommonMark (a block quote), so lessons still read well on a forge;
/// the site turns it into an aside or a folded `<details>` section.
struct Callout {
    /// Kinds shown as an aside with a coloured title.
    static let calloutKinds: Set<String> = ["note", "tip", "important", "warning", "caution"]
    /// Kinds shown folded; the title is the summary a reader clicks.
    static let foldKinds: Set<String> = ["details", "answer", "hint", "solution"]

    let kind: String
    let isFold: Bool
    /// The inlines after the marker on its line.
    let title: [MarkdownNode]
    /// The inlines of the first paragraph after the marker's line.
    let firstParagraphRest: [MarkdownNode]
    /// The block quote's other blocks.
    let remainingBlocks: [MarkdownNode]

    init?(blockQuote: MarkdownNode) {
        guard let first = blockQuote.children.first, case .paragraph = first.kind,
              let lead = first.children.first, case .text(let text) = lead.kind,
              text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let kind = text[text.index(text.startIndex, offsetBy: 2)..<close].lowercased()
        guard Self.calloutKinds.contains(kind) || Self.foldKinds.contains(kind) else { return nil }
        self.kind = kind
        self.isFold = Self.foldKinds.contains(kind)

        var titleNodes: [MarkdownNode] = []
        let afterMarker = text[text.index(after: close)...].drop { $0 == " " }
        if !afterMarker.isEmpty { titleNodes.append(MarkdownNode(kind: .text(String(afterMarker)), range: lead.range)) }
        var rest = Array(first.children.dropFirst())
        while let next = rest.first, next.kind != .softBreak, next.kind != .lineBreak {
            titleNodes.append(rest.removeFirst())
        }
        if !rest.isEmpty { rest.removeFirst() }
        self.title = titleNodes
        self.firstParagraphRest = rest
        self.remainingBlocks = Array(blockQuote.children.dropFirst())
    }
}
