/// The look of `\text`-like commands, written as CSS because MathML Core has no
/// `mathvariant` on `<mtext>`.
enum TextStyle: Equatable, Sendable {
    case normal
    case bold
    case italic
    case sansSerif
    case monospace

    init?(command name: String) {
        switch name {
        case "text", "textrm", "textnormal", "textup", "mbox": self = .normal
        case "textbf": self = .bold
        case "textit", "emph": self = .italic
        case "textsf": self = .sansSerif
        case "texttt": self = .monospace
        default: return nil
        }
    }

    var attributes: [String: String] {
        switch self {
        case .normal: [:]
        case .bold: ["style": "font-weight:bold"]
        case .italic: ["style": "font-style:italic"]
        case .sansSerif: ["style": "font-family:sans-serif"]
        case .monospace: ["style": "font-family:monospace"]
        }
    }
}
