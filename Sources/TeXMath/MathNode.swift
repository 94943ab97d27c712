/// One MathML element of the output tree, plus what the parser needs to know about it.
///
/// The tree mirrors the MathML that is written, so the writer stays a plain serializer.
/// Attributes are a dictionary because the writer sorts them, which keeps output byte-stable.
struct MathNode: Equatable, Sendable {
    enum Content: Equatable, Sendable {
        case text(String)
        case children([MathNode])
    }

    var name: String
    var attributes: [String: String]
    var content: Content
    var atomClass: AtomClass
    var limits: LimitsPlacement

    init(
        name: String,
        attributes: [String: String] = [:],
        content: Content,
        atomClass: AtomClass = .ordinary,
        limits: LimitsPlacement = .beside
    ) {
        self.name = name
        self.attributes = attributes
        self.content = content
        self.atomClass = atomClass
        self.limits = limits
    }

    var children: [MathNode] {
        if case .children(let children) = content { children } else { [] }
    }

    var text: String? {
        if case .text(let text) = content { text } else { nil }
    }

    var isOperator: Bool { name == "mo" }
}

extension MathNode {
    /// `<mi>`: an identifier. Single letters render italic unless `mathvariant="normal"`.
    static func identifier(_ text: String, attributes: [String: String] = [:]) -> MathNode {
        MathNode(name: "mi", attributes: attributes, content: .text(text))
    }

    /// `<mi>` for a letter that TeX sets upright, such as `\Gamma` or `\mathrm{d}`.
    ///
    /// MathML Core italicizes every single-character `<mi>` whose character has an italic
    /// form, so exactly those need `mathvariant="normal"`.
    static func uprightIdentifier(_ text: String) -> MathNode {
        let needsNormal = text.count == 1 && text.unicodeScalars.allSatisfy(MathFont.isAutoItalicized)
        return identifier(text, attributes: needsNormal ? ["mathvariant": "normal"] : [:])
    }

    /// `<mn>`: a number.
    static func number(_ text: String) -> MathNode {
        MathNode(name: "mn", content: .text(text))
    }

    /// `<mo>`: an operator, fence or separator.
    static func `operator`(
        _ text: String, atomClass: AtomClass, attributes: [String: String] = [:]
    ) -> MathNode {
        MathNode(name: "mo", attributes: attributes, content: .text(text), atomClass: atomClass)
    }

    /// `<mtext>`: prose inside math.
    static func text(_ text: String, attributes: [String: String] = [:]) -> MathNode {
        MathNode(name: "mtext", attributes: attributes, content: .text(text))
    }

    /// `<mspace>` of a width in em; a negative width becomes a negative margin because
    /// MathML Core (and Chromium) clamp `mspace` widths at zero.
    static func space(em width: Double) -> MathNode {
        let attributes: [String: String] = width < 0
            ? ["style": "margin-left:\(emLength(width))"]
            : ["width": emLength(width)]
        return MathNode(name: "mspace", attributes: attributes, content: .children([]), atomClass: .spacing)
    }

    /// Any element with child elements.
    static func element(
        _ name: String,
        _ children: [MathNode],
        attributes: [String: String] = [:],
        atomClass: AtomClass = .ordinary
    ) -> MathNode {
        MathNode(name: name, attributes: attributes, content: .children(children), atomClass: atomClass)
    }

    /// `<mrow>` around the children, always.
    static func row(_ children: [MathNode], atomClass: AtomClass = .ordinary) -> MathNode {
        element("mrow", children, atomClass: atomClass)
    }

    /// The children as one node: the only child itself, or an `<mrow>` around several.
    ///
    /// Elements such as `<mfrac>` need exactly one node per argument.
    static func grouped(_ children: [MathNode]) -> MathNode {
        children.count == 1 ? children[0] : row(children)
    }

    /// A length such as `0.1667em`, formatted without Foundation and without trailing zeros.
    static func emLength(_ value: Double) -> String {
        let tenThousandths = Int((abs(value) * 10_000).rounded())
        let whole = tenThousandths / 10_000
        var fraction = String(tenThousandths % 10_000)
        while fraction.count < 4 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && tenThousandths > 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction) + "em"
    }
}
