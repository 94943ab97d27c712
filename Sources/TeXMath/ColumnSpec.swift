/// The column specification of `\begin{array}{…}`: alignments `l`, `c`, `r` and `|` rules.
struct ColumnSpec: Equatable, Sendable {
    struct Column: Equatable, Sendable {
        var alignment: Character
        var ruleBefore = false
        var ruleAfter = false

        var css: String? {
            var parts: [String] = []
            if ruleBefore { parts.append("border-left:0.06em solid") }
            if ruleAfter { parts.append("border-right:0.06em solid") }
            switch alignment {
            case "l": parts.append("text-align:left")
            case "r": parts.append("text-align:right")
            default: break
            }
            return parts.isEmpty ? nil : parts.joined(separator: ";")
        }
    }

    var columns: [Column]

    /// Parses the spec tokens; the error names the first unsupported column type.
    init(tokens: [TeXToken], openBrace: SourcePosition) throws(MathError) {
        var columns: [Column] = []
        var pendingRule = false
        for token in tokens {
            switch token.kind {
            case .whitespace:
                continue
            case .character("|"):
                if columns.isEmpty {
                    pendingRule = true
                } else {
                    columns[columns.count - 1].ruleAfter = true
                }
            case .character(let character) where "lcr".contains(character):
                columns.append(Column(alignment: character, ruleBefore: pendingRule))
                pendingRule = false
            default:
                throw MathError.unsupportedColumnType(token.spelling, at: token.position)
            }
        }
        guard !columns.isEmpty else {
            throw MathError.missingColumnSpec(at: openBrace)
        }
        self.columns = columns
    }
}
