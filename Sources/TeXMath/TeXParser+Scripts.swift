/// Subscripts, superscripts, primes and `\limits`.
extension TeXParser {
    /// Reads any `^`, `_`, `'`, `\limits` and `\nolimits` after `base` and attaches them.
    mutating func parseScripts(attachedTo base: MathNode, _ context: ParseContext) throws(MathError) -> MathNode {
        var base = base
        var lower: MathNode?
        var upper: MathNode?
        var primes = 0
        var placement = base.limits
        let scriptContext = context.with(style: context.style.scripts)

        scanning: while true {
            let token = skipWhitespace()
            switch token.kind {
            case .character("^"):
                guard upper == nil else { throw MathError.doubleSuperscript(at: token.position) }
                advance()
                upper = try parseScriptOperand(of: "^", at: token.position, scriptContext)
            case .character("_"):
                guard lower == nil else { throw MathError.doubleSubscript(at: token.position) }
                advance()
                lower = try parseScriptOperand(of: "_", at: token.position, scriptContext)
            case .character("'"):
                // x' means x^{\prime}, so a prime after a superscript is a second superscript.
                guard upper == nil else { throw MathError.doubleSuperscript(at: token.position) }
                advance()
                primes += 1
            case .command("limits"), .command("nolimits"):
                guard base.atomClass == .largeOperator || base.atomClass == .operatorName else {
                    throw MathError.limitsWithoutOperator(token.spelling, at: token.position)
                }
                advance()
                placement = token.isCommand("limits") ? .belowAbove : .beside
            default:
                break scanning
            }
        }

        // x^\prime is written as x' so it gets the same look.
        if let lifted = upper, let count = Self.primeCount(in: lifted) {
            primes += count
            upper = nil
        }
        if primes > 0 {
            base = Self.primed(base, count: primes)
        }
        return attach(lower: lower, upper: upper, to: base, placement: placement, context)
    }

    /// `lower` is the subscript (or limit below), `upper` the superscript (or limit above).
    private func attach(
        lower: MathNode?, upper: MathNode?, to base: MathNode,
        placement: LimitsPlacement, _ context: ParseContext
    ) -> MathNode {
        var base = base
        let belowAbove = placement == .belowAbove
            || (placement == .belowAboveInDisplay && context.style == .display)
        if belowAbove, base.isOperator, context.style != .display {
            // \sum\limits in text style: stop Chromium moving the limits back beside the sum.
            base.attributes["movablelimits"] = "false"
        }
        let name: String
        var children = [base]
        switch (lower, upper) {
        case (let sub?, let sup?):
            name = belowAbove ? "munderover" : "msubsup"
            children += [sub, sup]
        case (let sub?, nil):
            name = belowAbove ? "munder" : "msub"
            children.append(sub)
        case (nil, let sup?):
            name = belowAbove ? "mover" : "msup"
            children.append(sup)
        case (nil, nil):
            return base
        }
        return .element(name, children, atomClass: base.atomClass)
    }

    /// The operand after `^` or `_`: a `{group}` or a single token.
    private mutating func parseScriptOperand(
        of marker: Character, at position: SourcePosition, _ context: ParseContext
    ) throws(MathError) -> MathNode {
        let token = skipWhitespace()
        if token.isCharacter("{") {
            return try parseGroup(context)
        }
        guard !Self.endsArgument(token), let node = try parseAtom(context, asArgument: true) else {
            throw MathError.missingScript(marker, at: position)
        }
        return Self.tightenedForScripts(node)
    }

    /// The base followed by prime marks.
    ///
    /// The primes go beside the base rather than in a superscript: U+2032 is already a
    /// raised glyph, and raising it again puts it far above the letter.
    private static func primed(_ base: MathNode, count: Int) -> MathNode {
        let marks = ["\u{2032}", "\u{2033}", "\u{2034}", "\u{2057}"]
        let mark = count <= marks.count
            ? marks[count - 1]
            : String(repeating: "\u{2032}", count: count)
        var node = MathNode.row([base, .operator(mark, atomClass: .ordinary)])
        node.atomClass = base.atomClass
        node.limits = base.limits
        return node
    }

    /// How many primes a superscript consists of (`^\prime`, `^{\prime\prime}`), or `nil`.
    private static func primeCount(in node: MathNode) -> Int? {
        let parts = node.name == "mrow" ? node.children : [node]
        guard !parts.isEmpty, parts.allSatisfy({ $0.isOperator && $0.text == "\u{2032}" }) else {
            return nil
        }
        return parts.count
    }
}
