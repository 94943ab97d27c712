/// A recursive-descent parser from TeX tokens straight to a MathML node tree.
///
/// The grammar is TeX's math mode: a list of atoms, each optionally followed by `^`, `_`
/// and primes, where an atom is a character, a `{group}`, or a command with its arguments.
/// Commands live in ``CommandTable``; this file holds the list and atom level, and the
/// `TeXParser+…` files hold scripts, commands, delimiters, environments and text.
struct TeXParser {
    /// The deepest nesting a formula may have: levels of braces, `\left…\right`, environments,
    /// `$…$` inside `\text`, and arguments and scripts written without braces (`\hat\hat x`).
    /// Real formulas use under 20; the limit turns a pathological one into an error that names
    /// where it went too deep, the same in debug and release builds (AUTHORING.md, "Markdown").
    static let maxNestingDepth = 1000

    /// How much stack the recursive descent may use on the caller's thread before
    /// ``MathRenderer`` moves the work to a thread of its own with a stack that fits
    /// ``maxNestingDepth`` (see ``DeepStack``). Measured in bytes rather than levels because
    /// frame sizes differ between debug and release builds (a debug build spends 3–12 KiB a
    /// level, so 20 to 40 levels fit); half of a 512 KiB secondary thread's stack (the macOS
    /// default) leaves room for the caller, the MathML writer and the tree's release.
    static let stackBudget = 256 * 1024

    let displayMode: Bool
    /// The text of `\tag{…}`, once seen.
    var tag: String?

    let tokens: [TeXToken]
    var index = 0
    /// The stack address when parsing started, to measure how deep recursion has gone.
    let stackBase = Self.stackAddress()
    /// The bytes of stack this parse may use; see ``stackBudget``.
    let stackLimit: Int
    /// Set when a parse stopped because it used up `stackLimit` rather than because the input
    /// is wrong, so the renderer can try again with a larger stack.
    private(set) var ranOutOfStack = false
    /// Levels open now (see ``maxNestingDepth``); the formula's own list makes it 0.
    private var nestingDepth = -1
    /// Where each `\left` being read starts, innermost last: a missing `\right` is blamed on it.
    var openLefts: [SourcePosition] = []
    /// Where each `$` of math inside `\text` starts, innermost last.
    var openDollars: [SourcePosition] = []

    init(tokens: [TeXToken], displayMode: Bool, stackLimit: Int = Self.stackBudget) {
        precondition(tokens.last?.kind == .endOfInput, "the lexer ends every token list with endOfInput")
        self.tokens = tokens
        self.displayMode = displayMode
        self.stackLimit = stackLimit
    }

    /// Parses the whole input as one math list.
    mutating func parseFormula() throws(MathError) -> [MathNode] {
        let context = ParseContext(style: displayMode ? .display : .text, font: nil)
        return try parseList(context, until: [])
    }

    // MARK: Tokens

