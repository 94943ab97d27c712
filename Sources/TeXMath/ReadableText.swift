/// Math as plain characters, for places that cannot show MathML: a page's `<title>`, the
/// search index and its snippets, `aria` text. `q_m^\top k_n` becomes `q_mᵀ k_n`, `\theta_i`
/// becomes `θ_i`, `\frac{1}{2}` becomes `1/2`: what a reader sees, and could type into search.
extension MathNode {
    var readableText: String {
        var text = ""
        appendReadable(to: &text)
        return text.trimmingSpaces()
    }

    private func appendReadable(to text: inout String) {
        switch name {
        case "mi", "mn", "mtext", "ms":
            text += self.text ?? ""
        case "mo":
            let symbol = self.text ?? ""
            if atomClass == .relation || atomClass == .binary {
                if !text.hasSuffix(" ") && !text.isEmpty { text += " " }
                text += symbol + " "
            } else if atomClass == .punctuation {
                text += symbol + " "
            } else {
                text += symbol
            }
        case "mspace":
            if !text.hasSuffix(" ") { text += " " }
        case "msub", "munder":
            appendScripted(children, marks: ["_"], to: &text)
        case "msup", "mover":
            appendScripted(children, marks: ["^"], to: &text)
        case "msubsup", "munderover":
            appendScripted(children, marks: ["_", "^"], to: &text)
        case "mfrac":
            let parts = children.map { Self.grouping($0.readableText) }
            text += parts.joined(separator: "/")
        case "msqrt":
            text += "√" + Self.grouping(MathNode.row(children).readableText)
        case "mroot":
            let parts = children.map(\.readableText)
            text += (parts.count > 1 ? parts[1] : "") + "√" + Self.grouping(parts.first ?? "")
        case "mtable":
            let rows = children.map { row in row.children.map(\.readableText).joined(separator: ", ") }
            text += "[" + rows.joined(separator: "; ") + "]"
        default:
            for child in children { child.appendReadable(to: &text) }
        }
    }

    /// A base with its scripts: digits and a few letters as Unicode sub/superscripts, the
    /// transpose as ᵀ, anything else after `_` or `^` (in parentheses when longer than one
    /// character).
    private func appendScripted(_ parts: [MathNode], marks: [String], to text: inout String) {
        guard let base = parts.first else { return }
        base.appendReadable(to: &text)
        for (mark, script) in zip(marks, parts.dropFirst()) {
            let scriptText = script.readableText
            let table = mark == "^" ? Self.superscripts : Self.subscripts
            // Accents (\hat, \bar) and under/over braces keep their mark character as is.
            if script.name == "mo", script.atomClass != .binary, script.atomClass != .relation, mark == "^", scriptText.count == 1,
               !"⊤T′″*+-−".contains(scriptText) {
                text += scriptText
            } else if let mapped = Self.mapped(scriptText, table) {
                text += mapped
            } else {
                text += mark + (scriptText.count > 1 ? "(" + scriptText + ")" : scriptText)
            }
        }
    }

    private static func mapped(_ text: String, _ table: [Character: Character]) -> String? {
        guard !text.isEmpty else { return nil }
        var result = ""
        for character in text {
            guard let mapped = table[character] else { return nil }
            result.append(mapped)
        }
        return result
    }

    private static func grouping(_ text: String) -> String {
        text.count > 1 && text.contains(where: { " +−-·×/".contains($0) }) ? "(" + text + ")" : text
    }

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ",
        "T": "ᵀ", "⊤": "ᵀ", "′": "′", "″": "″", "*": "*",
    ]

    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
    ]
}

extension String {
    /// Without leading and trailing spaces, and with runs of spaces as one.
    fileprivate func trimmingSpaces() -> String {
        var result = ""
        var pendingSpace = false
        for character in self {
            if character == " " {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
