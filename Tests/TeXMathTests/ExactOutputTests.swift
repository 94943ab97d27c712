import Testing
import TeXMath

/// Byte-exact MathML for the expressions the course leans on most.
@Suite struct ExactOutputTests {
    /// The fixed wrapper around every rendering, spelled out once in `fullDocumentForSquare`.
    static func document(_ body: String, tex: String, display: Bool) -> String {
        let escaped = tex
            .replacing("&", with: "&amp;").replacing("<", with: "&lt;")
            .replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
        return "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\">"
            + "<semantics><mrow>\(body)</mrow>"
            + "<annotation encoding=\"application/x-tex\">\(escaped)</annotation></semantics></math>"
    }

    @Test func fullDocumentForSquare() throws {
        let rendered = try MathRenderer.render("x^2", display: false)
        #expect(rendered.mathML == """
            <math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><semantics><mrow>\
            <msup><mi>x</mi><mn>2</mn></msup></mrow>\
            <annotation encoding="application/x-tex">x^2</annotation></semantics></math>
            """)
        #expect(rendered.tag == nil)
    }

    /// An operator inside a script, where TeX (and so the renderer) drops its side spaces.
    static func tight(_ glyph: String) -> String {
        "<mo lspace=\"0em\" rspace=\"0em\">\(glyph)</mo>"
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let tex: String
        let display: Bool
        let body: String
        var testDescription: String { "\(display ? "display" : "inline"): \(tex)" }
    }

    static let cases: [Case] = [
        Case(tex: "\\frac{a}{b}", display: false, body: "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
        Case(
            tex: "\\theta_i = 10000^{-2i/d}", display: false,
            body: "<msub><mi>θ</mi><mi>i</mi></msub><mo>=</mo><msup><mn>10000</mn><mrow><mo>−</mo><mn>2</mn>"
                + "<mi>i</mi><mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">/</mo><mi>d</mi></mrow></msup>"),
        Case(
            tex: "\\begin{pmatrix} \\cos m\\theta & -\\sin m\\theta \\\\ \\sin m\\theta & \\cos m\\theta \\end{pmatrix}",
            display: true,
            body: "<mrow><mo form=\"prefix\" stretchy=\"true\">(</mo><mtable>"
                + "<mtr><mtd><mi>cos</mi><mspace width=\"0.1667em\"/><mi>m</mi><mi>θ</mi></mtd>"
                + "<mtd><mo>−</mo><mspace width=\"0.1667em\"/><mi>sin</mi><mspace width=\"0.1667em\"/><mi>m</mi><mi>θ</mi></mtd></mtr>"
                + "<mtr><mtd><mi>sin</mi><mspace width=\"0.1667em\"/><mi>m</mi><mi>θ</mi></mtd>"
                + "<mtd><mi>cos</mi><mspace width=\"0.1667em\"/><mi>m</mi><mi>θ</mi></mtd></mtr>"
                + "</mtable><mo form=\"postfix\" stretchy=\"true\">)</mo></mrow>"),
        Case(
            tex: "\\sum_{i=0}^{d/2-1}", display: true,
            body: "<munderover><mo>∑</mo><mrow><mi>i</mi>\(tight("="))<mn>0</mn></mrow><mrow><mi>d</mi>"
                + "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">/</mo><mn>2</mn>\(tight("−"))<mn>1</mn></mrow></munderover>"),
        Case(
            tex: "\\sum_{i=0}^{d/2-1}", display: false,
            body: "<msubsup><mo>∑</mo><mrow><mi>i</mi>\(tight("="))<mn>0</mn></mrow><mrow><mi>d</mi>"
                + "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">/</mo><mn>2</mn>\(tight("−"))<mn>1</mn></mrow></msubsup>"),
        Case(
            tex: "\\left( \\frac{1}{2} \\right)", display: false,
            body: "<mrow><mo form=\"prefix\" stretchy=\"true\">(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac>"
                + "<mo form=\"postfix\" stretchy=\"true\">)</mo></mrow>"),
        Case(
            tex: "\\mathbf{q}_m^\\top \\mathbf{k}_n", display: false,
            body: "<msubsup><mi>𝐪</mi><mi>m</mi><mi>⊤</mi></msubsup><msub><mi>𝐤</mi><mi>n</mi></msub>"),
        Case(tex: "\\text{if } x", display: false, body: "<mtext>if\u{A0}</mtext><mi>x</mi>"),
        // Limits of \lim go below in display, beside inline; thin space before the argument.
        Case(
            tex: "\\lim_{n\\to\\infty} a_n", display: true,
            body: "<munder><mi>lim</mi><mrow><mi>n</mi>\(tight("→"))<mi>∞</mi></mrow></munder>"
                + "<mspace width=\"0.1667em\"/><msub><mi>a</mi><mi>n</mi></msub>"),
        Case(
            tex: "\\lim_{n\\to\\infty} a_n", display: false,
            body: "<msub><mi>lim</mi><mrow><mi>n</mi>\(tight("→"))<mi>∞</mi></mrow></msub>"
                + "<mspace width=\"0.1667em\"/><msub><mi>a</mi><mi>n</mi></msub>"),
        // A minus after a relation is a sign: MathML would otherwise space it as subtraction.
        Case(tex: "a = -b", display: false, body: "<mi>a</mi><mo>=</mo><mo form=\"prefix\">−</mo><mi>b</mi>"),
        Case(tex: "a - b", display: false, body: "<mi>a</mi><mo>−</mo><mi>b</mi>"),
        Case(tex: "f'(x)", display: false,
             body: "<mrow><mi>f</mi><mo>′</mo></mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>"),
        Case(tex: "x''^2", display: false, body: "<msup><mrow><mi>x</mi><mo>″</mo></mrow><mn>2</mn></msup>"),
        Case(tex: "\\operatorname{softmax}(z)", display: false,
             body: "<mi>softmax</mi><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>"),
        Case(tex: "\\mathbb{R}^{d}", display: false, body: "<msup><mi>ℝ</mi><mi>d</mi></msup>"),
        Case(tex: "\\mathcal{L} + \\boldsymbol{\\theta}", display: false, body: "<mi>ℒ</mi><mo>+</mo><mi>𝜽</mi>"),
        Case(tex: "\\mathrm{d}x", display: false, body: "<mi mathvariant=\"normal\">d</mi><mi>x</mi>"),
        Case(tex: "\\Sigma\\sigma", display: false, body: "<mi mathvariant=\"normal\">Σ</mi><mi>σ</mi>"),
        Case(tex: "\\sqrt[n]{x}", display: false, body: "<mroot><mi>x</mi><mi>n</mi></mroot>"),
        Case(tex: "\\frac{q k^\\top}{\\sqrt{d}}", display: true,
             body: "<mfrac><mrow><mi>q</mi><msup><mi>k</mi><mi>⊤</mi></msup></mrow><msqrt><mi>d</mi></msqrt></mfrac>"),
        Case(tex: "\\hat{x}", display: false,
             body: "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">ˆ</mo></mover>"),
        Case(tex: "\\|x\\|", display: false,
             body: "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo><mi>x</mi>"
                + "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo>"),
        Case(tex: "\\lfloor x \\rfloor", display: false,
             body: "<mo stretchy=\"false\">⌊</mo><mi>x</mi><mo stretchy=\"false\">⌋</mo>"),
        Case(tex: "a\\quad b\\,c\\!d", display: false,
             body: "<mi>a</mi><mspace width=\"1em\"/><mi>b</mi><mspace width=\"0.1667em\"/><mi>c</mi>"
                + "<mspace style=\"margin-left:-0.1667em\"/><mi>d</mi>"),
        Case(tex: "\\dfrac{a}{b}", display: false, body: "<mfrac displaystyle=\"true\"><mi>a</mi><mi>b</mi></mfrac>"),
        Case(tex: "\\sum\\limits_i", display: false, body: "<munder><mo movablelimits=\"false\">∑</mo><mi>i</mi></munder>"),
        Case(tex: "\\int_0^1", display: true, body: "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>"),
        Case(tex: "\\overbrace{a+b}^{n}", display: false,
             body: "<mover><mover><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>"),
        Case(
            tex: "\\begin{cases} 1 & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}", display: true,
            body: "<mrow><mo form=\"prefix\" stretchy=\"true\">{</mo><mtable>"
                + "<mtr><mtd style=\"text-align:left\"><mn>1</mn></mtd>"
                + "<mtd style=\"padding-left:1em;text-align:left\"><mtext>if\u{A0}</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr>"
                + "<mtr><mtd style=\"text-align:left\"><mn>0</mn></mtd>"
                + "<mtd style=\"padding-left:1em;text-align:left\"><mtext>otherwise</mtext></mtd></mtr>"
                + "</mtable></mrow>"),
        Case(
            tex: "\\begin{aligned} a &= b \\\\ &+ c \\end{aligned}", display: true,
            body: "<mtable displaystyle=\"true\">"
                + "<mtr><mtd style=\"padding-left:0;padding-right:0;text-align:right\"><mi>a</mi></mtd>"
                + "<mtd style=\"padding-left:0;padding-right:0;text-align:left\"><mo>=</mo><mi>b</mi></mtd></mtr>"
                + "<mtr><mtd style=\"padding-left:0;padding-right:0;text-align:right\"></mtd>"
                + "<mtd style=\"padding-left:0;padding-right:0;text-align:left\"><mo form=\"infix\">+</mo><mi>c</mi></mtd></mtr>"
                + "</mtable>"),
    ]

    @Test(arguments: cases)
    func rendersExactly(_ example: Case) throws {
        let rendered = try MathRenderer.render(example.tex, display: example.display)
        #expect(rendered.mathML == Self.document(example.body, tex: example.tex, display: example.display))
    }

    @Test func tagIsReturnedAndLeftOutOfTheMathML() throws {
        let rendered = try MathRenderer.render("E = mc^2 \\tag{3.1}", display: true)
        #expect(rendered.tag == "3.1")
        #expect(rendered.mathML == Self.document(
            "<mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup>",
            tex: "E = mc^2 \\tag{3.1}", display: true))
    }

    @Test func labelIsIgnored() throws {
        let rendered = try MathRenderer.render("x \\label{eq:x}", display: true)
        #expect(rendered.mathML.contains("<mrow><mi>x</mi></mrow>"))
        #expect(!rendered.mathML.contains("eq:x</m"))
    }

    @Test func escapesTextAndAnnotation() throws {
        let tex = "a < b \\text{ \\& \"q\" }"
        let rendered = try MathRenderer.render(tex, display: false)
        #expect(rendered.mathML == Self.document(
            "<mi>a</mi><mo>&lt;</mo><mi>b</mi><mtext>\u{A0}&amp; &quot;q&quot;\u{A0}</mtext>", tex: tex, display: false))
    }

    @Test func annotationDropsSurroundingBlankLines() throws {
        let rendered = try MathRenderer.render("\n  x\n", display: true)
        #expect(rendered.mathML.hasSuffix("<annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"))
    }
}
