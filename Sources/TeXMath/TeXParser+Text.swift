/// `\text{…}` and its styled relatives: prose inside math, with `$…$` for math inside it.
extension TeXParser {
    mutating func parseTextArgument(of command: String, at position: SourcePosition, style: TextStyle) throws(MathError) -> MathNode {
        var builder = TextRunBuilder()
        let open = skipWhitespace()
        switch open.kind {
        case .character("{"):
            advance()
            try parseTextContent(into: &builder, style: style, openBrace: open.position)
        case .character(let character) where !"}&^_$#'".contains(character):
            advance()
            builder.append(String(character), style: style)
        default:
            throw MathError.missingArgument(command, usage: "\\\(command){words}", at: position)
        }
        return builder.node()
    }

    /// Reads text up to the `}` matching the already consumed `{` at `openBrace`.
    private mutating func parseTextContent(
        into builder: inout TextRunBuilder, style: TextStyle, openBrace: SourcePosition
    ) throws(MathError) {
        // Styles nest by recursion (\textbf{\textit{…}}); plain braces only count.
        try enterLevel(at: openBrace)
        defer { leaveLevel() }
        var depth = 0
        while true {
            let token = current
            switch token.kind {
            case .endOfInput:
                throw MathError.unclosedBrace(at: openBrace)
            case .whitespace:
                builder.appendSpace(style: style)
                advance()
            case .character("{"):
                depth += 1
                advance()
            case .character("}"):
                advance()
                if depth == 0 { return }
                depth -= 1
            case .character("$"):
                advance()
                builder.appendMath(try parseMathInText(openedAt: token.position))
            case .character("~"):
                builder.append("\u{00A0}", style: style)
                advance()
            case .character("-"):
                // TeX's ligatures: -- is an en dash, --- an em dash.
                var count = 0
                while current.isCharacter("-"), count < 3 {
                    count += 1
                    advance()
                }
                builder.append(count == 1 ? "-" : count == 2 ? "\u{2013}" : "\u{2014}", style: style)
            case .character(let character) where "&#^_".contains(character):
                throw MathError.mathCharacterInText(character, at: token.position)
            case .character(let character):
                builder.append(String(character), style: style)
                advance()
            case .command(let name):
                advance()
                try parseTextCommand(name, at: token.position, into: &builder, style: style)
            }
        }
    }

    private mutating func parseMathInText(openedAt position: SourcePosition) throws(MathError) -> [MathNode] {
        openDollars.append(position)
        defer { openDollars.removeLast() }
        let nodes = try parseList(ParseContext(style: .text, font: nil), until: .dollar)
        guard current.isCharacter("$") else { throw MathError.unclosedDollar(at: position) }
        advance()
        return nodes
    }

    private mutating func parseTextCommand(
        _ name: String, at position: SourcePosition, into builder: inout TextRunBuilder, style: TextStyle
    ) throws(MathError) {
        if let text = Self.textSymbols[name] {
            builder.append(text, style: style)
            return
        }
        if let nested = TextStyle(command: name) {
            let open = skipWhitespace()
            guard open.isCharacter("{") else {
                throw MathError.missingArgument(name, usage: "\\\(name){words}", at: position)
            }
            advance()
            try parseTextContent(into: &builder, style: nested, openBrace: open.position)
            return
        }
        if name == "\\" {
            throw MathError.lineBreakOutsideTable(at: position)
        }
        if CommandTable.command(named: name) != nil {
            throw MathError.commandNeedsMathMode(name, at: position)
        }
        throw MathError.unknownCommand(name, at: position)
    }

    /// Commands that print a character in text, mostly escapes and spaces.
    private static let textSymbols: [String: String] = [
        "%": "%", "#": "#", "&": "&", "_": "_", "$": "$", "{": "{", "}": "}",
        " ": " ", ",": "\u{2009}", ":": "\u{205F}", ">": "\u{205F}", ";": "\u{2005}", "!": "",
        "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", "enspace": "\u{2002}",
        "textbackslash": "\\", "ldots": "\u{2026}", "dots": "\u{2026}",
    ]
}
