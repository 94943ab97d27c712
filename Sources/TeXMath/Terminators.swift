/// The tokens that may end the list being parsed, such as `}` for a group.
///
/// A list stops at any of these without consuming it, and its caller checks which one came.
/// Meeting a terminator that is not expected here is an error (an unmatched `}` and the like).
struct Terminators: OptionSet, Sendable {
    let rawValue: Int

    static let closeBrace = Terminators(rawValue: 1 << 0)
    /// `]`, only while reading an optional argument such as `\sqrt[3]`.
    static let closeBracket = Terminators(rawValue: 1 << 1)
    /// `&` and `\\` inside an environment.
    static let alignment = Terminators(rawValue: 1 << 2)
    static let environmentEnd = Terminators(rawValue: 1 << 3)
    /// `\right` and `\middle` inside `\left`.
    static let right = Terminators(rawValue: 1 << 4)
    /// `$` closing math inside `\text`.
    static let dollar = Terminators(rawValue: 1 << 5)
}
