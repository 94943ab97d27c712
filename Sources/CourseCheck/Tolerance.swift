/// How far a floating-point result may be from the expected value and still pass.
///
/// Δ is `actual − expected`. Special values are judged before any tolerance:
///
/// - an expected NaN passes only if NaN came back; a NaN that comes back when a number
///   was expected always fails, whatever the tolerance;
/// - if either value is ±infinity, both must be the same infinity.
///
/// `.relative` is measured against `|expected|` only, so it is asymmetric (like
/// `numpy.isclose`), and when 0 is expected it accepts only exactly 0: use
/// `.absoluteOrRelative` for results that may be near zero. A negative or NaN tolerance
/// is an authoring mistake; it never passes and the failure says so.
public enum Tolerance: Sendable, Equatable, CustomStringConvertible {
    /// The values must be equal (`==`; `0.0` and `-0.0` are equal).
    ///
    /// Use it for results that are computed exactly, such as integers stored in a `Double`.
    case exact
    /// Passes when `|Δ| ≤ limit`.
    ///
    /// Right for results of a known scale, and for results that may be near zero.
    case absolute(Double)
    /// Passes when `|Δ| ≤ limit × |expected|`.
    ///
    /// Right for results whose scale varies; fails for any non-zero result when 0 is expected.
    case relative(Double)
    /// Passes when either `|Δ| ≤ absolute` or `|Δ| ≤ relative × |expected|` holds.
    ///
    /// Like `numpy.isclose`, except that it accepts when either bound holds rather than
    /// when `|Δ|` is within their sum (the two differ by at most a factor of two).
    case absoluteOrRelative(absolute: Double, relative: Double)

    /// The rule in words, for failure reports: "|Δ| ≤ 1e-12".
    ///
    /// Numbers are printed with Swift's shortest round-trip form, exponent without
    /// leading zeros ("1e-9", not "1e-09").
    public var description: String {
        switch self {
        case .exact:
            return "exactly equal"
        case .absolute(let limit):
            return "|Δ| ≤ \(ValueText.number(limit))"
        case .relative(let limit):
            return "|Δ| ≤ \(ValueText.number(limit)) × |expected|"
        case .absoluteOrRelative(let absolute, let relative):
            return "|Δ| ≤ \(ValueText.number(absolute)) or |Δ| ≤ \(ValueText.number(relative)) × |expected|"
        }
    }

    /// Whether `actual` is close enough to `expected` under this tolerance.
    ///
    /// Applies the NaN and infinity rules described on the type first.
    public func accepts(_ actual: Double, _ expected: Double) -> Bool {
        guard isValid else { return false }
        if expected.isNaN { return actual.isNaN }
        if actual.isNaN { return false }
        if actual.isInfinite || expected.isInfinite { return actual == expected }
        if actual == expected { return true }
        let difference = abs(actual - expected)
        switch self {
        case .exact:
            return false
        case .absolute(let limit):
            return difference <= limit
        case .relative(let limit):
            return difference <= limit * abs(expected)
        case .absoluteOrRelative(let absolute, let relative):
            return difference <= absolute || difference <= relative * abs(expected)
        }
    }

    /// Whether every bound is a non-negative number (infinity allowed, NaN not).
    var isValid: Bool {
        switch self {
        case .exact:
            return true
        case .absolute(let limit), .relative(let limit):
            return limit >= 0
        case .absoluteOrRelative(let absolute, let relative):
            return absolute >= 0 && relative >= 0
        }
    }

    /// Whether only a relative bound applies, which cannot accept anything but 0 near 0.
    var isPurelyRelative: Bool {
        if case .relative = self { return true }
        return false
    }
}
