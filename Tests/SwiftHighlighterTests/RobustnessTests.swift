import CourseTestSupport
import Testing
import SwiftHighlighter

/// Random input must never crash, hang or lose text.
@Suite("Robustness")
struct RobustnessTests {
    /// Fragments weighted towards the characters that switch lexer states.
    private static let fragments: [String] = [
        "\"", "\"\"\"", "#", "##", "\\", "\\(", "\\#(", "(", ")", "/", "*", "/*", "*/", "//", "\n", "\r\n", " ",
        "\t", "`", "@", "$", ".", "..", "0", "1", "x", "e", "p", "_", "-", "+", "0x", "0b", "1e", "é", "π", "🐶",
        "\u{301}", "\u{A0}", "\u{0}", "\u{7F}", "\u{2028}", "\u{FEFF}", "±", "'", "let", "in", "Self", "some", ":",
        ",", "{", "}", "[", "]", "#if", "<", ">", "&", "?", "!",
    ]

    @Test(arguments: 0..<8)
    func fragmentSoup(batch: Int) {
        for index in 0..<250 {
            let seed = UInt64(batch) << 32 | UInt64(index)
            var generator = SeededGenerator(seed: seed)
            let length = Int.random(in: 0...120, using: &generator)
            let source = (0..<length).map { _ in Self.fragments.randomElement(using: &generator)! }.joined()
            checkRoundTrip(source, seed: seed)
        }
    }

    @Test(arguments: 0..<4)
    func byteSoup(batch: Int) {
        for index in 0..<250 {
            let seed = 0xB17E_0000_0000 | UInt64(batch) << 16 | UInt64(index)
            var generator = SeededGenerator(seed: seed)
            let length = Int.random(in: 0...200, using: &generator)
            // Arbitrary bytes, repaired into valid UTF-8 the way any String would be.
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            checkRoundTrip(String(decoding: bytes, as: UTF8.self), seed: seed)
        }
    }

    /// Deep nesting and long runs, named so that test logs stay short.
    private static let pathologicalInputs: [String: String] = [
        "nested interpolations": String(repeating: "\"\\(", count: 50_000),
        "nested raw interpolations": String(repeating: "#\"\\#(", count: 20_000),
        "unclosed nested comments": String(repeating: "/*", count: 50_000),
        "open parentheses": String(repeating: "((", count: 50_000),
        "triple quotes": String(repeating: "\"\"\"", count: 10_001),
        "backticks": String(repeating: "`", count: 10_001),
    ]

    @Test(arguments: pathologicalInputs.keys.sorted())
    func pathologicalNesting(_ name: String) throws {
        checkRoundTrip(try #require(Self.pathologicalInputs[name]), seed: nil)
    }

    private func checkRoundTrip(_ source: String, seed: UInt64?) {
        let context = "seed \(seed.map(String.init) ?? "none"), input \(source.prefix(300).debugDescription)"
        let problem = tilingProblem(SwiftHighlighter.tokens(in: source), of: source)
        #expect(problem == nil, Comment(rawValue: context))
        let shown = visibleText(ofHTML: SwiftHighlighter.html(for: source))
        #expect(shown.utf8.elementsEqual(source.utf8), Comment(rawValue: context))
    }
}
