/// TeX's classification of a math atom, which decides the spacing around it.
///
/// MathML's operator dictionary already spaces binary operators, relations and punctuation
/// written as `<mo>`. The class is kept for the few cases it gets wrong: operator names such
/// as `sin` (an `<mi>`, which MathML never spaces) and signs used as unary minus.
enum AtomClass: Equatable, Sendable {
    case ordinary
    case largeOperator
    case operatorName
    case binary
    case relation
    case opening
    case closing
    case punctuation
    /// `\left…\right` groups and fenced environments.
    case inner
    /// Explicit space such as `\quad`; not an atom, so it never triggers automatic spacing.
    case spacing
}
