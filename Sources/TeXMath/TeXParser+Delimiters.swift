/// `\left … \middle … \right` and the fixed sizes `\big`, `\Big`, `\bigg`, `\Bigg`.
extension TeXParser {
    /// Reads everything up to the matching `\right` into one `<mrow>` whose fences stretch to
    /// the height of their siblings, which is how MathML sizes them.
    mutating func parseLeftRight(at position: SourcePosition, _ context: ParseContext) throws(MathError) -> MathNode {
        let opening = try parseDelimiter(after: "left", at: position)
        openLefts.append(position)
        defer { openLefts.removeLast() }

        var children: [MathNode] = []
        var precedingClass: AtomClass?
        if let opening {
            children.append(opening.fenceNode(form: "prefix"))
            precedingClass = .opening
        }
        while true {
            children += try parseList(context, until: .right, precedingClass: precedingClass)
            let token = current
            advance()
            switch token.kind {
            case .command("middle"):
                if let middle = try parseDelimiter(after: "middle", at: token.position) {
                    children.append(middle.middleNode)
                }
                precedingClass = .relation
            case .command("right"):
                if let closing = try parseDelimiter(after: "right", at: token.position) {
                    children.append(closing.fenceNode(form: "postfix"))
                }
                return .row(children, atomClass: .inner)
            default:
                throw MathError.leftWithoutRight(at: position)
            }
        }
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`; `nil` for `.` (none).
    mutating func parseDelimiter(after command: String, at position: SourcePosition) throws(MathError) -> Delimiter? {
        let token = skipWhitespace()
        let delimiter: Delimiter?
        switch token.kind {
        case .character("."):
            delimiter = nil
        case .character(let character):
            guard let found = Delimiter(character: character) else {
                throw MathError.invalidDelimiter(token.spelling, after: command, at: token.position)
            }
            delimiter = found
        case .command(let name):
            guard let found = Delimiter(command: name) else {
                throw MathError.invalidDelimiter(token.spelling, after: command, at: token.position)
            }
            delimiter = found
        case .whitespace, .endOfInput:
            throw MathError.missingDelimiter(after: command, at: position)
        }
        advance()
        return delimiter
    }
}
