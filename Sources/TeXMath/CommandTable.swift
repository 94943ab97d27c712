/// Every math-mode command the renderer knows, by name (without the backslash).
///
/// AUTHORING.md lists these for authors; a command missing here is reported as unknown.
enum CommandTable {
    static func command(named name: String) -> Command? {
        table[name]
    }

    /// The symbol a character typed directly stands for, such as `≤` or `∑`, when it is
    /// one of the table's glyphs; lets authors paste Unicode math.
    static func command(forGlyph glyph: String) -> Command? {
        glyphs[glyph]
    }

    static var allNames: [String] {
        table.keys.sorted()
    }

    private static let table: [String: Command] = {
        var table: [String: Command] = [:]
        for (name, text) in greekSmall { table[name] = .symbol(.italic(text)) }
        for (name, text) in greekCapital {
            table[name] = .symbol(.upright(text))
            table["var" + name] = .symbol(.italic(text))
        }
        for (name, text) in italicLetterlike { table[name] = .symbol(.italic(text)) }
        for (name, text) in uprightOrdinary { table[name] = .symbol(.upright(text)) }
        for (name, text) in binaryOperators { table[name] = .symbol(.binary(text)) }
        for (name, text) in relations { table[name] = .symbol(.relation(text)) }
        for (name, text) in wideRelations {
            table[name] = .symbol(.relation(text, attributes: ["lspace": "0.5556em", "rspace": "0.5556em"]))
        }
        for (name, text) in ordinaryOperators { table[name] = .symbol(.ordinaryOperator(text)) }
        for (name, text) in escapedCharacters { table[name] = .symbol(.upright(text)) }
        table["colon"] = .symbol(.punctuation(":"))
        table["prime"] = .symbol(MathSymbol("\u{2032}", .operator, .ordinary))
        for name in delimiterNames {
            if let delimiter = Delimiter(command: name) { table[name] = .delimiter(delimiter) }
        }
        for (name, text) in sumLikeOperators { table[name] = .bigOperator(text, .belowAboveInDisplay) }
        for (name, text) in integrals { table[name] = .bigOperator(text, .beside) }
        for name in functionsBeside { table[name] = .function(name, .beside) }
        for name in functionsWithLimits { table[name] = .function(name, .belowAboveInDisplay) }
        table["liminf"] = .function("lim\u{2009}inf", .belowAboveInDisplay)
        table["limsup"] = .function("lim\u{2009}sup", .belowAboveInDisplay)
        for (name, width) in spaces { table[name] = .space(em: width) }
        for name in accentNames {
            if let accent = Accent(command: name) { table[name] = .accent(accent) }
        }
        for name in fontNames {
            if let font = MathFont(command: name) { table[name] = .font(font) }
        }
        for name in textNames {
            if let style = TextStyle(command: name) { table[name] = .text(style) }
        }
        for name in ["displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle"] {
            if let style = MathStyle(switchCommand: name) { table[name] = .styleSwitch(style) }
        }
        for (name, height) in bigSizes {
            table[name] = .sizedDelimiter(height: height, role: .ordinary)
            table[name + "l"] = .sizedDelimiter(height: height, role: .opening)
            table[name + "r"] = .sizedDelimiter(height: height, role: .closing)
            table[name + "m"] = .sizedDelimiter(height: height, role: .relation)
        }
        let structural: [(String, Command)] = [
            ("frac", .fraction(.frac)), ("dfrac", .fraction(.dfrac)), ("cfrac", .fraction(.dfrac)),
            ("tfrac", .fraction(.tfrac)), ("binom", .fraction(.binom)),
            ("dbinom", .fraction(.dbinom)), ("tbinom", .fraction(.tbinom)),
            ("sqrt", .squareRoot), ("operatorname", .operatorName),
            ("left", .left), ("right", .right), ("middle", .middle),
            ("begin", .begin), ("end", .end),
            ("limits", .limits(.belowAbove)), ("nolimits", .limits(.beside)),
            ("tag", .tag), ("label", .label), ("nonumber", .ignored), ("notag", .ignored),
            ("not", .negation),
            ("bmod", .modulo(.binary)), ("pmod", .modulo(.parenthesized)), ("mod", .modulo(.spaced)),
            ("overset", .stack(.over)), ("stackrel", .stack(.over)), ("underset", .stack(.under)),
            ("hline", .horizontalRule),
        ]
        for (name, command) in structural { table[name] = command }
        return table
    }()

