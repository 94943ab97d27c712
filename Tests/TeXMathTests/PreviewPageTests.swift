import Foundation
import Testing
import TeXMath

/// The course's representative equations: each must render and be well-formed. With
/// `TEXMATH_PREVIEW=/path/page.html` set, the test also writes them as a page to look at in
/// a browser (how the renderer was checked against Chromium).
@Suite struct PreviewPageTests {
    static let displayEquations: [String] = [
        "R_{\\Theta,m} = \\begin{pmatrix} \\cos m\\theta & -\\sin m\\theta \\\\ \\sin m\\theta & \\cos m\\theta \\end{pmatrix} \\tag{1}",
        """
        R^d_{\\Theta,m} = \\begin{pmatrix}
        \\cos m\\theta_1 & -\\sin m\\theta_1 & 0 & 0 & \\cdots & 0 & 0 \\\\
        \\sin m\\theta_1 & \\cos m\\theta_1 & 0 & 0 & \\cdots & 0 & 0 \\\\
        0 & 0 & \\cos m\\theta_2 & -\\sin m\\theta_2 & \\cdots & 0 & 0 \\\\
        0 & 0 & \\sin m\\theta_2 & \\cos m\\theta_2 & \\cdots & 0 & 0 \\\\
        \\vdots & \\vdots & \\vdots & \\vdots & \\ddots & \\vdots & \\vdots \\\\
        0 & 0 & 0 & 0 & \\cdots & \\cos m\\theta_{d/2} & -\\sin m\\theta_{d/2} \\\\
        0 & 0 & 0 & 0 & \\cdots & \\sin m\\theta_{d/2} & \\cos m\\theta_{d/2}
        \\end{pmatrix} \\tag{2}
        """,
        """
        \\mathrm{PE}_{(p,i)} = \\begin{cases}
        \\sin\\left(\\dfrac{p}{10000^{i/d}}\\right) & \\text{if } i \\text{ is even} \\\\
        \\cos\\left(\\dfrac{p}{10000^{(i-1)/d}}\\right) & \\text{if } i \\text{ is odd}
        \\end{cases}
        """,
        "\\theta_i = 10000^{-2(i-1)/d}, \\quad i \\in \\{1, 2, \\ldots, d/2\\}",
        """
        b(n) = \\begin{cases} n & \\text{if } n < \\frac{B}{2} \\\\
        \\min\\left(B - 1,\\ \\frac{B}{2} + \\left\\lfloor \\frac{\\log\\left(n / \\frac{B}{2}\\right)}{\\log\\left(D / \\frac{B}{2}\\right)} \\cdot \\frac{B}{2} \\right\\rfloor\\right) & \\text{otherwise}
        \\end{cases}
        """,
        "\\operatorname{Attention}(Q, K, V) = \\operatorname{softmax}\\left( \\frac{Q K^\\top}{\\sqrt{d_k}} \\right) V \\tag{3}",
        "a_{m,n} = \\frac{\\exp\\left(\\frac{\\mathbf{q}_m^\\top \\mathbf{k}_n}{\\sqrt{d}}\\right)}{\\sum_{j=1}^{N} \\exp\\left(\\frac{\\mathbf{q}_m^\\top \\mathbf{k}_j}{\\sqrt{d}}\\right)}",
        "\\langle f_q(\\mathbf{x}_m, m), f_k(\\mathbf{x}_n, n) \\rangle = g(\\mathbf{x}_m, \\mathbf{x}_n, m - n)",
        """
        \\begin{aligned}
        \\mathbf{q}_m^\\top \\mathbf{k}_n &= \\left(R^d_{\\Theta,m} W_q \\mathbf{x}_m\\right)^\\top \\left(R^d_{\\Theta,n} W_k \\mathbf{x}_n\\right) \\\\
        &= \\mathbf{x}_m^\\top W_q^\\top R^d_{\\Theta,n-m} W_k \\mathbf{x}_n
        \\end{aligned} \\tag{4}
        """,
        "\\sum_{i=0}^{d/2-1} \\left\\| \\mathbf{x}_{[2i:2i+1]} \\right\\|_2^2 = \\lim_{n \\to \\infty} \\max_{j} \\int_0^1 f_j(t)\\, dt",
        "\\operatorname{bin}(p) = \\sum_{k=0}^{K-1} b_k 2^k, \\qquad b_k \\in \\{0, 1\\}, \\quad p \\bmod 2^k \\ne 0",
        "\\hat{\\mathbf{y}} = \\operatorname*{arg\\,max}_{y \\in \\mathcal{Y}} P(y \\mid x), \\quad \\tilde{x} = \\bar{x} + \\vec{v} + \\dot{x} + \\widehat{xyz} + \\overline{AB}",
        "\\bigl( \\Bigl[ \\biggl\\{ \\Biggl\\langle x \\Biggr\\rangle \\biggr\\} \\Bigr] \\bigr) \\quad \\left| \\frac{a}{b} \\right| \\quad \\left\\langle \\frac{a}{b} \\middle| \\frac{c}{d} \\right\\rangle \\quad \\left. \\frac{df}{dx} \\right|_{x=0}",
        "\\mathbf{k}_t^{R} = \\operatorname{RoPE}\\left(W^{KR} \\mathbf{h}_t\\right), \\quad \\mathbf{c}_t^{KV} = W^{DKV} \\mathbf{h}_t \\in \\mathbb{R}^{d_c}, \\quad \\boldsymbol{\\theta} \\sim \\mathcal{N}(0, \\sigma^2 I)",
        "\\underbrace{x_1 + \\cdots + x_n}_{n \\text{ terms}} = \\overbrace{n \\cdot \\bar{x}}^{\\text{mean}}, \\quad \\binom{n}{k} = \\frac{n!}{k!\\,(n-k)!}, \\quad \\sqrt[3]{x} \\sqrt{x^2 + y^2}",
        "f'(x) + f''(x) = \\lceil x \\rceil - \\lfloor x \\rfloor, \\quad a \\equiv b \\pmod{n}, \\quad A \\otimes B \\oplus C \\odot D, \\quad \\nabla_\\theta \\mathcal{L} \\approx \\frac{\\partial \\mathcal{L}}{\\partial \\theta}",
        "\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix} \\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix} \\begin{Vmatrix} x \\end{Vmatrix} \\begin{Bmatrix} a \\end{Bmatrix} \\begin{array}{c|c} a & b \\\\ \\hline c & d \\end{array} \\begin{smallmatrix} a & b \\\\ c & d \\end{smallmatrix}",
    ]

