/// Commands: symbols, fractions, roots, fonts, accents and the other constructs with arguments.
extension TeXParser {
    mutating func parseCommand(
        _ name: String, at token: TeXToken, _ context: ParseContext, asArgument: Bool
    ) throws(MathError) -> MathNode? {
        guard let command = CommandTable.command(named: name) else {
            throw MathError.unknownCommand(name, at: token.position)
        }
        advance()
        // Split in two so that the frame that stays on the stack while arguments are parsed
        // recursively is small, which allows deeper nesting within the stack budget.
        if let leaf = try Self.leafNode(for: command, at: token, context) {
            return leaf
        }
        return try parseCompound(command, name: name, at: token.position, context)
    }

    /// Commands that take no arguments; `nil` for every other command.
    private static func leafNode(for command: Command, at token: TeXToken, _ context: ParseContext) throws(MathError) -> MathNode? {
        switch command {
        case .symbol(let symbol):
            return symbol.node(font: context.font)
        case .delimiter(let delimiter):
            return delimiter.plainNode
        case .bigOperator(let text, let limits):
            return bigOperator(text, limits: limits)
        case .function(let text, let limits):
            var node = MathNode.identifier(text)
            node.atomClass = .operatorName
            node.limits = limits
            return node
        case .space(let width):
            return .space(em: width)
        case .right:
            throw MathError.rightWithoutLeft(at: token.position)
        case .middle:
            throw MathError.middleOutsideLeftRight(at: token.position)
        case .end:
            throw MathError.endWithoutBegin("…", at: token.position)
        case .styleSwitch:
            // Only reachable as a single-token argument; in a list it restyles the rest.
            throw MathError.notAnArgument(token.spelling, at: token.position)
        case .limits:
            // Only reachable when no operator precedes it; after one, scripts handle it.
            throw MathError.limitsWithoutOperator(token.spelling, at: token.position)
        case .horizontalRule:
            throw MathError.misplacedHorizontalRule(at: token.position)
        default:
            return nil
        }
    }

    /// Commands with arguments, which parse recursively.
    private mutating func parseCompound(
        _ command: Command, name: String, at position: SourcePosition, _ context: ParseContext
    ) throws(MathError) -> MathNode? {
        switch command {
        case .accent(let accent):
            return accent.node(over: try parseArgument(of: name, usage: "\\\(name){x}", at: position, context))
        case .font(let font):
            return try parseArgument(of: name, usage: "\\\(name){x}", at: position, context.with(font: font))
        case .text(let style):
            return try parseTextArgument(of: name, at: position, style: style)
        case .operatorName:
            return try parseOperatorName(at: position, context)
        case .fraction(let kind):
            return try parseFraction(kind, name: name, at: position, context)
        case .squareRoot:
            return try parseSquareRoot(at: position, context)
        case .left:
            return try parseLeftRight(at: position, context)
        case .sizedDelimiter(let height, let role):
            return try parseDelimiter(after: name, at: position)?.sizedNode(height: height, role: role)
        case .begin:
            return try parseEnvironment(at: position, context)
        case .tag:
            try parseTag(at: position)
            return nil
        case .label:
            _ = try readRawGroup(of: name, usage: "\\label{name}", at: position)
            return nil
        case .negation:
            return try parseNegation(at: position, context)
        case .modulo(let kind):
            return try parseModulo(kind, at: position, context)
        case .stack(let kind):
            return try parseStack(kind, name: name, at: position, context)
        default:
            // .ignored, and the leaf commands handled before.
            return nil
        }
    }

    // MARK: Fractions and roots

    private mutating func parseFraction(
        _ kind: FractionKind, name: String, at position: SourcePosition, _ context: ParseContext
    ) throws(MathError) -> MathNode {
        let usage = kind.isBinomial ? "\\\(name){n}{k}" : "\\\(name){numerator}{denominator}"
        let partContext = context.with(style: (kind.forcedStyle ?? context.style).fractionParts)
        let numerator = try parseArgument(of: name, usage: usage, at: position, partContext)
        let denominator = try parseArgument(of: name, usage: usage, at: position, partContext)

        var attributes: [String: String] = [:]
        if kind.isBinomial { attributes["linethickness"] = "0" }
        switch kind.forcedStyle {
        case .display?: attributes["displaystyle"] = "true"
        case .text?: attributes["displaystyle"] = "false"
        default: break
        }
        let fraction = MathNode.element("mfrac", [numerator, denominator], attributes: attributes)
        guard kind.isBinomial,
              let opening = Delimiter(character: "("), let closing = Delimiter(character: ")")
        else { return fraction }
        return .row([opening.fenceNode(form: "prefix"), fraction, closing.fenceNode(form: "postfix")], atomClass: .inner)
    }

