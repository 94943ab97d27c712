/// `\begin{…} … \end{…}`: matrices, cases, alignments and arrays, as `<mtable>`.
extension TeXParser {
    /// Reads the environment whose `\begin` is at `position` (already consumed).
    mutating func parseEnvironment(at position: SourcePosition, _ context: ParseContext) throws(MathError) -> MathNode {
        let (name, namePosition) = try readEnvironmentName(after: "begin", at: position)
        guard let kind = EnvironmentKind(rawValue: name) else {
            throw MathError.unknownEnvironment(name, at: namePosition)
        }
        var columnSpec: [ColumnSpec.Column] = []
        if kind == .array {
            guard skipWhitespace().isCharacter("{") else { throw MathError.missingColumnSpec(at: position) }
            let raw = try readRawGroup(of: "begin{array}", usage: "\\begin{array}{cc}", at: position)
            columnSpec = try ColumnSpec(tokens: raw.tokens, openBrace: raw.openBrace).columns
        }

        let cellContext = context.with(style: kind.cellStyle(outside: context.style))
        var rows: [[[MathNode]]] = []
        var cells: [[MathNode]] = []
        var rowsWithRuleAbove: Set<Int> = []

        while true {
            while cells.isEmpty, skipWhitespace().isCommand("hline") {
                advance()
                rowsWithRuleAbove.insert(rows.count)
            }
            // In amsmath alignments each right-hand column starts with an empty atom, so a
            // leading + is still a binary operator (and = a relation) there.
            let isRightHandColumn = kind.isAlignment && !cells.count.isMultiple(of: 2)
            var cell = try parseList(
                cellContext, until: [.alignment, .environmentEnd],
                precedingClass: isRightHandColumn ? .ordinary : nil)
            if isRightHandColumn, let first = cell.first, first.isOperator, first.atomClass == .binary {
                cell[0].attributes["form"] = "infix"
            }
            cells.append(cell)

            let token = current
            switch token.kind {
            case .character("&"):
                if kind == .array, cells.count >= columnSpec.count {
                    throw MathError.tooManyCells(spec: columnSpec.count, at: token.position)
                }
                advance()
            case .command("\\"):
                advance()
                try skipRowSpacing()
                rows.append(cells)
                cells = []
            case .command("end"):
                advance()
                let (endName, _) = try readEnvironmentName(after: "end", at: token.position)
                guard endName == name else {
                    throw MathError.environmentMismatch(
                        begun: name, beginLine: position.line, ended: endName, at: token.position)
                }
                // A trailing \\ ends the last row; it does not start an empty one.
                let isTrailingEmptyRow = cells.count == 1 && cells[0].isEmpty && !rows.isEmpty
                if !isTrailingEmptyRow { rows.append(cells) }
                return Self.table(kind, rows: rows, columnSpec: columnSpec, rowsWithRuleAbove: rowsWithRuleAbove)
            default:
                throw MathError.unclosedEnvironment(name, at: position)
            }
        }
    }

    private static func table(
        _ kind: EnvironmentKind, rows: [[[MathNode]]], columnSpec: [ColumnSpec.Column], rowsWithRuleAbove: Set<Int>
    ) -> MathNode {
        var tableRows: [MathNode] = []
        for (rowIndex, row) in rows.enumerated() {
            var tableCells: [MathNode] = []
            for (column, cell) in row.enumerated() {
                var css: [String] = []
                if let alignment = kind.cellCSS(column: column, columnSpec: columnSpec) { css.append(alignment) }
                if rowsWithRuleAbove.contains(rowIndex) { css.append("border-top:0.06em solid") }
                if rowIndex == rows.count - 1, rowsWithRuleAbove.contains(rows.count) {
                    css.append("border-bottom:0.06em solid")
                }
                let attributes = css.isEmpty ? [:] : ["style": css.joined(separator: ";")]
                tableCells.append(.element("mtd", cell, attributes: attributes))
            }
            tableRows.append(.element("mtr", tableCells))
        }
        let table = MathNode.element("mtable", tableRows, attributes: kind.tableAttributes)
        guard kind.opening != nil || kind.closing != nil else { return table }

        var parts: [MathNode] = []
        if let opening = kind.opening { parts.append(opening.fenceNode(form: "prefix")) }
        parts.append(table)
        if let closing = kind.closing { parts.append(closing.fenceNode(form: "postfix")) }
        return .row(parts, atomClass: .inner)
    }

    /// The `{name}` after `\begin` or `\end`, and where the name starts.
    private mutating func readEnvironmentName(
        after command: String, at position: SourcePosition
    ) throws(MathError) -> (String, SourcePosition) {
        let open = skipWhitespace()
        guard open.isCharacter("{") else {
            throw MathError.missingEnvironmentName(after: command, at: position)
        }
        advance()
        let namePosition = skipWhitespace().position
        var name = ""
        while true {
            let token = current
            switch token.kind {
            case .character("}"):
                advance()
                guard !name.isEmpty else { throw MathError.missingEnvironmentName(after: command, at: position) }
                return (name, namePosition)
            case .endOfInput:
                throw MathError.unclosedBrace(at: open.position)
            case .whitespace:
                advance()
            default:
                name += token.spelling
                advance()
            }
        }
    }

    /// The optional `[2pt]` after a row break; accepted and ignored, since rows are spaced by CSS.
    private mutating func skipRowSpacing() throws(MathError) {
        let bracket = skipWhitespace()
        guard bracket.isCharacter("[") else { return }
        while !current.isCharacter("]") {
            if current.kind == .endOfInput {
                throw MathError.unclosedBracket(after: "\\", at: bracket.position)
            }
            advance()
        }
        advance()
    }
}
