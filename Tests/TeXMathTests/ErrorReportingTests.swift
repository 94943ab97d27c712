import Testing
import TeXMath

/// Malformed TeX fails with a message that says what to do, at the offending token.
@Suite struct ErrorReportingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let tex: String
        let display: Bool
        let message: String
        let line: Int
        let column: Int

        init(_ tex: String, display: Bool = false, _ message: String, line: Int = 1, column: Int) {
            self.tex = tex
            self.display = display
            self.message = message
            self.line = line
            self.column = column
        }

        var testDescription: String { tex.isEmpty ? "(empty)" : tex }
    }

    static let cases: [Case] = [
        Case("\\foo", "unknown command '\\foo'; check the spelling or see AUTHORING.md", column: 1),
        Case("x + \\foo", "unknown command '\\foo'", column: 5),
        Case("a\n  \\foo", "unknown command '\\foo'", line: 2, column: 3),
        // Columns count UTF-8 bytes: θ is two bytes.
        Case("θ + \\foo", "unknown command '\\foo'", column: 6),
        Case("x\r\n\\foo", "unknown command '\\foo'", line: 2, column: 1),
        Case("\\begin{foo} a \\end{foo}", "unknown environment 'foo'; use one of", column: 8),
        Case("\\begin{pmatrix} a \\end{bmatrix}", "'\\end{bmatrix}' does not match '\\begin{pmatrix}' on line 1", column: 19),
        Case("\\begin{pmatrix} a", "'\\begin{pmatrix}' is never closed; add \\end{pmatrix}", column: 1),
        Case("a \\end{pmatrix}", "'\\end{pmatrix}' has no matching '\\begin{pmatrix}'", column: 3),
        Case("\\begin a", "missing environment name after '\\begin'", column: 1),
        Case("{a", "unclosed '{'; add a matching '}'", column: 1),
        Case("x^{a", "unclosed '{'", column: 3),
        Case("\\frac{a}{b", "unclosed '{'", column: 9),
        Case("a}", "unmatched '}'; remove it", column: 2),
        Case("\\left( a", "'\\left' has no matching '\\right'", column: 1),
        Case("\\left( a }", "'\\left' has no matching '\\right'", column: 1),
        Case("\\begin{matrix} \\left( a & b \\right) \\end{matrix}", "'\\left' has no matching '\\right'", column: 16),
        Case("a \\right)", "'\\right' has no matching '\\left'", column: 3),
        Case("a \\middle| b", "'\\middle' must stand between '\\left' and '\\right'", column: 3),
        Case("\\left x \\right)", "'x' is not a delimiter for '\\left'", column: 7),
        Case("\\left", "missing delimiter after '\\left'", column: 1),
        Case("\\frac{a}", "missing argument for '\\frac'; write \\frac{numerator}{denominator}", column: 1),
        Case("\\frac{a}}", "missing argument for '\\frac'", column: 1),
        Case("\\sqrt", "missing argument for '\\sqrt'", column: 1),
        Case("\\sqrt[3{x}", "unclosed '[' in the optional argument of '\\sqrt'", column: 6),
        Case("\\mathbf", "missing argument for '\\mathbf'", column: 1),
        Case("\\hat", "missing argument for '\\hat'", column: 1),
        Case("\\text", "missing argument for '\\text'", column: 1),
        Case("\\operatorname", "missing argument for '\\operatorname'", column: 1),
        Case("x^", "'^' has nothing to attach; write x^{2} or x^2", column: 2),
        Case("x_", "'_' has nothing to attach; write x_{i} or x_i", column: 2),
        Case("x^}", "'^' has nothing to attach", column: 2),
        Case("x^_i", "'^' has nothing to attach", column: 2),
        Case("x^a^b", "double superscript", column: 4),
        Case("x_a_b", "double subscript", column: 4),
        Case("x^2'", "double superscript", column: 4),
        Case("\\tag{1} x", "'\\tag' only works in display math", column: 1),
        Case("x \\tag{1}\\tag{2}", display: true, "only one '\\tag' is allowed", column: 10),
        Case("x \\tag{ }", display: true, "empty '\\tag'", column: 3),
        Case("", "empty math expression", column: 1),
        Case("  \n ", "empty math expression", column: 1),
        Case("% just a comment", "empty math expression", column: 1),
        Case("a & b", "'&' only works directly inside an environment", column: 3),
        Case("a \\\\ b", "'\\\\' only works directly inside an environment", column: 3),
        Case("$x$", "unexpected '$' inside math", column: 1),
        Case("#", "'#' is reserved in TeX; write \\# for a hash sign", column: 1),
        Case("x\\", "lone '\\' at the end", column: 2),
        Case("x \\limits", "'\\limits' must follow an operator", column: 3),
        Case("x^\\displaystyle", "'\\displaystyle' cannot be used as an argument here", column: 3),
        Case("\\not", "'\\not' must be followed by a relation", column: 1),
        Case("\\begin{array} a \\end{array}", "'\\begin{array}' needs a column spec", column: 1),
        Case("\\begin{array}{cp} a \\end{array}", "unsupported column type 'p'", column: 16),
        Case("\\begin{array}{c} a & b \\end{array}", "more cells than the 1 column of the array spec", column: 20),
        Case("\\begin{matrix} a & \\hline b \\end{matrix}", "'\\hline' only works at the start of a row", column: 20),
        Case("\\text{\\alpha}", "'\\alpha' only works in math; inside \\text write $\\alpha$", column: 7),
        Case("\\text{\\nope}", "unknown command '\\nope'", column: 7),
        Case("\\text{a", "unclosed '{'", column: 6),
        Case("\\text{a_b}", "'_' does not work inside \\text; write \\_", column: 8),
        Case("\\text{$x}", "'$' inside \\text is never closed", column: 7),
        Case("\\text{$x", "'$' inside \\text is never closed", column: 7),
    ]

    @Test(arguments: cases)
    func reportsPositionAndAdvice(_ example: Case) {
        let error = #expect(throws: MathError.self) {
            try MathRenderer.render(example.tex, display: example.display)
        }
        #expect(error?.message.contains(example.message) == true, "message: \(error?.message ?? "none")")
        #expect(error?.line == example.line)
        #expect(error?.column == example.column)
    }

    @Test(arguments: cases)
    func messageIsOneLine(_ example: Case) {
        do {
            _ = try MathRenderer.render(example.tex, display: example.display)
            Issue.record("expected an error")
        } catch {
            #expect(!error.message.contains("\n"))
            #expect(error.message.contains(";"), "the message should say what to do after ';'")
        }
    }

    @Test func descriptionLeadsWithThePosition() {
        let error = MathError(message: "unknown command '\\foo'", line: 2, column: 7)
        #expect(error.description == "2:7: unknown command '\\foo'")
    }

    /// Nesting is capped at 1,000 levels so that hostile input cannot exhaust the stack; the
    /// error stands at the first token past the limit, in debug and release builds alike.
    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = 1001
        let tex = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
        let error = #expect(throws: MathError.self) { try MathRenderer.render(tex, display: false) }
        #expect(error?.message.hasPrefix("expression is nested too deeply (more than 1000 levels") == true)
        #expect(error?.line == 1)
        #expect(error?.column == 1002)
    }
}
