import Foundation
import Testing
import TeXMath

/// The nesting limit (`TeXParser.maxNestingDepth`, 1,000 levels): every recursive path renders
/// right up to it, in any build and on any thread, and one level more is an error at the
/// token that went too deep.
@Suite struct NestingLimitTests {
    /// One level each: an opening, what goes in the middle, and the closing.
    static let patterns: [(open: String, close: String)] = [
        ("{", "}"), ("\\frac{", "}{y}"), ("\\sqrt{", "}"), ("\\left(", "\\right)"), ("x^{", "}"),
        ("\\mathbf{", "}"), ("\\hat ", ""), ("\\frac1", ""), ("\\begin{pmatrix}", "\\end{pmatrix}"),
        ("\\textbf{", "}"), ("\\sqrt[", "]{x}"), ("\\overset{a}", ""), ("\\pmod ", ""),
    ]

    static func nested(_ pattern: (open: String, close: String), depth: Int) -> String {
        String(repeating: pattern.open, count: depth) + "x" + String(repeating: pattern.close, count: depth)
    }

    @Test(arguments: patterns.indices)
    func thousandLevelsRender(_ index: Int) throws {
        let tex = Self.nested(Self.patterns[index], depth: 1000)
        let mathML = try MathRenderer.render(tex, display: true).mathML
        #expect(XMLTagBalance.problem(in: mathML) == nil)
    }

    @Test(arguments: patterns.indices)
    func oneLevelMoreIsAnErrorAtTheDeepestOpening(_ index: Int) {
        let pattern = Self.patterns[index]
        let tex = Self.nested(pattern, depth: 1001)
        #expect {
            try MathRenderer.render(tex, display: true)
        } throws: { error in
            guard let error = error as? MathError else { return false }
            // The error stands inside the 1,001st opening or right after it.
            let deepest = 1000 * pattern.open.utf8.count
            return error.message.contains("nested too deeply (more than 1000 levels")
                && error.line == 1 && error.column > deepest && error.column <= deepest + pattern.open.utf8.count + 1
        }
    }

    /// `$…$` inside `\text` opens two levels (the text and the math in it).
    @Test func mathInTextCountsTwoLevels() throws {
        _ = try MathRenderer.render(Self.nested(("\\text{$", "$}"), depth: 500), display: false)
        #expect(throws: MathError.self) {
            try MathRenderer.render(Self.nested(("\\text{$", "$}"), depth: 501), display: false)
        }
    }

    /// The limit holds on a thread with a small stack (512 KiB, the macOS default for secondary
    /// threads): deep formulas move to a thread of their own instead of overflowing this one.
    @Test func theLimitDoesNotDependOnTheCallersStack() async {
        let results = await withCheckedContinuation { (continuation: CheckedContinuation<[Bool], Never>) in
            let thread = Thread {
                let results = Self.patterns.map { pattern in
                    (try? MathRenderer.render(Self.nested(pattern, depth: 1000), display: true)) != nil
                }
                continuation.resume(returning: results)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(results == Array(repeating: true, count: Self.patterns.count))
    }

    /// Unclosed nesting far past the limit fails at the limit, without reading the rest first.
    @Test(arguments: ["{", "\\left(", "\\begin{matrix}", "\\sqrt[", "x^{", "\\text{\\textit{"])
    func unclosedDeepNestingIsAnError(_ open: String) {
        let tex = String(repeating: open, count: 50_000)
        #expect(throws: MathError.self) { try MathRenderer.render(tex, display: true) }
    }
}
