import Foundation
import Testing
import TeXMath

/// Output is stable byte for byte, and deep but legal input renders without trouble.
@Suite struct RobustnessTests {
    static let complexInput = """
        \\begin{aligned} \\mathrm{PE}_{(p, 2i)} &= \\sin\\left( \\frac{p}{10000^{2i/d}} \\right) \\\\
        \\operatorname{Attn}(Q,K,V) &= \\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V
        \\end{aligned} \\tag{1}
        """

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let first = try MathRenderer.render(Self.complexInput, display: true)
        let second = try MathRenderer.render(Self.complexInput, display: true)
        #expect(Array(first.mathML.utf8) == Array(second.mathML.utf8))
        #expect(first == second)
    }

    /// Attributes come out sorted, so dictionary order can never leak into the output.
    @Test func attributesAreSorted() throws {
        let mathML = try MathRenderer.render("\\bigl( \\left\\| x \\right\\| \\sum\\limits_i", display: false).mathML
        #expect(mathML.contains("<mo form=\"prefix\" maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\" symmetric=\"true\">(</mo>"))
        #expect(mathML.contains("<mo movablelimits=\"false\">∑</mo>"))
    }

    @Test func displayAndInlineDiffer() throws {
        let display = try MathRenderer.render("x", display: true).mathML
        let inline = try MathRenderer.render("x", display: false).mathML
        #expect(display.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
        #expect(inline.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\">"))
    }

    /// Nesting deeper than any real formula still renders, along every recursive path.
    @Test(arguments: [
        ("{", "}"), ("\\frac{", "}{y}"), ("\\sqrt{", "}"), ("\\left(", "\\right)"), ("x^{", "}"),
        ("\\mathbf{", "}"), ("\\hat{", "}"), ("\\begin{pmatrix}", "\\end{pmatrix}"),
        ("\\text{$", "$}"), ("\\textbf{\\textit{", "}}"),
    ])
    func deepLegalNestingRenders(_ open: String, _ close: String) throws {
        let depth = 10
        let tex = String(repeating: open, count: depth) + "x" + String(repeating: close, count: depth)
        let mathML = try MathRenderer.render(tex, display: true).mathML
        #expect(XMLTagBalance.problem(in: mathML) == nil)
    }

    /// On the 512 KiB stack of a secondary thread (the macOS default), 1,000 repetitions of each
    /// pattern either render (a deep formula moves to a thread of its own) or, past the
    /// 1,000-level limit, fail with the nesting error; an overflow would crash the run.
    @Test func deepestRecursionFitsInASmallThreadStack() async {
        let patterns: [(String, String)] = [
            ("{", "}"), ("\\frac{", "}{y}"), ("\\sqrt{", "}"), ("\\left(", "\\right)"), ("x^{", "}"),
            ("\\mathbf{", "}"), ("\\hat ", ""), ("\\frac1", ""), ("\\begin{pmatrix}", "\\end{pmatrix}"),
            ("\\text{$", "$}"), ("\\textbf{", "}"), ("\\sqrt[", "]{x}"), ("\\left(\\text{$", "$}\\right)"),
        ]
        let inputs = patterns.map { open, close in
            String(repeating: open, count: 1000) + "x" + String(repeating: close, count: 1000)
        }
        let failures = await withCheckedContinuation { (continuation: CheckedContinuation<[String], Never>) in
            let thread = Thread {
                var failures: [String] = []
                for tex in inputs {
                    do throws(MathError) {
                        // Release builds have small frames and may render all of it.
                        _ = try MathRenderer.render(tex, display: true)
                    } catch {
                        if !error.message.contains("nested too deeply") {
                            failures.append("\(tex.prefix(20))…: \(error.message)")
                        }
                    }
                }
                continuation.resume(returning: failures)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(failures.isEmpty, "\(failures)")
    }
}
