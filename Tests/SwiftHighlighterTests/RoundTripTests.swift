import Testing
import SwiftHighlighter

/// Highlighting must never change the code: tokens tile the source and the HTML shows it verbatim.
@Suite("Round trip over the corpus")
struct RoundTripTests {
    @Test(arguments: SwiftCorpus.snippets.map(\.name))
    func tokensTileTheSource(_ name: String) throws {
        let source = try #require(SwiftCorpus.snippets.first { $0.name == name }).source
        let problem = tilingProblem(SwiftHighlighter.tokens(in: source), of: source)
        #expect(problem == nil)
    }

    @Test(arguments: SwiftCorpus.snippets.map(\.name))
    func htmlShowsTheSourceVerbatim(_ name: String) throws {
        let source = try #require(SwiftCorpus.snippets.first { $0.name == name }).source
        let shown = visibleText(ofHTML: SwiftHighlighter.html(for: source))
        #expect(shown.utf8.elementsEqual(source.utf8))
    }

    /// Guards the corpus itself: every highlighted kind should be exercised somewhere.
    @Test func corpusExercisesEveryKind() {
        let kinds = Set(SwiftCorpus.snippets.flatMap { SwiftHighlighter.tokens(in: $0.source).map(\.kind) })
        #expect(kinds == Set(TokenKind.allCases))
    }

    @Test func spotChecksOnTheCorpus() throws {
        let schedule = try #require(SwiftCorpus.snippets.first { $0.name == "schedule" }).source
        let tokens = SwiftHighlighter.tokens(in: schedule)
        func kind(of text: String) -> TokenKind? { tokens.first { $0.text == text }?.kind }
        #expect(kind(of: "10_000.0") == .number)
        #expect(kind(of: "func") == .keyword)
        #expect(kind(of: "Double") == .type)
        #expect(kind(of: "learningRate") == .identifier)
        #expect(tokens.first?.kind == .comment)
    }
}
