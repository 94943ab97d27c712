/// Converts TeX math to MathML Core at build time, so pages need no JavaScript to show it.
///
/// The output is one `<math>` element holding a `<semantics>` pair: the MathML tree and the
/// original TeX as an `application/x-tex` annotation. Rendering is pure and deterministic:
/// the same input always gives the same bytes.
public enum MathRenderer {
    /// Renders one TeX math expression to a complete `<math>` element.
    ///
    /// - Parameters:
    ///   - tex: The TeX source without its delimiters (no surrounding `$` or `$$`).
    ///   - display: `true` for block equations (`<math display="block">`, limits of `\sum` and
    ///     `\lim` go below and above, `\tag` allowed), `false` for inline math.
    /// - Returns: The MathML and the equation's `\tag`, if any.
    /// - Throws: ``MathError`` with the line and UTF-8 byte column (both 1-based, within `tex`)
    ///   of the first problem found.
    public static func render(_ tex: String, display: Bool) throws(MathError) -> RenderedMath {
        let tokens = try TeXLexer.tokenize(tex)
        guard tokens.contains(where: \.isSignificant) else {
            throw MathError.emptyInput(at: SourcePosition.start)
        }
        switch render(tokens, tex, display: display, stackLimit: TeXParser.stackBudget) {
        case .rendered(let math):
            return math
        case .failed(let error, ranOutOfStack: false):
            throw error
        case .failed:
            // Deeper than this thread's budget but maybe within the nesting limit: parse again on
            // a thread whose stack fits the limit, so the outcome never depends on the build.
            let outcome = DeepStack.run { render(tokens, tex, display: display, stackLimit: DeepStack.parseBudget) }
            switch outcome {
            case .rendered(let math): return math
            case .failed(let error, _): throw error
            }
        }
    }

    private enum Outcome: Sendable {
        case rendered(RenderedMath)
        case failed(MathError, ranOutOfStack: Bool)
    }

    /// Parses, writes and reads out on the current thread; the tree is released here too, since
    /// walking or freeing a deep tree recurses as deep as building it did.
    private static func render(_ tokens: [TeXToken], _ tex: String, display: Bool, stackLimit: Int) -> Outcome {
        var parser = TeXParser(tokens: tokens, displayMode: display, stackLimit: stackLimit)
        do throws(MathError) {
            let body = try parser.parseFormula()
            let row = MathNode.row(body)
            let mathML = MathMLWriter.document(body: row, display: display, annotation: trimmingWhitespace(tex))
            return .rendered(RenderedMath(mathML: mathML, tag: parser.tag, readableText: row.readableText))
        } catch {
            return .failed(error, ranOutOfStack: parser.ranOutOfStack)
        }
    }

    /// The source as it goes into the annotation: surrounding blank lines say nothing about the math.
    private static func trimmingWhitespace(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isTeXWhitespace }),
              let last = text.lastIndex(where: { !$0.isTeXWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
