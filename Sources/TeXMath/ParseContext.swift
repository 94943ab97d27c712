/// What the parser knows about the surroundings of the atom it is reading.
struct ParseContext: Equatable, Sendable {
    var style: MathStyle
    /// The alphabet set by `\mathbf{…}` and friends; `nil` for TeX's default math italic.
    var font: MathFont?

    func with(style: MathStyle) -> ParseContext {
        var copy = self
        copy.style = style
        return copy
    }

    func with(font: MathFont?) -> ParseContext {
        var copy = self
        copy.font = font
        return copy
    }
}
