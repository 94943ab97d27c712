/// Turns lexed spans into escaped HTML with one `<span>` per highlighted token.
///
/// Renders straight from the source bytes into a byte buffer: building `Token`s and appending
/// `Substring`s costs several times more, and HTML rendering runs for every code block of a course.
enum HTMLRenderer {
    static func render(_ spans: [Lexer.Span], of bytes: [UInt8]) -> String {
        var html: [UInt8] = []
        // Escaping and tags add roughly a third to typical code; reserving avoids repeated regrowth.
        html.reserveCapacity(bytes.count + bytes.count / 3 + 64)
        for span in spans {
            if let openingTag = openingTag(for: span.kind) {
                html.append(contentsOf: openingTag)
                appendEscaped(bytes[span.start..<span.end], to: &html)
                html.append(contentsOf: closingTag)
            } else {
                appendEscaped(bytes[span.start..<span.end], to: &html)
            }
        }
        return String(decoding: html, as: UTF8.self)
    }

    /// The class for a highlighted kind, or nil for kinds that are left as plain text.
    static func cssClass(for kind: TokenKind) -> String? {
        switch kind {
        case .keyword: "hl-keyword"
        case .type: "hl-type"
        case .string: "hl-string"
        case .number: "hl-number"
        case .comment: "hl-comment"
        case .attribute: "hl-attribute"
        case .directive: "hl-directive"
        case .identifier, .operator, .punctuation, .whitespace: nil
        }
    }

    /// Opening tags as bytes, computed once; indexed by a switch because hashing per token was measurable.
    private static func openingTag(for kind: TokenKind) -> [UInt8]? {
        switch kind {
        case .keyword: keywordTag
        case .type: typeTag
        case .string: stringTag
        case .number: numberTag
        case .comment: commentTag
        case .attribute: attributeTag
        case .directive: directiveTag
        case .identifier, .operator, .punctuation, .whitespace: nil
        }
    }

    private static func tag(_ kind: TokenKind) -> [UInt8] {
        Array("<span class=\"\(cssClass(for: kind) ?? "")\">".utf8)
    }

    private static let keywordTag = tag(.keyword)
    private static let typeTag = tag(.type)
    private static let stringTag = tag(.string)
    private static let numberTag = tag(.number)
    private static let commentTag = tag(.comment)
    private static let attributeTag = tag(.attribute)
    private static let directiveTag = tag(.directive)
    private static let closingTag = Array("</span>".utf8)

    private static func appendEscaped(_ text: ArraySlice<UInt8>, to html: inout [UInt8]) {
        // Most tokens need no escaping; copying them whole is much cheaper than byte by byte.
        guard text.contains(where: needsEscaping) else {
            html.append(contentsOf: text)
            return
        }
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): html.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "<"): html.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): html.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "\""): html.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            default: html.append(byte)
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): true
        default: false
        }
    }
}