    var current: TeXToken { tokens[index] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Skips whitespace, which math mode ignores, and returns the token after it.
    @discardableResult
    mutating func skipWhitespace() -> TeXToken {
        while current.kind == .whitespace { advance() }
        return current
    }

    /// Throws when recursion has used up the stack budget; called on every recursive path.
    mutating func checkStackDepth(at position: SourcePosition) throws(MathError) {
        let current = Self.stackAddress()
        let used = current > stackBase ? current - stackBase : stackBase - current
        if used > stackLimit {
            ranOutOfStack = true
            throw MathError.nestingTooDeep(limit: Self.maxNestingDepth, at: position)
        }
    }

    /// Opens one level of nesting; throws past ``maxNestingDepth``. Every recursive path of the
    /// parser passes through a call of this, paired with ``leaveLevel()``.
    mutating func enterLevel(at position: SourcePosition) throws(MathError) {
        guard nestingDepth < Self.maxNestingDepth else {
            throw MathError.nestingTooDeep(limit: Self.maxNestingDepth, at: position)
        }
        nestingDepth += 1
        try checkStackDepth(at: position)
    }

    mutating func leaveLevel() {
        nestingDepth -= 1
    }

    private static func stackAddress() -> Int {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
    }

    // MARK: Lists

    /// Parses atoms until one of `terminators` (or the end of input), which is left unconsumed.
    ///
    /// - Parameter precedingClass: The class of the atom before this list in the same `<mrow>`,
    ///   if any; decides whether a leading `-` is a sign.
    mutating func parseList(
        _ context: ParseContext,
        until terminators: Terminators,
        precedingClass: AtomClass? = nil
    ) throws(MathError) -> [MathNode] {
        // Every group, \left…\right, environment cell, script in braces and $…$ in \text is a list.
        try enterLevel(at: current.position)
        defer { leaveLevel() }
        var finished: [MathNode] = []
        var items: [MathNode] = []
        var segmentStyle: MathStyle?
        var context = context

        while true {
            let token = skipWhitespace()
            if try isEnd(of: terminators, at: token) { break }

            // \displaystyle and friends restyle the rest of the list: each starts an <mstyle>.
            if case .command(let name) = token.kind, let style = MathStyle(switchCommand: name) {
                advance()
                finished += closeSegment(
                    items, switchedTo: segmentStyle, in: context.style,
                    precedingClass: finished.isEmpty ? precedingClass : .ordinary)
                items = []
                segmentStyle = style
                context = context.with(style: style)
                continue
            }

            guard let atom = try parseAtom(context, asArgument: false) else { continue }
            items.append(try parseScripts(attachedTo: atom, context))
        }
        finished += closeSegment(
            items, switchedTo: segmentStyle, in: context.style,
            precedingClass: finished.isEmpty ? precedingClass : .ordinary)
        return finished
    }

    /// Spaces a finished run of atoms, wrapped in `<mstyle>` when a style switch began it.
    private func closeSegment(
        _ items: [MathNode], switchedTo switchedStyle: MathStyle?, in style: MathStyle,
        precedingClass: AtomClass?
    ) -> [MathNode] {
        var spaced = AtomSpacing.apply(to: items, precedingClass: switchedStyle == nil ? precedingClass : nil)
        if style.isScript {
            spaced = spaced.map(Self.tightenedForScripts)
        }
        guard let switchedStyle else { return spaced }
        return [.element("mstyle", spaced, attributes: switchedStyle.mathMLAttributes)]
    }

    /// TeX drops the space around binary operators, relations and punctuation in sub- and
    /// superscripts (`i=0` under a sum); MathML's dictionary would keep it.
    static func tightenedForScripts(_ node: MathNode) -> MathNode {
        guard node.isOperator, node.attributes["lspace"] == nil else { return node }
        switch node.atomClass {
        case .binary, .relation, .punctuation:
            var tightened = node
            tightened.attributes["lspace"] = "0em"
            tightened.attributes["rspace"] = "0em"
            return tightened
        default:
            return node
        }
    }

    /// Whether `token` ends the current list; throws when it is a terminator that does not
    /// belong here, such as `}` with no `{` open.
    func isEnd(of terminators: Terminators, at token: TeXToken) throws(MathError) -> Bool {
        let needed: Terminators
        switch token.kind {
        case .endOfInput: return true
        case .character("]"): return terminators.contains(.closeBracket)
        case .character("}"): needed = .closeBrace
        case .character("&"), .command("\\"): needed = .alignment
        case .character("$"): needed = .dollar
        case .command("end"): needed = .environmentEnd
        case .command("right"), .command("middle"): needed = .right
        default: return false
        }
        if terminators.contains(needed) { return true }
        throw misplacedTerminator(token, expected: terminators)
    }

    private func misplacedTerminator(_ token: TeXToken, expected: Terminators) -> MathError {
        // An unfinished \left or $…$ is a likelier mistake than the stray token itself.
        if expected.contains(.right), let left = openLefts.last {
            return .leftWithoutRight(at: left)
        }
        if expected.contains(.dollar), let dollar = openDollars.last {
            return .unclosedDollar(at: dollar)
        }
        switch token.kind {
        case .character("}"): return .unmatchedCloseBrace(at: token.position)
        case .character("&"): return .alignmentOutsideTable(at: token.position)
        case .character("$"): return .strayDollar(at: token.position)
        case .command("\\"): return .lineBreakOutsideTable(at: token.position)
        case .command("right"): return .rightWithoutLeft(at: token.position)
        case .command("middle"): return .middleOutsideLeftRight(at: token.position)
        default: return .endWithoutBegin(peekEnvironmentName() ?? "…", at: token.position)
        }
    }

    /// The name in `{…}` after the current `\end`, without consuming anything.
    private func peekEnvironmentName() -> String? {
        var position = index + 1
        while tokens[position].kind == .whitespace { position += 1 }
        guard tokens[position].isCharacter("{") else { return nil }
        var name = ""
        position += 1
        while case .character(let character) = tokens[position].kind, character != "}" {
            name.append(character)
            position += 1
        }
        return name.isEmpty ? nil : name
    }

    // MARK: Atoms

    /// Parses one atom without its scripts; `nil` when the token produces no output (`\label`).
    ///
    /// - Parameter asArgument: Reading a single-token argument such as the `2` in `x^23` or
    ///   `\frac12`: digits and letters are taken one at a time, as TeX does.
    mutating func parseAtom(_ context: ParseContext, asArgument: Bool) throws(MathError) -> MathNode? {
        let token = current
        // A single-token argument nests without a list: \hat\hat x, \frac1\frac1 x, x^\sqrt2.
        if asArgument { try enterLevel(at: token.position) }
        defer { if asArgument { leaveLevel() } }
        try checkStackDepth(at: token.position)
        switch token.kind {
        case .character(let character):
            return try parseCharacter(character, at: token, context, asArgument: asArgument)
        case .command(let name):
            return try parseCommand(name, at: token, context, asArgument: asArgument)
        case .whitespace, .endOfInput:
            return nil
        }
    }

    private mutating func parseCharacter(
        _ character: Character, at token: TeXToken, _ context: ParseContext, asArgument: Bool
    ) throws(MathError) -> MathNode {
        switch character {
        case "{":
            return try parseGroup(context)
        case "^", "_", "'":
            // A script with no base: TeX attaches it to an empty atom (as in {}^{14}C).
            return .row([])
        case "#":
            throw MathError.strayHash(at: token.position)
        case "~":
            advance()
            return .space(em: 0.3333)
        default:
            break
        }
        advance()

        if character.isASCIIDigit {
            return number(startingWith: character, context, asArgument: asArgument)
        }
        if character.isLetter {
            return letters(startingWith: character, context, asArgument: asArgument)
        }
        if character == ":", current.isCharacter("=") {
            advance()
            return .operator(":=", atomClass: .relation)
        }
        if let symbol = Self.characterSymbols[character] {
            return symbol.node(font: nil)
        }
        if let delimiter = Delimiter(character: character) {
            return delimiter.plainNode
        }
        if character.isNumber {
            return .number(String(character))
        }
        switch CommandTable.command(forGlyph: String(character)) {
        case .symbol(let symbol)?:
            return symbol.node(font: context.font)
        case .bigOperator(let text, let limits)?:
            return Self.bigOperator(text, limits: limits)
        default:
            return .operator(String(character), atomClass: .ordinary)
        }
    }

    /// Characters with a fixed meaning in math mode; `-` becomes a real minus sign.
    private static let characterSymbols: [Character: MathSymbol] = [
        "+": .binary("+"), "-": .binary("\u{2212}"), "*": .binary("\u{2217}"),
        "=": .relation("="), "<": .relation("<"), ">": .relation(">"), ":": .relation(":"),
        ",": .punctuation(","), ";": .punctuation(";"),
        "!": MathSymbol("!", .operator, .closing), "?": MathSymbol("?", .operator, .closing),
        ".": .upright("."), "@": .upright("@"), "\"": .upright("\""), "`": .upright("`"),
    ]

    /// A run of digits with an optional decimal part, such as `10000` or `0.5`, as one `<mn>`.
    private mutating func number(startingWith first: Character, _ context: ParseContext, asArgument: Bool) -> MathNode {
        var digits = String(first)
        if !asArgument {
            while true {
                if case .character(let next) = current.kind, next.isASCIIDigit {
                    digits.append(next)
                    advance()
                } else if current.isCharacter("."), case .character(let after) = tokens[index + 1].kind,
                          after.isASCIIDigit {
                    digits.append(".")
                    advance()
                } else {
                    break
                }
            }
        }
        return .number(context.font?.apply(to: digits) ?? digits)
    }

    /// A letter as an `<mi>`. Inside `\mathrm{…}` and other alphabets, consecutive letters
    /// form one word (`\mathrm{softmax}` is one identifier); in plain math each letter is
    /// its own variable, as TeX treats them.
    private mutating func letters(startingWith first: Character, _ context: ParseContext, asArgument: Bool) -> MathNode {
        guard let font = context.font else { return .identifier(String(first)) }
        var word = String(first)
        if !asArgument {
            while case .character(let next) = current.kind, next.isLetter {
                word.append(next)
                advance()
            }
        }
        let styled = font.apply(to: word)
        if styled != word { return .identifier(styled) }
        return font.isUpright ? .uprightIdentifier(word) : .identifier(word)
    }

    static func bigOperator(_ text: String, limits: LimitsPlacement) -> MathNode {
        var node = MathNode.operator(text, atomClass: .largeOperator)
        node.limits = limits
        return node
    }

    // MARK: Groups and arguments

    /// `{…}` as one node; the current token is the `{`.
    mutating func parseGroup(_ context: ParseContext) throws(MathError) -> MathNode {
        let open = current
        advance()
        let items = try parseList(context, until: .closeBrace)
        guard current.isCharacter("}") else {
            throw MathError.unclosedBrace(at: open.position)
        }
        advance()
        // A group is an ordinary atom to TeX: scripts on {\sum} go beside it.
        var node = MathNode.grouped(items)
        node.limits = .beside
        if items.count != 1 { node.atomClass = .ordinary }
        return node
    }

    /// A command's mandatory argument: a `{group}` or a single token.
    mutating func parseArgument(
        of command: String, usage: String, at position: SourcePosition, _ context: ParseContext
    ) throws(MathError) -> MathNode {
        let token = skipWhitespace()
        if token.isCharacter("{") {
            return try parseGroup(context)
        }
        guard !Self.endsArgument(token), let node = try parseAtom(context, asArgument: true) else {
            throw MathError.missingArgument(command, usage: usage, at: position)
        }
        return node
    }

    /// Tokens that cannot start an argument, so the argument is missing.
    static func endsArgument(_ token: TeXToken) -> Bool {
        switch token.kind {
        case .endOfInput, .whitespace: true
        case .character(let character): "}&^_'$".contains(character)
        case .command(let name): ["\\", "end", "right", "middle"].contains(name)
        }
    }

    /// The raw tokens of a `{…}` argument that is not math, such as `\tag{3}` or `\label{eq:1}`.
    mutating func readRawGroup(
        of command: String, usage: String, at position: SourcePosition
    ) throws(MathError) -> (tokens: [TeXToken], openBrace: SourcePosition) {
        let open = skipWhitespace()
        guard open.isCharacter("{") else {
            throw MathError.missingArgument(command, usage: usage, at: position)
        }
        advance()
        var collected: [TeXToken] = []
        var depth = 0
        while true {
            let token = current
            switch token.kind {
            case .endOfInput:
                throw MathError.unclosedBrace(at: open.position)
            case .character("{"):
                depth += 1
            case .character("}"):
                if depth == 0 {
                    advance()
                    return (collected, open.position)
                }
                depth -= 1
            default:
                break
            }
            collected.append(token)
            advance()
        }
    }
}
