import Foundation
import Testing
import TeXMath

/// Input size alone never makes rendering slow: long runs of every kind of token render in
/// time linear in their length. Each case is 200,000 bytes or more and must render (or fail)
/// within a few seconds even in a debug build; a quadratic step would take minutes.
@Suite struct LinearTimeTests {
    static let size = 200_000

    @Test(arguments: [
        ("letters", String(repeating: "x", count: size)),
        ("digits", String(repeating: "9", count: size)),
        ("decimal", "0." + String(repeating: "5", count: size)),
        ("text", "\\text{" + String(repeating: "a", count: size) + "}"),
        ("text words", "\\text{" + String(repeating: "ab ", count: size / 3) + "}"),
        ("text styles", "\\text{" + String(repeating: "a\\textbf{b}", count: size / 11) + "}"),
        ("roman word", "\\mathrm{" + String(repeating: "a", count: size) + "}"),
        ("primes", "x" + String(repeating: "'", count: size)),
        ("style switches", String(repeating: "\\displaystyle x", count: size / 15)),
        ("matrix cells", "\\begin{matrix}" + String(repeating: "a&", count: size / 2) + "b\\end{matrix}"),
        ("matrix rows", "\\begin{matrix}" + String(repeating: "a\\\\", count: size / 3) + "\\end{matrix}"),
        ("commands", String(repeating: "\\alpha", count: size / 6)),
        ("scripts", String(repeating: "x_1^2", count: size / 5)),
        ("tag", "\\tag{" + String(repeating: "1", count: size) + "}"),
        ("comment", "x%" + String(repeating: "c", count: size)),
        ("whitespace", "x" + String(repeating: " \n", count: size / 2) + "y"),
        ("middle", "\\left(" + String(repeating: "a\\middle|", count: size / 9) + "\\right)"),
        ("unknown command", "x" + String(repeating: "y", count: size) + "\\nosuchcommand"),
        ("unclosed brace", String(repeating: "x", count: size) + "{"),
        ("bad environment end", "\\begin{matrix}" + String(repeating: "a", count: size) + "\\end{" + String(repeating: "b", count: size) + "}"),
    ])
    func longInputRendersQuickly(_ name: String, _ tex: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = try? MathRenderer.render(tex, display: true) }
        #expect(elapsed < .seconds(10), "\(name): \(elapsed)")
    }
}
