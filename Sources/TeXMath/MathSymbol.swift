/// A command or character that stands for one fixed glyph, such as `\alpha`, `\le` or `+`.
struct MathSymbol: Equatable, Sendable {
    enum Element: Equatable, Sendable {
        /// `<mi>`, italic or upright as TeX sets it.
        case identifier(upright: Bool)
        /// `<mo>`, spaced by MathML's operator dictionary unless `attributes` override it.
        case `operator`
    }

    let text: String
    let element: Element
    let atomClass: AtomClass
    let attributes: [String: String]

    init(_ text: String, _ element: Element, _ atomClass: AtomClass, attributes: [String: String] = [:]) {
        self.text = text
        self.element = element
        self.atomClass = atomClass
        self.attributes = attributes
    }

    static func italic(_ text: String) -> MathSymbol {
        MathSymbol(text, .identifier(upright: false), .ordinary)
    }

    static func upright(_ text: String) -> MathSymbol {
        MathSymbol(text, .identifier(upright: true), .ordinary)
    }

    static func binary(_ text: String) -> MathSymbol {
        MathSymbol(text, .operator, .binary)
    }

    static func relation(_ text: String, attributes: [String: String] = [:]) -> MathSymbol {
        MathSymbol(text, .operator, .relation, attributes: attributes)
    }

    static func punctuation(_ text: String) -> MathSymbol {
        MathSymbol(text, .operator, .punctuation)
    }

    /// An operator glyph TeX spaces as an ordinary symbol.
    static func ordinaryOperator(_ text: String) -> MathSymbol {
        MathSymbol(text, .operator, .ordinary, attributes: ["lspace": "0em", "rspace": "0em"])
    }

    /// The node for this symbol, with letters restyled by the surrounding `\mathbf{…}` and friends.
    func node(font: MathFont?) -> MathNode {
        switch element {
        case .operator:
            return .operator(text, atomClass: atomClass, attributes: attributes)
        case .identifier(let upright):
            guard let font else {
                return upright ? .uprightIdentifier(text) : .identifier(text, attributes: attributes)
            }
            let styled = font.apply(to: text)
            if styled != text { return .identifier(styled) }
            // Letters without a styled form in this alphabet keep TeX's default shape,
            // except that \mathrm makes everything upright.
            return upright || font == .roman ? .uprightIdentifier(text) : .identifier(text)
        }
    }
}
