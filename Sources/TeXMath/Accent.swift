/// A mark placed over or under its argument, such as `\hat{x}` or `\underbrace{…}`.
struct Accent: Equatable, Sendable {
    let mark: String
    let isUnder: Bool
    /// Wide accents and braces stretch to the argument's width; `\hat` keeps its glyph size.
    let stretchy: Bool
    /// Braces are not accents: MathML then keeps them clear of the argument, and
    /// sub/superscripts go below/above them as labels.
    let isBrace: Bool
    /// `\overline` and `\underline` are drawn as a CSS border: Chromium finds no horizontal
    /// stretch variants for a bar glyph in common math fonts, so a stretchy `‾` stays short.
    let isRule: Bool
    /// Extra attributes for the mark, such as a smaller size for the `\vec` arrow.
    let markAttributes: [String: String]

    init?(command name: String) {
        switch name {
        case "hat": self.init("\u{02C6}")
        case "check": self.init("\u{02C7}")
        case "tilde": self.init("\u{02DC}")
        case "acute": self.init("\u{00B4}")
        case "grave": self.init("\u{0060}")
        case "dot": self.init("\u{02D9}")
        case "ddot": self.init("\u{00A8}")
        case "breve": self.init("\u{02D8}")
        case "bar": self.init("\u{00AF}")
        // A combining arrow (U+20D7) hangs to the left of its base in Chromium; a full arrow
        // one script level smaller sits centred, like TeX's \vec.
        case "vec": self.init("\u{2192}", markAttributes: ["scriptlevel": "+1"])
        case "mathring": self.init("\u{02DA}")
        // The combining circumflex has the widest set of size variants in math fonts.
        case "widehat": self.init("\u{0302}", stretchy: true)
        case "widetilde": self.init("~", stretchy: true)
        case "overline": self.init("\u{203E}", isRule: true)
        case "overrightarrow": self.init("\u{2192}", stretchy: true)
        case "overleftarrow": self.init("\u{2190}", stretchy: true)
        case "underline": self.init("_", isUnder: true, isRule: true)
        case "overbrace": self.init("\u{23DE}", stretchy: true, isBrace: true)
        case "underbrace": self.init("\u{23DF}", isUnder: true, stretchy: true, isBrace: true)
        default: return nil
        }
    }

    private init(
        _ mark: String, isUnder: Bool = false, stretchy: Bool = false, isBrace: Bool = false,
        isRule: Bool = false, markAttributes: [String: String] = [:]
    ) {
        self.mark = mark
        self.isUnder = isUnder
        self.stretchy = stretchy
        self.isBrace = isBrace
        self.isRule = isRule
        self.markAttributes = markAttributes
    }

    /// `<mover>`/`<munder>` with the mark; braces take their labels as limits.
    func node(over base: MathNode) -> MathNode {
        if isRule {
            let border = isUnder
                ? "border-bottom:0.06em solid;padding-bottom:0.1em"
                : "border-top:0.06em solid;padding-top:0.1em"
            return .element("mrow", [base], attributes: ["style": border])
        }
        var markAttributes = self.markAttributes
        markAttributes["stretchy"] = stretchy ? "true" : "false"
        let mark = MathNode.operator(self.mark, atomClass: .ordinary, attributes: markAttributes)
        var attributes: [String: String] = [:]
        if !isBrace {
            attributes[isUnder ? "accentunder" : "accent"] = "true"
        }
        var node = MathNode.element(isUnder ? "munder" : "mover", [base, mark], attributes: attributes)
        if isBrace { node.limits = .belowAbove }
        return node
    }
}
