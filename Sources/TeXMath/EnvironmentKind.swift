/// The `\begin{…}` environments the renderer supports, and how each one looks.
enum EnvironmentKind: String, CaseIterable, Equatable, Sendable {
    case matrix
    case pmatrix
    case bmatrix
    case bracedMatrix = "Bmatrix"
    case vmatrix
    case doubleBarMatrix = "Vmatrix"
    case smallmatrix
    case cases
    case dcases
    case aligned
    case alignStar = "align*"
    case split
    case gathered
    case gatherStar = "gather*"
    case array

    /// The names as authors write them, for error messages.
    static var names: String {
        allCases.map(\.rawValue).sorted().joined(separator: ", ")
    }

    var opening: Delimiter? {
        switch self {
        case .pmatrix: Delimiter(character: "(")
        case .bmatrix: Delimiter(character: "[")
        case .bracedMatrix, .cases, .dcases: Delimiter(command: "{")
        case .vmatrix: Delimiter(character: "|")
        case .doubleBarMatrix: Delimiter(command: "|")
        default: nil
        }
    }

    var closing: Delimiter? {
        switch self {
        case .pmatrix: Delimiter(character: ")")
        case .bmatrix: Delimiter(character: "]")
        case .bracedMatrix: Delimiter(command: "}")
        case .vmatrix: Delimiter(character: "|")
        case .doubleBarMatrix: Delimiter(command: "|")
        default: nil
        }
    }

    var isAlignment: Bool {
        switch self {
        case .aligned, .alignStar, .split: true
        default: false
        }
    }

    /// The style of the cells: TeX sets matrices and `cases` in text style, alignments in display.
    func cellStyle(outside style: MathStyle) -> MathStyle {
        switch self {
        case .aligned, .alignStar, .split, .gathered, .gatherStar, .dcases: .display
        case .smallmatrix: .script
        default: style == .display ? .text : style
        }
    }

    /// Attributes of the `<mtable>`; Chromium sets table cells in compact style unless told.
    var tableAttributes: [String: String] {
        switch self {
        case .aligned, .alignStar, .split, .gathered, .gatherStar, .dcases: ["displaystyle": "true"]
        case .smallmatrix: ["scriptlevel": "+1"]
        default: [:]
        }
    }

    /// CSS for a cell: MathML Core ignores `columnalign`, so alignment and column gaps are
    /// written as styles. Returns `nil` for the default centred cell.
    func cellCSS(column: Int, columnSpec: [ColumnSpec.Column]) -> String? {
        switch self {
        case .aligned, .alignStar, .split:
            // Pairs of right- and left-aligned columns meet without a gap, as in amsmath.
            if column.isMultiple(of: 2) {
                let gap = column == 0 ? "0" : "2em"
                return "padding-left:\(gap);padding-right:0;text-align:right"
            }
            return "padding-left:0;padding-right:0;text-align:left"
        case .cases, .dcases:
            return column == 0 ? "text-align:left" : "padding-left:1em;text-align:left"
        case .array:
            guard column < columnSpec.count else { return nil }
            return columnSpec[column].css
        default:
            return nil
        }
    }
}
