/// A symbol that can follow `\left`, `\right`, `\middle` or `\big`, such as `(` or `\langle`.
struct Delimiter: Equatable, Sendable {
    let text: String
    /// How TeX spaces the symbol when it is used on its own, without `\left` or `\big`.
    let naturalClass: AtomClass

    /// The delimiter named by a character, such as `(` or `|`; `<` and `>` mean angle brackets.
    init?(character: Character) {
        switch character {
        case "(", "[": self.init(String(character), .opening)
        case ")", "]": self.init(String(character), .closing)
        case "<": self.init("\u{27E8}", .opening)
        case ">": self.init("\u{27E9}", .closing)
        case "|", "/": self.init(String(character), .ordinary)
        default: return nil
        }
    }

    /// The delimiter named by a command such as `\langle`, `\{` or `\|`.
    init?(command name: String) {
        guard let (text, atomClass) = Self.commands[name] else { return nil }
        self.init(text, atomClass)
    }

    private init(_ text: String, _ naturalClass: AtomClass) {
        self.text = text
        self.naturalClass = naturalClass
    }

    private static let commands: [String: (String, AtomClass)] = [
        "{": ("{", .opening), "}": ("}", .closing),
        "lbrace": ("{", .opening), "rbrace": ("}", .closing),
        "lbrack": ("[", .opening), "rbrack": ("]", .closing),
        "langle": ("\u{27E8}", .opening), "rangle": ("\u{27E9}", .closing),
        "lfloor": ("\u{230A}", .opening), "rfloor": ("\u{230B}", .closing),
        "lceil": ("\u{2308}", .opening), "rceil": ("\u{2309}", .closing),
        "lvert": ("|", .opening), "rvert": ("|", .closing), "vert": ("|", .ordinary),
        "lVert": ("\u{2016}", .opening), "rVert": ("\u{2016}", .closing),
        "Vert": ("\u{2016}", .ordinary), "|": ("\u{2016}", .ordinary),
        "backslash": ("\\", .ordinary),
        "uparrow": ("\u{2191}", .ordinary), "downarrow": ("\u{2193}", .ordinary),
        "updownarrow": ("\u{2195}", .ordinary), "Uparrow": ("\u{21D1}", .ordinary),
        "Downarrow": ("\u{21D3}", .ordinary), "Updownarrow": ("\u{21D5}", .ordinary),
    ]

    /// Bars are listed in MathML's dictionary as infix operators with space around them,
    /// so their role must be spelled out.
    private var isBar: Bool { text == "|" || text == "\u{2016}" }

    /// The delimiter as an ordinary symbol: never stretched, spaced as TeX spaces it.
    var plainNode: MathNode {
        var attributes = ["stretchy": "false"]
        switch naturalClass {
        case .opening where isBar: attributes["form"] = "prefix"
        case .closing where isBar: attributes["form"] = "postfix"
        case .ordinary:
            attributes["lspace"] = "0em"
            attributes["rspace"] = "0em"
        default: break
        }
        return .operator(text, atomClass: naturalClass, attributes: attributes)
    }

    /// The delimiter as a fence of `\left` (prefix) or `\right` (postfix): stretches to the
    /// height of its siblings in the same `<mrow>`.
    func fenceNode(form: String) -> MathNode {
        .operator(text, atomClass: form == "prefix" ? .opening : .closing,
                  attributes: ["form": form, "stretchy": "true"])
    }

    /// The delimiter as `\middle`: stretches like a fence, sits between two parts.
    var middleNode: MathNode {
        .operator(text, atomClass: .relation, attributes: ["stretchy": "true"])
    }

    /// The delimiter at a fixed size, as after `\big` or `\Bigl`.
    func sizedNode(height: String, role: SizedDelimiterRole) -> MathNode {
        var attributes = ["minsize": height, "maxsize": height, "stretchy": "true", "symmetric": "true"]
        let atomClass: AtomClass
        switch role {
        case .opening:
            attributes["form"] = "prefix"
            atomClass = .opening
        case .closing:
            attributes["form"] = "postfix"
            atomClass = .closing
        case .relation:
            attributes["lspace"] = "0.2778em"
            attributes["rspace"] = "0.2778em"
            atomClass = .relation
        case .ordinary:
            attributes["lspace"] = "0em"
            attributes["rspace"] = "0em"
            atomClass = .ordinary
        }
        return .operator(text, atomClass: atomClass, attributes: attributes)
    }
}

/// How a `\big`-family delimiter is spaced: `\bigl`, `\bigr`, `\bigm` or plain `\big`.
enum SizedDelimiterRole: Equatable, Sendable {
    case opening
    case closing
    case relation
    case ordinary
}
