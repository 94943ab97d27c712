/// The result of rendering one TeX expression.
///
/// `mathML` is ready to paste into an HTML page. `tag` carries the equation number from
/// `\tag{…}` separately, because the page lays it out beside the equation, not inside it.
public struct RenderedMath: Sendable, Equatable {
    /// The complete `<math …>…</math>` element.
    ///
    /// Text inside it is escaped for `&`, `<`, `>` and `"`, so it can be embedded in HTML as is.
    public let mathML: String

    /// The contents of `\tag{…}` (display math only), such as `"3"`; `nil` when absent.
    ///
    /// This is the raw tag text, not escaped: the page escapes it and prints it as `(3)`.
    public let tag: String?

    /// The math as plain characters (`θ_i`, `q_mᵀ k_n`, `1/2`), for titles, search and
    /// anywhere MathML cannot go. Not escaped.
    public let readableText: String

    /// Creates a rendered expression from its parts.
    ///
    /// Useful for tests of code that consumes rendered math; ``MathRenderer/render(_:display:)``
    /// is the usual way to get one.
    public init(mathML: String, tag: String?, readableText: String = "") {
        self.mathML = mathML
        self.tag = tag
        self.readableText = readableText
    }
}