    private mutating func parseSquareRoot(at position: SourcePosition, _ context: ParseContext) throws(MathError) -> MathNode {
        let usage = "\\sqrt{x} or \\sqrt[n]{x}"
        var degree: [MathNode]?
        let bracket = skipWhitespace()
        if bracket.isCharacter("[") {
            advance()
            degree = try parseList(context.with(style: .scriptScript), until: .closeBracket)
            guard current.isCharacter("]") else {
                throw MathError.unclosedBracket(after: "sqrt", at: bracket.position)
            }
            advance()
        }
        let radicand = try parseArgument(of: "sqrt", usage: usage, at: position, context)
        if let degree {
            return .element("mroot", [radicand, .grouped(degree)])
        }
        return .element("msqrt", [radicand])
    }

    // MARK: Operator names

    /// `\operatorname{softmax}`, or `\operatorname*{argmax}` with limits below in display.
    private mutating func parseOperatorName(at position: SourcePosition, _ context: ParseContext) throws(MathError) -> MathNode {
        var limits = LimitsPlacement.beside
        if skipWhitespace().isCharacter("*") {
            advance()
            limits = .belowAboveInDisplay
        }
        var node = try parseArgument(
            of: "operatorname", usage: "\\operatorname{name}", at: position, context.with(font: .roman))
        node.atomClass = .operatorName
        node.limits = limits
        return node
    }

    // MARK: Tags

    private mutating func parseTag(at position: SourcePosition) throws(MathError) {
        guard displayMode else { throw MathError.tagInInlineMath(at: position) }
        guard tag == nil else { throw MathError.duplicateTag(at: position) }
        let raw = try readRawGroup(of: "tag", usage: "\\tag{3}", at: position)
        let text = raw.tokens.map(\.spelling).joined()
        let trimmed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !trimmed.isEmpty else { throw MathError.emptyTag(at: position) }
        tag = trimmed
    }

    // MARK: Relations and operators built from parts

    /// `\not=`, `\not\in` and friends use the precomposed glyph; other symbols get a slash overlay.
    private mutating func parseNegation(at position: SourcePosition, _ context: ParseContext) throws(MathError) -> MathNode {
        let token = skipWhitespace()
        if let negated = Self.negatedGlyphs[token.spelling] {
            advance()
            return .operator(negated, atomClass: .relation)
        }
        guard !Self.endsArgument(token),
              var node = try parseAtom(context, asArgument: true),
              let text = node.text, text.count == 1
        else { throw MathError.invalidNegation(at: position) }
        node.content = .text(text + "\u{0338}")
        return node
    }

    private static let negatedGlyphs: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "\\in": "∉", "\\ni": "∌", "\\le": "≰", "\\leq": "≰",
        "\\ge": "≱", "\\geq": "≱", "\\equiv": "≢", "\\sim": "≁", "\\simeq": "≄",
        "\\approx": "≉", "\\cong": "≇", "\\subset": "⊄", "\\subseteq": "⊈", "\\supset": "⊅",
        "\\supseteq": "⊉", "\\mid": "∤", "\\parallel": "∦", "\\exists": "∄",
        "\\prec": "⊀", "\\succ": "⊁",
    ]

    private mutating func parseModulo(_ kind: ModuloKind, at position: SourcePosition, _ context: ParseContext) throws(MathError) -> MathNode {
        switch kind {
        case .binary:
            return .operator("mod", atomClass: .binary, attributes: ["lspace": "0.2222em", "rspace": "0.2222em"])
        case .parenthesized:
            let modulus = try parseArgument(of: "pmod", usage: "\\pmod{n}", at: position, context)
            guard let opening = Delimiter(character: "("), let closing = Delimiter(character: ")") else {
                return modulus
            }
            return .row([
                .space(em: 1), opening.plainNode, .identifier("mod"), .space(em: 0.3333),
                modulus, closing.plainNode,
            ])
        case .spaced:
            let modulus = try parseArgument(of: "mod", usage: "\\mod{n}", at: position, context)
            return .row([.space(em: 1), .identifier("mod"), .space(em: 0.3333), modulus])
        }
    }

    /// `\overset{a}{=}`: the result spaces like its base, so a relation stays a relation.
    private mutating func parseStack(
        _ kind: StackKind, name: String, at position: SourcePosition, _ context: ParseContext
    ) throws(MathError) -> MathNode {
        let usage = "\\\(name){annotation}{symbol}"
        let annotation = try parseArgument(of: name, usage: usage, at: position, context.with(style: context.style.scripts))
        let base = try parseArgument(of: name, usage: usage, at: position, context)
        return .element(kind == .over ? "mover" : "munder", [base, annotation], atomClass: base.atomClass)
    }
}
