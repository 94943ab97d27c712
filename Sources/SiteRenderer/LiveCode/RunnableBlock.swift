import Markdown

/// A Swift code block marked to run at build time: ```` ```swift run ```` prints text,
/// ```` ```swift figure ```` prints one SVG figure.
struct RunnableBlock: Sendable, Hashable {
    enum Kind: String, Sendable { case run, figure }

    let kind: Kind
    let code: String
    /// The line of the opening fence in the lesson file.
    let fenceLine: Int

    /// The block for a fenced code block, or nil when it is not marked to run.
    init?(info: String, literal: String, range: SourceRange?) {
        let words = info.split(separator: " ").map { $0.lowercased() }
        guard words.first == "swift", words.count >= 2, let kind = Kind(rawValue: words[1]) else { return nil }
        self.kind = kind
        self.code = literal
        self.fenceLine = range?.start.line ?? 1
    }

    /// Every runnable block of a document, in order, wherever it is nested.
    static func all(in document: MarkdownDocument) -> [RunnableBlock] {
        var blocks: [RunnableBlock] = []
        document.root.forEachNode { node in
            if case .codeBlock(let info, let literal) = node.kind,
               let block = RunnableBlock(info: info, literal: literal, range: node.range) {
                blocks.append(block)
            }
        }
        return blocks
    }
}
