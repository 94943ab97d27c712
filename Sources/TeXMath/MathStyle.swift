/// TeX's four math styles; the parser tracks them to know where limits go.
///
/// Chromium derives the same styles itself from the MathML structure (`math-style` and
/// `math-depth`), so the style is only written out where TeX changes it explicitly.
enum MathStyle: Equatable, Sendable {
    case display
    case text
    case script
    case scriptScript

    /// The style of a superscript or subscript attached in this style.
    var scripts: MathStyle {
        switch self {
        case .display, .text: .script
        case .script, .scriptScript: .scriptScript
        }
    }

    /// The style of a fraction's numerator and denominator in this style.
    var fractionParts: MathStyle {
        switch self {
        case .display: .text
        case .text: .script
        case .script, .scriptScript: .scriptScript
        }
    }

    /// Sub- and superscript styles, where TeX sets operators without surrounding space.
    var isScript: Bool {
        self == .script || self == .scriptScript
    }

    /// The style switch commands (`\displaystyle` …) and the style each selects.
    init?(switchCommand name: String) {
        switch name {
        case "displaystyle": self = .display
        case "textstyle": self = .text
        case "scriptstyle": self = .script
        case "scriptscriptstyle": self = .scriptScript
        default: return nil
        }
    }

    /// MathML attributes that select this style absolutely, as TeX's switches do.
    var mathMLAttributes: [String: String] {
        switch self {
        case .display: ["displaystyle": "true", "scriptlevel": "0"]
        case .text: ["displaystyle": "false", "scriptlevel": "0"]
        case .script: ["displaystyle": "false", "scriptlevel": "1"]
        case .scriptScript: ["displaystyle": "false", "scriptlevel": "2"]
        }
    }
}
