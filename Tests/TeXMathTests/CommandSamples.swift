import Testing

/// One usage of supported commands and a fragment its MathML must contain.
struct CommandSample: Sendable, CustomTestStringConvertible {
    /// The commands the sample exercises, separated by spaces (such as "lfloor rfloor").
    let command: String
    let tex: String
    let fragment: String
    let display: Bool

    init(_ command: String, _ tex: String, _ fragment: String, display: Bool = false) {
        self.command = command
        self.tex = tex
        self.fragment = fragment
        self.display = display
    }

    var testDescription: String { tex }

    var commands: [String] {
        // The control space `\ ` is the one command whose name is a space.
        command == " " ? [" "] : command.split(separator: " ").map(String.init)
    }
}

/// Every supported command with a sample use: AUTHORING.md's list, as a test table.
enum CommandSamples {
    static var all: [CommandSample] {
        letters + symbols + operators + delimiters + structures + fontsAndText + environments
    }

    /// `\name` alone renders as `<element>glyph</element>`.
    private static func glyphs(_ element: String, _ pairs: [(String, String)]) -> [CommandSample] {
        pairs.map { name, glyph in CommandSample(name, "\\" + name, "<\(element)>\(glyph)</\(element)>") }
    }

    static let letters: [CommandSample] = glyphs("mi", [
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
        ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
        ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"),
        ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"),
        ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"),
        ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
        ("varGamma", "Γ"), ("varDelta", "Δ"), ("varTheta", "Θ"), ("varLambda", "Λ"), ("varXi", "Ξ"),
        ("varPi", "Π"), ("varSigma", "Σ"), ("varUpsilon", "Υ"), ("varPhi", "Φ"), ("varPsi", "Ψ"),
        ("varOmega", "Ω"), ("ell", "ℓ"), ("partial", "∂"), ("imath", "ı"), ("jmath", "ȷ"), ("wp", "℘"),
        ("hbar", "ℏ"), ("Re", "ℜ"), ("Im", "ℑ"), ("aleph", "ℵ"), ("infty", "∞"), ("emptyset", "∅"),
        ("varnothing", "∅"), ("forall", "∀"), ("exists", "∃"), ("nexists", "∄"), ("neg", "¬"),
        ("lnot", "¬"), ("top", "⊤"), ("bot", "⊥"), ("intercal", "⊺"), ("angle", "∠"),
        ("triangle", "△"), ("ldots", "…"), ("dots", "…"), ("cdots", "⋯"), ("vdots", "⋮"),
        ("ddots", "⋱"), ("Box", "□"), ("square", "□"), ("checkmark", "✓"), ("dagger", "†"),
        ("ddagger", "‡"), ("%", "%"), ("#", "#"), ("&", "&amp;"), ("_", "_"), ("$", "$"),
    ]) + [
        // TeX sets capital Greek and \nabla upright, which single-letter <mi> needs spelled out.
        CommandSample("Gamma", "\\Gamma", "<mi mathvariant=\"normal\">Γ</mi>"),
        CommandSample("Delta", "\\Delta", "<mi mathvariant=\"normal\">Δ</mi>"),
        CommandSample("Theta", "\\Theta", "<mi mathvariant=\"normal\">Θ</mi>"),
        CommandSample("Lambda", "\\Lambda", "<mi mathvariant=\"normal\">Λ</mi>"),
        CommandSample("Xi", "\\Xi", "<mi mathvariant=\"normal\">Ξ</mi>"),
        CommandSample("Pi", "\\Pi", "<mi mathvariant=\"normal\">Π</mi>"),
        CommandSample("Sigma", "\\Sigma", "<mi mathvariant=\"normal\">Σ</mi>"),
        CommandSample("Upsilon", "\\Upsilon", "<mi mathvariant=\"normal\">Υ</mi>"),
        CommandSample("Phi", "\\Phi", "<mi mathvariant=\"normal\">Φ</mi>"),
        CommandSample("Psi", "\\Psi", "<mi mathvariant=\"normal\">Ψ</mi>"),
        CommandSample("Omega", "\\Omega", "<mi mathvariant=\"normal\">Ω</mi>"),
        CommandSample("nabla", "\\nabla", "<mi mathvariant=\"normal\">∇</mi>"),
    ]

