/// Where an atom's subscript and superscript go.
enum LimitsPlacement: Equatable, Sendable {
    /// Beside the base, as for ordinary symbols and `\int`.
    case beside
    /// Below and above in display style, beside otherwise, as for `\sum` and `\lim`.
    case belowAboveInDisplay
    /// Always below and above, as after `\limits` or on `\overbrace`.
    case belowAbove
}