    private static let glyphs: [String: Command] = {
        var glyphs: [String: Command] = [:]
        // Sorted names make the choice deterministic when two commands share a glyph.
        for name in table.keys.sorted() {
            guard let command = table[name] else { continue }
            switch command {
            case .symbol(let symbol) where glyphs[symbol.text] == nil:
                glyphs[symbol.text] = command
            case .bigOperator(let text, _) where glyphs[text] == nil:
                glyphs[text] = command
            default:
                break
            }
        }
        return glyphs
    }()

    // MARK: Letters

    private static let greekSmall: [(String, String)] = [
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
        ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
        ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"),
        ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"),
        ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"),
        ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
    ]

    /// TeX sets capital Greek upright; `\varGamma` and friends give the italic forms.
    private static let greekCapital: [(String, String)] = [
        ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"),
        ("Pi", "Π"), ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
    ]

    private static let italicLetterlike: [(String, String)] = [
        ("ell", "ℓ"), ("partial", "∂"), ("imath", "ı"), ("jmath", "ȷ"), ("wp", "℘"),
    ]

    private static let uprightOrdinary: [(String, String)] = [
        ("hbar", "ℏ"), ("Re", "ℜ"), ("Im", "ℑ"), ("aleph", "ℵ"),
        ("infty", "∞"), ("nabla", "∇"), ("emptyset", "∅"), ("varnothing", "∅"),
        ("forall", "∀"), ("exists", "∃"), ("nexists", "∄"), ("neg", "¬"), ("lnot", "¬"),
        ("top", "⊤"), ("bot", "⊥"), ("intercal", "⊺"), ("angle", "∠"), ("triangle", "△"),
        ("ldots", "…"), ("dots", "…"), ("cdots", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"),
        ("Box", "□"), ("square", "□"), ("checkmark", "✓"), ("dagger", "†"), ("ddagger", "‡"),
    ]

    /// `\%`, `\#` and friends print the character itself.
    private static let escapedCharacters: [(String, String)] = [
        ("%", "%"), ("#", "#"), ("&", "&"), ("_", "_"), ("$", "$"),
    ]

    // MARK: Operators

    private static let binaryOperators: [(String, String)] = [
        ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"),
        ("star", "⋆"), ("circ", "∘"), ("bullet", "∙"), ("oplus", "⊕"), ("ominus", "⊖"),
        ("otimes", "⊗"), ("oslash", "⊘"), ("odot", "⊙"), ("cup", "∪"), ("cap", "∩"),
        ("sqcup", "⊔"), ("sqcap", "⊓"), ("uplus", "⊎"), ("wedge", "∧"), ("land", "∧"),
        ("vee", "∨"), ("lor", "∨"), ("setminus", "∖"), ("diamond", "⋄"), ("wr", "≀"),
    ]

    private static let relations: [(String, String)] = [
        ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("leqslant", "⩽"), ("geqslant", "⩾"),
        ("ne", "≠"), ("neq", "≠"), ("approx", "≈"), ("approxeq", "≊"), ("equiv", "≡"),
        ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"), ("propto", "∝"), ("doteq", "≐"),
        ("asymp", "≍"), ("in", "∈"), ("notin", "∉"), ("ni", "∋"), ("owns", "∋"),
        ("subset", "⊂"), ("subseteq", "⊆"), ("subsetneq", "⊊"), ("supset", "⊃"),
        ("supseteq", "⊇"), ("supsetneq", "⊋"), ("sqsubseteq", "⊑"), ("sqsupseteq", "⊒"),
        ("ll", "≪"), ("gg", "≫"), ("lll", "⋘"), ("ggg", "⋙"), ("prec", "≺"), ("succ", "≻"),
        ("preceq", "⪯"), ("succeq", "⪰"), ("lesssim", "≲"), ("gtrsim", "≳"),
        ("perp", "⊥"), ("parallel", "∥"), ("nparallel", "∦"), ("mid", "∣"), ("nmid", "∤"),
        ("models", "⊨"), ("vdash", "⊢"), ("dashv", "⊣"), ("triangleq", "≜"),
        ("coloneqq", ":="), ("eqqcolon", "=:"), ("to", "→"), ("rightarrow", "→"),
        ("leftarrow", "←"), ("gets", "←"), ("leftrightarrow", "↔"), ("Rightarrow", "⇒"),
        ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"), ("mapsto", "↦"), ("longmapsto", "⟼"),
        ("longrightarrow", "⟶"), ("longleftarrow", "⟵"), ("longleftrightarrow", "⟷"),
        ("Longrightarrow", "⟹"), ("Longleftarrow", "⟸"), ("Longleftrightarrow", "⟺"),
        ("hookrightarrow", "↪"), ("hookleftarrow", "↩"), ("nearrow", "↗"), ("searrow", "↘"),
        ("swarrow", "↙"), ("nwarrow", "↖"), ("rightleftharpoons", "⇌"),
        ("uparrow", "↑"), ("downarrow", "↓"), ("updownarrow", "↕"),
        ("Uparrow", "⇑"), ("Downarrow", "⇓"), ("Updownarrow", "⇕"),
    ]

    /// amsmath pads these with `\;` on each side.
    private static let wideRelations: [(String, String)] = [
        ("implies", "⟹"), ("impliedby", "⟸"), ("iff", "⟺"),
    ]

    private static let ordinaryOperators: [(String, String)] = [
        ("slash", "/"),
    ]

    private static let delimiterNames: [String] = [
        "{", "}", "lbrace", "rbrace", "lbrack", "rbrack", "langle", "rangle", "lfloor", "rfloor",
        "lceil", "rceil", "lvert", "rvert", "vert", "lVert", "rVert", "Vert", "|", "backslash",
    ]

    private static let sumLikeOperators: [(String, String)] = [
        ("sum", "∑"), ("prod", "∏"), ("coprod", "∐"), ("bigoplus", "⨁"), ("bigotimes", "⨂"),
        ("bigodot", "⨀"), ("bigcup", "⋃"), ("bigcap", "⋂"), ("bigvee", "⋁"),
        ("bigwedge", "⋀"), ("biguplus", "⨄"), ("bigsqcup", "⨆"),
    ]

    private static let integrals: [(String, String)] = [
        ("int", "∫"), ("iint", "∬"), ("iiint", "∭"), ("oint", "∮"),
    ]

    private static let functionsBeside: [String] = [
        "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "dim",
        "exp", "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh",
    ]

    private static let functionsWithLimits: [String] = [
        "det", "gcd", "inf", "lim", "max", "min", "Pr", "sup",
    ]

    // MARK: Spacing, accents, fonts

    private static let spaces: [(String, Double)] = [
        (",", 0.1667), (":", 0.2222), (">", 0.2222), (";", 0.2778), (" ", 0.3333),
        ("!", -0.1667), ("thinspace", 0.1667), ("medspace", 0.2222), ("thickspace", 0.2778),
        ("negthinspace", -0.1667), ("negmedspace", -0.2222), ("negthickspace", -0.2778),
        ("enspace", 0.5), ("quad", 1), ("qquad", 2),
    ]

    private static let accentNames: [String] = [
        "hat", "check", "tilde", "acute", "grave", "dot", "ddot", "breve", "bar", "vec",
        "mathring", "widehat", "widetilde", "overline", "overrightarrow", "overleftarrow",
        "underline", "overbrace", "underbrace",
    ]

    private static let fontNames: [String] = [
        "mathrm", "mathit", "mathbf", "boldsymbol", "bm", "mathbb", "mathcal", "mathscr",
        "mathfrak", "mathsf", "mathtt",
    ]

    private static let textNames: [String] = [
        "text", "textrm", "textnormal", "textup", "mbox", "textbf", "textit", "emph", "textsf", "texttt",
    ]

    private static let bigSizes: [(String, String)] = [
        ("big", "1.2em"), ("Big", "1.8em"), ("bigg", "2.4em"), ("Bigg", "3em"),
    ]
}