    static let symbols: [CommandSample] = glyphs("mo", [
        ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"),
        ("star", "⋆"), ("circ", "∘"), ("bullet", "∙"), ("oplus", "⊕"), ("ominus", "⊖"),
        ("otimes", "⊗"), ("oslash", "⊘"), ("odot", "⊙"), ("cup", "∪"), ("cap", "∩"),
        ("sqcup", "⊔"), ("sqcap", "⊓"), ("uplus", "⊎"), ("wedge", "∧"), ("land", "∧"),
        ("vee", "∨"), ("lor", "∨"), ("setminus", "∖"), ("diamond", "⋄"), ("wr", "≀"),
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
        ("colon", ":"), ("prime", "′"),
    ]) + [
        CommandSample("implies", "\\implies", "<mo lspace=\"0.5556em\" rspace=\"0.5556em\">⟹</mo>"),
        CommandSample("impliedby", "\\impliedby", "<mo lspace=\"0.5556em\" rspace=\"0.5556em\">⟸</mo>"),
        CommandSample("iff", "\\iff", "<mo lspace=\"0.5556em\" rspace=\"0.5556em\">⟺</mo>"),
        CommandSample("slash", "\\slash", "<mo lspace=\"0em\" rspace=\"0em\">/</mo>"),
    ]

    static let operators: [CommandSample] = [
        "sum ∑", "prod ∏", "coprod ∐", "bigoplus ⨁", "bigotimes ⨂", "bigodot ⨀", "bigcup ⋃",
        "bigcap ⋂", "bigvee ⋁", "bigwedge ⋀", "biguplus ⨄", "bigsqcup ⨆",
    ].map { pair in
        let parts = pair.split(separator: " ").map(String.init)
        return CommandSample(parts[0], "\\\(parts[0])_i^n", "<munderover><mo>\(parts[1])</mo><mi>i</mi><mi>n</mi></munderover>", display: true)
    } + ["int ∫", "iint ∬", "iiint ∭", "oint ∮"].map { pair in
        let parts = pair.split(separator: " ").map(String.init)
        return CommandSample(parts[0], "\\\(parts[0])_0^1", "<msubsup><mo>\(parts[1])</mo><mn>0</mn><mn>1</mn></msubsup>", display: true)
    } + [
        "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "dim",
        "exp", "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh",
    ].map { name in
        CommandSample(name, "\\\(name) x", "<mi>\(name)</mi><mspace width=\"0.1667em\"/><mi>x</mi>")
    } + ["det", "gcd", "inf", "lim", "max", "min", "Pr", "sup"].map { name in
        CommandSample(name, "\\\(name)_{n} x", "<munder><mi>\(name)</mi><mi>n</mi></munder><mspace width=\"0.1667em\"/>", display: true)
    } + [
        CommandSample("liminf", "\\liminf_n", "<munder><mi>lim\u{2009}inf</mi><mi>n</mi></munder>", display: true),
        CommandSample("limsup", "\\limsup_n", "<munder><mi>lim\u{2009}sup</mi><mi>n</mi></munder>", display: true),
        CommandSample("limits", "\\int\\limits_0^1", "<munderover><mo movablelimits=\"false\">∫</mo>"),
        CommandSample("nolimits", "\\sum\\nolimits_i", "<msub><mo>∑</mo><mi>i</mi></msub>", display: true),
        CommandSample("operatorname", "\\operatorname{softmax} x", "<mi>softmax</mi><mspace width=\"0.1667em\"/><mi>x</mi>"),
        CommandSample("operatorname", "\\operatorname*{argmax}_i", "<munder><mi>argmax</mi><mi>i</mi></munder>", display: true),
        CommandSample("bmod", "a \\bmod b", "<mo lspace=\"0.2222em\" rspace=\"0.2222em\">mod</mo>"),
        CommandSample("pmod", "a \\pmod{n}", "<mspace width=\"1em\"/><mo stretchy=\"false\">(</mo><mi>mod</mi><mspace width=\"0.3333em\"/><mi>n</mi><mo stretchy=\"false\">)</mo>"),
        CommandSample("mod", "a \\mod{n}", "<mspace width=\"1em\"/><mi>mod</mi><mspace width=\"0.3333em\"/><mi>n</mi>"),
        CommandSample("not", "a \\not= b", "<mo>≠</mo>"),
        CommandSample("not", "a \\not\\in b", "<mo>∉</mo>"),
        CommandSample("not", "a \\not\\prec b", "<mo>⊀</mo>"),
        CommandSample("not", "a \\not\\vdash b", "<mo>⊢\u{0338}</mo>"),
    ]

