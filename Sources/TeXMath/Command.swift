/// What a TeX command does, as looked up in ``CommandTable``.
enum Command: Equatable, Sendable {
    case symbol(MathSymbol)
    case delimiter(Delimiter)
    case bigOperator(String, LimitsPlacement)
    /// Upright operator names such as `\sin` and `\lim`.
    case function(String, LimitsPlacement)
    case space(em: Double)
    case accent(Accent)
    case font(MathFont)
    case text(TextStyle)
    case operatorName
    case fraction(FractionKind)
    case squareRoot
    case left
    case right
    case middle
    case sizedDelimiter(height: String, role: SizedDelimiterRole)
    case begin
    case end
    case styleSwitch(MathStyle)
    /// `\limits` and `\nolimits`.
    case limits(LimitsPlacement)
    case tag
    case label
    /// Commands that are accepted and have no visible effect, such as `\nonumber`.
    case ignored
    case negation
    case modulo(ModuloKind)
    case stack(StackKind)
    case horizontalRule
}

/// `\frac` and its relatives.
enum FractionKind: Equatable, Sendable {
    case frac, dfrac, tfrac, binom, dbinom, tbinom

    var isBinomial: Bool {
        switch self {
        case .binom, .dbinom, .tbinom: true
        case .frac, .dfrac, .tfrac: false
        }
    }

    /// The style `\dfrac` and `\tfrac` force; `nil` keeps the surrounding style.
    var forcedStyle: MathStyle? {
        switch self {
        case .dfrac, .dbinom: .display
        case .tfrac, .tbinom: .text
        case .frac, .binom: nil
        }
    }
}

/// `\bmod`, `\pmod{…}` and `\mod{…}`.
enum ModuloKind: Equatable, Sendable {
    case binary, parenthesized, spaced
}

/// `\overset`, `\underset` and `\stackrel`.
enum StackKind: Equatable, Sendable {
    case over, under
}