    static let inlineParagraph: [(String, String)] = [
        ("Inline sums keep their limits beside: ", "\\sum_{i=0}^{d/2-1} \\theta_i"),
        (", fractions shrink: ", "\\frac{a}{b}"),
        (" versus ", "\\dfrac{a}{b}"),
        (", and frequencies decay as ", "\\theta_i = 10000^{-2i/d}"),
        (". The score ", "\\mathbf{q}_m^\\top \\mathbf{k}_n"),
        (" depends on ", "m - n"),
        (" only; ", "\\text{if } x > 0"),
        (" then ", "\\sin^2 x + \\cos^2 x = 1"),
        (".", ""),
    ]

    @Test(arguments: displayEquations)
    func displayEquationRenders(_ tex: String) throws {
        let rendered = try MathRenderer.render(tex, display: true)
        #expect(XMLTagBalance.problem(in: rendered.mathML) == nil)
    }

    @Test func writesPreviewPageWhenAsked() throws {
        var body = ""
        for tex in Self.displayEquations {
            let rendered = try MathRenderer.render(tex, display: true)
            let tag = rendered.tag.map { "<span class=\"tag\">(\($0))</span>" } ?? ""
            body += "<div class=\"equation\">\(rendered.mathML)\(tag)</div>\n"
        }
        body += "<p>"
        for (prose, tex) in Self.inlineParagraph {
            body += prose
            if !tex.isEmpty { body += try MathRenderer.render(tex, display: false).mathML }
        }
        body += "</p>\n"
        let page = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>TeXMath preview</title>
            <style>
            body { font-family: serif; font-size: 18px; margin: 16px 24px; }
            math { font-family: "Latin Modern Math", "STIX Two Math", math; }
            .equation { position: relative; margin: 6px 0; }
            .tag { position: absolute; right: 0; top: 50%; transform: translateY(-50%); }
            </style></head><body>
            \(body)</body></html>
            """
        #expect(XMLTagBalance.problem(in: body.components(separatedBy: "\n").first ?? "") == nil)
        if let path = ProcessInfo.processInfo.environment["TEXMATH_PREVIEW"] {
            try page.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