    static let delimiters: [CommandSample] = [
        CommandSample("{ }", "\\{a\\}", "<mo stretchy=\"false\">{</mo><mi>a</mi><mo stretchy=\"false\">}</mo>"),
        CommandSample("lbrace rbrace", "\\lbrace a \\rbrace", "<mo stretchy=\"false\">{</mo><mi>a</mi><mo stretchy=\"false\">}</mo>"),
        CommandSample("lbrack rbrack", "\\lbrack a \\rbrack", "<mo stretchy=\"false\">[</mo><mi>a</mi><mo stretchy=\"false\">]</mo>"),
        CommandSample("langle", "\\langle q, k \\rangle", "<mo stretchy=\"false\">⟨</mo><mi>q</mi>"),
        CommandSample("rangle", "\\langle q, k \\rangle", "<mi>k</mi><mo stretchy=\"false\">⟩</mo>"),
        CommandSample("lfloor rfloor", "\\lfloor x \\rfloor", "<mo stretchy=\"false\">⌊</mo><mi>x</mi><mo stretchy=\"false\">⌋</mo>"),
        CommandSample("lceil rceil", "\\lceil x \\rceil", "<mo stretchy=\"false\">⌈</mo><mi>x</mi><mo stretchy=\"false\">⌉</mo>"),
        CommandSample("lvert rvert", "\\lvert x \\rvert", "<mo form=\"prefix\" stretchy=\"false\">|</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"false\">|</mo>"),
        CommandSample("lVert rVert", "\\lVert x \\rVert", "<mo form=\"prefix\" stretchy=\"false\">‖</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"false\">‖</mo>"),
        CommandSample("vert Vert", "\\vert x \\Vert", "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">|</mo><mi>x</mi><mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo>"),
        CommandSample("|", "\\|x\\|", "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo>"),
        CommandSample("backslash", "A \\backslash B", "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">\\</mo>"),
        CommandSample("left", "\\left( x \\right)", "<mrow><mo form=\"prefix\" stretchy=\"true\">(</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">)</mo></mrow>"),
        CommandSample("left", "\\left[ x \\right]", "<mo form=\"prefix\" stretchy=\"true\">[</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">]</mo>"),
        CommandSample("left", "\\left\\{ x \\right\\}", "<mo form=\"prefix\" stretchy=\"true\">{</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">}</mo>"),
        CommandSample("left", "\\left| x \\right|", "<mo form=\"prefix\" stretchy=\"true\">|</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">|</mo>"),
        CommandSample("left", "\\left\\| x \\right\\|", "<mo form=\"prefix\" stretchy=\"true\">‖</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">‖</mo>"),
        CommandSample("left", "\\left\\langle x \\right\\rangle", "<mo form=\"prefix\" stretchy=\"true\">⟨</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">⟩</mo>"),
        CommandSample("left", "\\left\\lfloor x \\right\\rfloor", "<mo form=\"prefix\" stretchy=\"true\">⌊</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">⌋</mo>"),
        CommandSample("left", "\\left\\lceil x \\right\\rceil", "<mo form=\"prefix\" stretchy=\"true\">⌈</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\">⌉</mo>"),
        CommandSample("right", "\\left. \\frac{a}{b} \\right|_{0}", "<msub><mrow><mfrac><mi>a</mi><mi>b</mi></mfrac><mo form=\"postfix\" stretchy=\"true\">|</mo></mrow><mn>0</mn></msub>"),
        CommandSample("middle", "\\left( a \\middle| b \\right)", "<mi>a</mi><mo stretchy=\"true\">|</mo><mi>b</mi>"),
        CommandSample("middle", "\\left\\{ x \\middle/ -y \\right\\}", "<mo stretchy=\"true\">/</mo><mo form=\"prefix\">−</mo><mi>y</mi>"),
    ] + [("big", "1.2em"), ("Big", "1.8em"), ("bigg", "2.4em"), ("Bigg", "3em")].flatMap { name, size in
        [
            CommandSample(name, "\\\(name)( x", "<mo lspace=\"0em\" maxsize=\"\(size)\" minsize=\"\(size)\" rspace=\"0em\" stretchy=\"true\" symmetric=\"true\">(</mo>"),
            CommandSample(name + "l", "\\\(name)l[ x", "<mo form=\"prefix\" maxsize=\"\(size)\" minsize=\"\(size)\" stretchy=\"true\" symmetric=\"true\">[</mo>"),
            CommandSample(name + "r", "x \\\(name)r\\rangle", "<mo form=\"postfix\" maxsize=\"\(size)\" minsize=\"\(size)\" stretchy=\"true\" symmetric=\"true\">⟩</mo>"),
            CommandSample(name + "m", "a \\\(name)m| b", "<mo lspace=\"0.2778em\" maxsize=\"\(size)\" minsize=\"\(size)\" rspace=\"0.2778em\" stretchy=\"true\" symmetric=\"true\">|</mo>"),
        ]
    }

    static let structures: [CommandSample] = [
        CommandSample("frac", "\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
        CommandSample("frac", "\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>"),
        CommandSample("dfrac", "\\dfrac{a}{b}", "<mfrac displaystyle=\"true\"><mi>a</mi><mi>b</mi></mfrac>"),
        CommandSample("cfrac", "\\cfrac{a}{b}", "<mfrac displaystyle=\"true\"><mi>a</mi><mi>b</mi></mfrac>"),
        CommandSample("tfrac", "\\tfrac{a}{b}", "<mfrac displaystyle=\"false\"><mi>a</mi><mi>b</mi></mfrac>"),
        CommandSample("binom", "\\binom{n}{k}", "<mrow><mo form=\"prefix\" stretchy=\"true\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo form=\"postfix\" stretchy=\"true\">)</mo></mrow>"),
        CommandSample("dbinom", "\\dbinom{n}{k}", "<mfrac displaystyle=\"true\" linethickness=\"0\">"),
        CommandSample("tbinom", "\\tbinom{n}{k}", "<mfrac displaystyle=\"false\" linethickness=\"0\">"),
        CommandSample("sqrt", "\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>"),
        CommandSample("sqrt", "\\sqrt[3]{x+1}", "<mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>3</mn></mroot>"),
        CommandSample("overset", "\\overset{\\text{def}}{=}", "<mover><mo>=</mo><mtext>def</mtext></mover>"),
        CommandSample("stackrel", "\\stackrel{?}{=}", "<mover><mo>=</mo><mo>?</mo></mover>"),
        CommandSample("underset", "\\underset{x}{\\arg\\max}", "<munder><mrow><mi>arg</mi><mspace width=\"0.1667em\"/><mi>max</mi></mrow><mi>x</mi></munder>"),
        CommandSample("displaystyle", "\\displaystyle \\sum_i", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><munder><mo>∑</mo><mi>i</mi></munder></mstyle>"),
        CommandSample("textstyle", "\\textstyle \\sum_i", "<mstyle displaystyle=\"false\" scriptlevel=\"0\"><msub><mo>∑</mo><mi>i</mi></msub></mstyle>", display: true),
        CommandSample("scriptstyle", "\\scriptstyle x", "<mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>x</mi></mstyle>"),
        CommandSample("scriptscriptstyle", "\\scriptscriptstyle x", "<mstyle displaystyle=\"false\" scriptlevel=\"2\"><mi>x</mi></mstyle>"),
        CommandSample("tag", "x \\tag{2}", "<mrow><mi>x</mi></mrow><annotation", display: true),
        CommandSample("label", "x \\label{eq:a}", "<mrow><mi>x</mi></mrow><annotation"),
        CommandSample("nonumber", "x \\nonumber", "<mrow><mi>x</mi></mrow><annotation"),
        CommandSample("notag", "x \\notag", "<mrow><mi>x</mi></mrow><annotation"),
        CommandSample("hline", "\\begin{array}{c} a \\\\ \\hline b \\end{array}", "<mtd style=\"border-top:0.06em solid\"><mi>b</mi></mtd>"),
    ] + [
        ("hat", "ˆ", false), ("check", "ˇ", false), ("tilde", "˜", false), ("acute", "´", false),
        ("grave", "`", false), ("dot", "˙", false), ("ddot", "¨", false), ("breve", "˘", false),
        ("bar", "¯", false), ("mathring", "˚", false), ("widehat", "\u{0302}", true),
        ("widetilde", "~", true), ("overrightarrow", "→", true), ("overleftarrow", "←", true),
    ].map { name, mark, stretchy in
        CommandSample(name, "\\\(name){x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"\(stretchy)\">\(mark)</mo></mover>")
    } + [
        CommandSample("vec", "\\vec{x}", "<mover accent=\"true\"><mi>x</mi><mo scriptlevel=\"+1\" stretchy=\"false\">→</mo></mover>"),
        CommandSample("overline", "\\overline{AB}", "<mrow style=\"border-top:0.06em solid;padding-top:0.1em\"><mrow><mi>A</mi><mi>B</mi></mrow></mrow>"),
        CommandSample("underline", "\\underline{x}", "<mrow style=\"border-bottom:0.06em solid;padding-bottom:0.1em\"><mi>x</mi></mrow>"),
        CommandSample("sum", "\\sum_{i=1, j<n}", "<mrow><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>1</mn><mo lspace=\"0em\" rspace=\"0em\">,</mo><mi>j</mi><mo lspace=\"0em\" rspace=\"0em\">&lt;</mo><mi>n</mi></mrow>"),
        CommandSample("frac", "\\frac{a+b}{2}", "<mrow><mi>a</mi><mo lspace=\"0em\" rspace=\"0em\">+</mo><mi>b</mi></mrow>"),
        CommandSample("frac", "\\frac{a+b}{2}", "<mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>", display: true),
        CommandSample("overbrace", "\\overbrace{x}^{n}", "<mover><mover><mi>x</mi><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>"),
        CommandSample("underbrace", "\\underbrace{x}_{n}", "<munder><munder><mi>x</mi><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder>"),
    ] + [
        (",", "0.1667em"), (":", "0.2222em"), (">", "0.2222em"), (";", "0.2778em"), (" ", "0.3333em"),
        ("thinspace", "0.1667em"), ("medspace", "0.2222em"), ("thickspace", "0.2778em"),
        ("enspace", "0.5em"), ("quad", "1em"), ("qquad", "2em"),
    ].map { name, width in
        CommandSample(name, "a\\\(name) b", "<mi>a</mi><mspace width=\"\(width)\"/><mi>b</mi>")
    } + [
        ("!", "-0.1667em"), ("negthinspace", "-0.1667em"), ("negmedspace", "-0.2222em"),
        ("negthickspace", "-0.2778em"),
    ].map { name, margin in
        CommandSample(name, "a\\\(name) b", "<mspace style=\"margin-left:\(margin)\"/>")
    }

    static let fontsAndText: [CommandSample] = [
        CommandSample("mathbf", "\\mathbf{W_q} \\mathbf{0}", "<msub><mi>𝐖</mi><mi>𝐪</mi></msub><mn>𝟎</mn>"),
        CommandSample("mathrm", "\\mathrm{ReLU}", "<mi>ReLU</mi>"),
        CommandSample("mathit", "\\mathit{Ax}", "<mi>𝐴𝑥</mi>"),
        CommandSample("mathbb", "\\mathbb{E} \\mathbb{R} \\mathbb{1}", "<mi>𝔼</mi><mi>ℝ</mi><mn>𝟙</mn>"),
        CommandSample("mathcal", "\\mathcal{O}", "<mi>𝒪</mi>"),
        CommandSample("mathscr", "\\mathscr{H}", "<mi>ℋ</mi>"),
        CommandSample("mathfrak", "\\mathfrak{g}", "<mi>𝔤</mi>"),
        CommandSample("mathsf", "\\mathsf{T}", "<mi>𝖳</mi>"),
        CommandSample("mathtt", "\\mathtt{x}", "<mi>𝚡</mi>"),
        CommandSample("boldsymbol", "\\boldsymbol{x\\Sigma}", "<mi>𝒙</mi><mi>𝚺</mi>"),
        CommandSample("bm", "\\bm{\\theta}", "<mi>𝜽</mi>"),
        CommandSample("text", "\\text{if } x", "<mtext>if\u{A0}</mtext>"),
        CommandSample("textrm", "\\textrm{a}", "<mtext>a</mtext>"),
        CommandSample("textnormal", "\\textnormal{a}", "<mtext>a</mtext>"),
        CommandSample("textup", "\\textup{a}", "<mtext>a</mtext>"),
        CommandSample("mbox", "\\mbox{a}", "<mtext>a</mtext>"),
        CommandSample("textbf", "\\textbf{a}", "<mtext style=\"font-weight:bold\">a</mtext>"),
        CommandSample("textit", "\\textit{a}", "<mtext style=\"font-style:italic\">a</mtext>"),
        CommandSample("emph", "\\emph{a}", "<mtext style=\"font-style:italic\">a</mtext>"),
        CommandSample("textsf", "\\textsf{a}", "<mtext style=\"font-family:sans-serif\">a</mtext>"),
        CommandSample("texttt", "\\texttt{a}", "<mtext style=\"font-family:monospace\">a</mtext>"),
        CommandSample("text", "\\text{for $i \\le n$, \\textbf{all}}", "<mtext>for\u{A0}</mtext><mrow><mi>i</mi><mo>≤</mo><mi>n</mi></mrow><mtext>,\u{A0}</mtext><mtext style=\"font-weight:bold\">all</mtext>"),
        CommandSample("text", "\\text{50\\% -- \\& \\{x\\}}", "<mtext>50% – &amp; {x}</mtext>"),
    ]

    static let environments: [CommandSample] = [
        ("matrix", "", ""), ("pmatrix", "(", ")"), ("bmatrix", "[", "]"), ("Bmatrix", "{", "}"),
        ("vmatrix", "|", "|"), ("Vmatrix", "‖", "‖"),
    ].map { name, open, close in
        let fencesOpen = open.isEmpty ? "" : "<mrow><mo form=\"prefix\" stretchy=\"true\">\(open)</mo>"
        let fencesClose = close.isEmpty ? "" : "<mo form=\"postfix\" stretchy=\"true\">\(close)</mo></mrow>"
        return CommandSample(
            "begin", "\\begin{\(name)} a & b \\\\ c & d \\end{\(name)}",
            fencesOpen + "<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
                + "<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>" + fencesClose)
    } + [
        CommandSample("begin", "\\begin{smallmatrix} a & b \\end{smallmatrix}", "<mtable scriptlevel=\"+1\"><mtr><mtd><mi>a</mi></mtd>"),
        CommandSample("begin", "\\begin{dcases} a & b \\end{dcases}", "<mo form=\"prefix\" stretchy=\"true\">{</mo><mtable displaystyle=\"true\">"),
        CommandSample("begin", "\\begin{align*} a &= b & c &= d \\end{align*}", "<mtd style=\"padding-left:2em;padding-right:0;text-align:right\"><mi>c</mi></mtd>", display: true),
        CommandSample("begin", "\\begin{split} a &= b \\end{split}", "<mtable displaystyle=\"true\"><mtr><mtd style=\"padding-left:0;padding-right:0;text-align:right\">", display: true),
        CommandSample("begin", "\\begin{gathered} a \\\\ b \\end{gathered}", "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"),
        CommandSample("begin", "\\begin{gather*} a \\\\[2pt] b \\\\ \\end{gather*}", "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"),
        CommandSample("begin", "\\begin{array}{|l|cr} a & b & c \\end{array}",
                      "<mtd style=\"border-left:0.06em solid;border-right:0.06em solid;text-align:left\"><mi>a</mi></mtd><mtd><mi>b</mi></mtd><mtd style=\"text-align:right\"><mi>c</mi></mtd>"),
        CommandSample("end", "\\begin{matrix} \\end{matrix}", "<mtable><mtr><mtd></mtd></mtr></mtable>"),
    ]
}
