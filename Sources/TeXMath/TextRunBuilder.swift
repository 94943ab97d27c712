/// Collects the pieces of a `\text{…}` argument: runs of styled text and embedded math.
struct TextRunBuilder {
    private enum Piece {
        case text(String, TextStyle)
        case math([MathNode])
    }

    private var pieces: [Piece] = []

    mutating func append(_ text: String, style: TextStyle) {
        guard case .text(var existing, let existingStyle)? = pieces.last, existingStyle == style else {
            pieces.append(.text(text, style))
            return
        }
        // Taken out of the array before appending, so the string is not shared and grows in
        // place: a long \text{…} stays linear instead of copying itself once per character.
        pieces[pieces.count - 1] = .math([])
        existing += text
        pieces[pieces.count - 1] = .text(existing, style)
    }

    /// TeX turns any run of spaces and newlines into one space.
    mutating func appendSpace(style: TextStyle) {
        if case .text(let existing, _)? = pieces.last, existing.hasSuffix(" ") { return }
        append(" ", style: style)
    }

    mutating func appendMath(_ nodes: [MathNode]) {
        pieces.append(.math(nodes))
    }

    /// One `<mtext>`, or an `<mrow>` of several when styles change or math is embedded.
    func node() -> MathNode {
        var nodes: [MathNode] = []
        for piece in pieces {
            switch piece {
            case .text(let text, let style):
                nodes.append(.text(Self.protectingEdgeSpaces(text), attributes: style.attributes))
            case .math(let math) where !math.isEmpty:
                nodes.append(.grouped(math))
            case .math:
                break
            }
        }
        return nodes.isEmpty ? .text("") : .grouped(nodes)
    }

    /// CSS drops spaces at the edges of an `<mtext>`, but in `\text{if }` they are the point;
    /// no-break spaces survive.
    private static func protectingEdgeSpaces(_ text: String) -> String {
        var characters = Array(text)
        var index = 0
        while index < characters.count, characters[index] == " " {
            characters[index] = "\u{00A0}"
            index += 1
        }
        index = characters.count - 1
        while index >= 0, characters[index] == " " {
            characters[index] = "\u{00A0}"
            index -= 1
        }
        return String(characters)
    }
}
