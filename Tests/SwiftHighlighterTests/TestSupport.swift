import SwiftHighlighter

/// A token reduced to what the focused tests compare: its kind and text.
struct KindAndText: Equatable, Sendable, CustomStringConvertible {
    let kind: TokenKind
    let text: String

    var description: String { "\(kind.rawValue)(\(text.debugDescription))" }
}

/// The source's tokens without whitespace, which would only add noise to expectations.
func significantTokens(_ source: String) -> [KindAndText] {
    SwiftHighlighter.tokens(in: source)
        .filter { $0.kind != .whitespace }
        .map { KindAndText(kind: $0.kind, text: String($0.text)) }
}

/// The text a browser would show for `html`: tags removed, the four entities the highlighter emits decoded.
func visibleText(ofHTML html: String) -> String {
    var bytes: [UInt8] = []
    var utf8 = html.utf8[...]
    let entities: [(String, UInt8)] = [("&amp;", 0x26), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22)]
    while let first = utf8.first {
        if first == UInt8(ascii: "<") {
            // The highlighter escapes every `<` in source text, so a raw `<` always opens a tag.
            guard let close = utf8.firstIndex(of: UInt8(ascii: ">")) else { break }
            utf8 = utf8[utf8.index(after: close)...]
        } else if first == UInt8(ascii: "&"),
                  let (entity, byte) = entities.first(where: { utf8.starts(with: $0.0.utf8) }) {
            bytes.append(byte)
            utf8 = utf8.dropFirst(entity.utf8.count)
        } else {
            bytes.append(first)
            utf8 = utf8.dropFirst()
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Describes the first way `tokens` fail to tile `source` exactly, or nil if they do.
func tilingProblem(_ tokens: [Token], of source: String) -> String? {
    var expectedStart = source.startIndex
    for (offset, token) in tokens.enumerated() {
        if token.range.lowerBound != expectedStart {
            return "token \(offset) \(token.kind) starts at the wrong place (gap or overlap)"
        }
        if token.range.isEmpty {
            return "token \(offset) \(token.kind) is empty"
        }
        if !token.text.utf8.elementsEqual(source[token.range].utf8) {
            return "token \(offset) text does not match its range"
        }
        expectedStart = token.range.upperBound
    }
    if expectedStart != source.endIndex {
        return "tokens stop before the end of the source"
    }
    let joined = tokens.map(\.text).joined()
    if !joined.utf8.elementsEqual(source.utf8) {
        return "joined token texts differ from the source"
    }
    return nil
}
