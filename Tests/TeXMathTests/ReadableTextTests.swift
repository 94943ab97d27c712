import TeXMath
import Testing

/// Math as the characters a reader sees and types, for titles and search (issue 10, item 3).
@Suite struct ReadableTextTests {
    @Test(arguments: [
        ("\\theta_i = 10000^{-2i/d}", "θ_i = 10000^(−2i/d)"),
        ("q_m \\cdot k_n = q^\\top R((n - m)\\theta) k", "q_m ⋅ k_n = qᵀR((n − m)θ)k"),
        ("O(d^2)", "O(d²)"),
        ("W^{UK}", "W^(UK)"),
        ("x_1, x_2", "x₁, x₂"),
        ("\\frac{1}{\\sqrt{d}}", "1/√d"),
        ("\\|PE(p)\\|^2 = d/2", "‖PE(p)‖² = d/2"),
        ("\\operatorname{softmax}(x)", "softmax(x)"),
        ("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "([a, b; c, d])"),
    ])
    func readableText(tex: String, expected: String) throws {
        let actual = try MathRenderer.render(tex, display: false).readableText
        #expect(actual == expected, "got \(actual)")
    }
}
