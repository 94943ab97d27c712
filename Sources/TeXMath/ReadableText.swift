/// Math as plain characters, for places that cannot show MathML: a page's `<title>`, the
/// search index and its snippets, `aria` text. `q_m^\top k_n` becomes `q_mᵀ k_n`, `\theta_i`
/// becomes `θ_i`, `\frac{1}{2}` becomes `1/2`: what a reader sees, and could type into search.
extension MathNode {
    /// The math as plain characters. The walk keeps its own stack, so it adds nothing to the
    /// call stack however deep the formula (the parser alone decides how deep that may be).
    var readableText: String {
        // Work items: a node to write, literal text, or the end of a captured part, whose text
        // is then shaped (a script, a fraction part…) and added to the part around it.
        enum Work {
            case node(MathNode)
            case text(String)
            case beginPart
            case endPart(Shape)
        }
        var work: [Work] = [.node(self)]
        var parts: [String] = [""]
        while let item = work.popLast() {
            switch item {
            case .text(let text):
                parts[parts.count - 1] += text
            case .beginPart:
                parts.append("")
            case .endPart(let shape):
                let part = parts.removeLast().trimmingSpaces()
                parts[parts.count - 1] += shape.apply(to: part)
            case .node(let node):
                var steps: [Work] = []
                switch node.name {
                case "mi", "mn", "mtext", "ms":
                    steps = [.text(node.text ?? "")]
                case "mo":
                    let symbol = node.text ?? ""
                    if node.atomClass == .relation || node.atomClass == .binary {
                        steps = [.text(" " + symbol + " ")]
                    } else if node.atomClass == .punctuation {
                        steps = [.text(symbol + " ")]
                    } else {
                        steps = [.text(symbol)]
                    }
                case "mspace":
                    steps = [.text(" ")]
                case "msub", "munder", "msup", "mover", "msubsup", "munderover":
                    let marks: [String] = switch node.name {
                    case "msub", "munder": ["_"]
                    case "msup", "mover": ["^"]
                    default: ["_", "^"]
                    }
                    let children = node.children
                    guard let base = children.first else { break }
                    steps = [.node(base)]
                    for (mark, script) in zip(marks, children.dropFirst()) {
                        let keepsMark = script.name == "mo" && script.atomClass != .binary && script.atomClass != .relation
                        steps += [.beginPart, .node(script), .endPart(.script(mark: mark, isAccent: keepsMark))]
                    }
                case "mfrac":
                    for (index, child) in node.children.enumerated() {
                        if index > 0 { steps.append(.text("/")) }
                        steps += [.beginPart, .node(child), .endPart(.grouped)]
                    }
                case "msqrt":
                    steps = [.text("√"), .beginPart] + node.children.map { .node($0) } + [.endPart(.grouped)]
                case "mroot":
                    let children = node.children
                    if children.count > 1 { steps.append(.node(children[1])) }
                    steps += [.text("√"), .beginPart] + children.prefix(1).map { .node($0) } + [.endPart(.grouped)]
                case "mtable":
                    steps.append(.text("["))
                    for (rowIndex, row) in node.children.enumerated() {
                        if rowIndex > 0 { steps.append(.text("; ")) }
                        for (cellIndex, cell) in row.children.enumerated() {
                            if cellIndex > 0 { steps.append(.text(", ")) }
                            steps += [.beginPart, .node(cell), .endPart(.plain)]
                        }
                    }
                    steps.append(.text("]"))
                default:
                    steps = node.children.map { .node($0) }
                }
                work.append(contentsOf: steps.reversed())
            }
        }
        return parts[0].trimmingSpaces()
    }

    /// How a captured part joins the text around it.
    fileprivate enum Shape {
        case plain
        /// In parentheses when it holds an operator (a fraction's part, a root's radicand).
        case grouped
        /// A sub- or superscript: Unicode script characters where every character has one,
        /// the transpose as ᵀ, an accent's mark as is, otherwise `_x`, `^x` or `^(…)`.
        case script(mark: String, isAccent: Bool)

        func apply(to text: String) -> String {
            switch self {
            case .plain:
                return text
            case .grouped:
                return MathNode.grouping(text)
            case .script(let mark, let isAccent):
                if isAccent, mark == "^", text.count == 1, !"⊤T′″*+-−".contains(text) { return text }
                if let mapped = MathNode.mapped(text, mark == "^" ? MathNode.superscripts : MathNode.subscripts) { return mapped }
                return mark + (text.count > 1 ? "(" + text + ")" : text)
            }
        }
    }

    fileprivate static func mapped(_ text: String, _ table: [Character: Character]) -> String? {
        guard !text.isEmpty else { return nil }
        var result = ""
        for character in text {
            guard let mapped = table[character] else { return nil }
            result.append(mapped)
        }
        return result
    }

    fileprivate static func grouping(_ text: String) -> String {
        text.count > 1 && text.contains(where: { " +−-·×/".contains($0) }) ? "(" + text + ")" : text
    }

    fileprivate static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ",
        "T": "ᵀ", "⊤": "ᵀ", "′": "′", "″": "″", "*": "*",
    ]

    fileprivate static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
    ]
}

extension String {
    /// Without leading and trailing spaces, and with runs of spaces as one.
    fileprivate func trimmingSpaces() -> String {
        // On UTF-8 bytes: a space is one byte that no multi-byte character contains (walking
        // Characters was ~3% of a cold build). Most parts have nothing to trim: no copy then.
        var previous: UInt8 = 0x20
        var needsWork = false
        for byte in utf8 {
            if byte == 0x20 && previous == 0x20 { needsWork = true; break }
            previous = byte
        }
        if !needsWork && previous != 0x20 { return self }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
