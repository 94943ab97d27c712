/// Every error the renderer reports, in one place so the wording stays consistent:
/// what is wrong, with the bad token in single quotes, then what to do.
extension MathError {
    init(_ message: String, at position: SourcePosition) {
        self.init(message: message, line: position.line, column: position.column)
    }

    // MARK: Input as a whole

    static func emptyInput(at position: SourcePosition) -> MathError {
        MathError("empty math expression; write some TeX between the delimiters or remove them", at: position)
    }

    static func nestingTooDeep(limit: Int, at position: SourcePosition) -> MathError {
        MathError("expression is nested too deeply (more than \(limit) levels of braces, \\left, environments, arguments or scripts); split it into smaller expressions", at: position)
    }

    static func trailingBackslash(at position: SourcePosition) -> MathError {
        MathError("lone '\\' at the end of the expression; remove it or write \\backslash", at: position)
    }

    // MARK: Commands and characters

    static func unknownCommand(_ name: String, at position: SourcePosition) -> MathError {
        MathError("unknown command '\\\(name)'; check the spelling or see AUTHORING.md for the supported commands", at: position)
    }

    static func strayDollar(at position: SourcePosition) -> MathError {
        MathError("unexpected '$' inside math; remove it (the page adds the math delimiters) or write \\$ for a dollar sign", at: position)
    }

    static func strayHash(at position: SourcePosition) -> MathError {
        MathError("'#' is reserved in TeX; write \\# for a hash sign", at: position)
    }

    static func notAnArgument(_ spelling: String, at position: SourcePosition) -> MathError {
        MathError("'\(spelling)' cannot be used as an argument here; put it inside braces, as in x^{\(spelling) …}", at: position)
    }

    static func limitsWithoutOperator(_ spelling: String, at position: SourcePosition) -> MathError {
        MathError("'\(spelling)' must follow an operator such as \\sum, \\int or \\lim; remove it", at: position)
    }

    static func invalidNegation(at position: SourcePosition) -> MathError {
        MathError("'\\not' must be followed by a relation such as = or \\in; write \\not= or \\notin", at: position)
    }

    // MARK: Groups and arguments

    static func unclosedBrace(at position: SourcePosition) -> MathError {
        MathError("unclosed '{'; add a matching '}'", at: position)
    }

    static func unmatchedCloseBrace(at position: SourcePosition) -> MathError {
        MathError("unmatched '}'; remove it or add a matching '{' before it", at: position)
    }

    static func unclosedBracket(after command: String, at position: SourcePosition) -> MathError {
        MathError("unclosed '[' in the optional argument of '\\\(command)'; add a matching ']'", at: position)
    }

    static func missingArgument(_ command: String, usage: String, at position: SourcePosition) -> MathError {
        MathError("missing argument for '\\\(command)'; write \(usage)", at: position)
    }

    // MARK: Scripts

    static func missingScript(_ marker: Character, at position: SourcePosition) -> MathError {
        let example = marker == "^" ? "x^{2} or x^2" : "x_{i} or x_i"
        return MathError("'\(marker)' has nothing to attach; write \(example)", at: position)
    }

    static func doubleSuperscript(at position: SourcePosition) -> MathError {
        MathError("double superscript; group it as x^{ab} or write {x^a}^b", at: position)
    }

    static func doubleSubscript(at position: SourcePosition) -> MathError {
        MathError("double subscript; group it as x_{ab} or write {x_a}_b", at: position)
    }

    // MARK: Delimiters

    static func leftWithoutRight(at position: SourcePosition) -> MathError {
        MathError("'\\left' has no matching '\\right'; add one such as \\right) (or \\right. for none)", at: position)
    }

    static func rightWithoutLeft(at position: SourcePosition) -> MathError {
        MathError("'\\right' has no matching '\\left'; add one before it or remove it", at: position)
    }

    static func middleOutsideLeftRight(at position: SourcePosition) -> MathError {
        MathError("'\\middle' must stand between '\\left' and '\\right'; add them around it", at: position)
    }

    static func missingDelimiter(after command: String, at position: SourcePosition) -> MathError {
        MathError("missing delimiter after '\\\(command)'; write one such as ( [ \\{ | \\langle, or . for none", at: position)
    }

    static func invalidDelimiter(_ spelling: String, after command: String, at position: SourcePosition) -> MathError {
        MathError("'\(spelling)' is not a delimiter for '\\\(command)'; use ( ) [ ] \\{ \\} | \\| \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil / or .", at: position)
    }

    // MARK: Environments

    static func missingEnvironmentName(after command: String, at position: SourcePosition) -> MathError {
        MathError("missing environment name after '\\\(command)'; write \\\(command){pmatrix}", at: position)
    }

    static func unknownEnvironment(_ name: String, at position: SourcePosition) -> MathError {
        MathError("unknown environment '\(name)'; use one of \(EnvironmentKind.names)", at: position)
    }

    static func environmentMismatch(begun: String, beginLine: Int, ended: String, at position: SourcePosition) -> MathError {
        MathError("'\\end{\(ended)}' does not match '\\begin{\(begun)}' on line \(beginLine); write \\end{\(begun)}", at: position)
    }

    static func unclosedEnvironment(_ name: String, at position: SourcePosition) -> MathError {
        MathError("'\\begin{\(name)}' is never closed; add \\end{\(name)}", at: position)
    }

    static func endWithoutBegin(_ name: String, at position: SourcePosition) -> MathError {
        MathError("'\\end{\(name)}' has no matching '\\begin{\(name)}'; remove it or add the \\begin", at: position)
    }

    static func alignmentOutsideTable(at position: SourcePosition) -> MathError {
        MathError("'&' only works directly inside an environment such as aligned or pmatrix; write \\& for an ampersand", at: position)
    }

    static func lineBreakOutsideTable(at position: SourcePosition) -> MathError {
        MathError("'\\\\' only works directly inside an environment such as aligned, cases or pmatrix; wrap the lines in \\begin{aligned}…\\end{aligned}", at: position)
    }

    static func misplacedHorizontalRule(at position: SourcePosition) -> MathError {
        MathError("'\\hline' only works at the start of a row inside an environment such as array; move it after '\\\\'", at: position)
    }

    static func missingColumnSpec(at position: SourcePosition) -> MathError {
        MathError("'\\begin{array}' needs a column spec; write \\begin{array}{cc} with one l, c or r per column", at: position)
    }

    static func unsupportedColumnType(_ spelling: String, at position: SourcePosition) -> MathError {
        MathError("unsupported column type '\(spelling)' in the array spec; use l, c, r or |", at: position)
    }

    static func tooManyCells(spec: Int, at position: SourcePosition) -> MathError {
        MathError("this row has more cells than the \(spec) column\(spec == 1 ? "" : "s") of the array spec; add a column or remove this '&'", at: position)
    }

    // MARK: Tags

    static func tagInInlineMath(at position: SourcePosition) -> MathError {
        MathError("'\\tag' only works in display math; make this a display equation or remove the tag", at: position)
    }

    static func duplicateTag(at position: SourcePosition) -> MathError {
        MathError("only one '\\tag' is allowed per equation; remove this one", at: position)
    }

    static func emptyTag(at position: SourcePosition) -> MathError {
        MathError("empty '\\tag'; write the label inside, as in \\tag{3}", at: position)
    }

    // MARK: Text

    static func commandNeedsMathMode(_ name: String, at position: SourcePosition) -> MathError {
        MathError("'\\\(name)' only works in math; inside \\text write $\\\(name)$", at: position)
    }

    static func mathCharacterInText(_ character: Character, at position: SourcePosition) -> MathError {
        let escaped = character == "&" || character == "#" || character == "_" ? "\\\(character)" : "$…\(character)…$"
        return MathError("'\(character)' does not work inside \\text; write \(escaped)", at: position)
    }

    static func unclosedDollar(at position: SourcePosition) -> MathError {
        MathError("'$' inside \\text is never closed; add a matching '$'", at: position)
    }
}
