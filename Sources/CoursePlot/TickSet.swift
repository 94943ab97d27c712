// Labels: see Ticks.swift for the two styles (plain decimals, or scientific at extreme scales).

/// Evenly spaced ticks: `count` multiples of `step`, starting at `first × step`.
struct TickSet: Equatable, Sendable {
    /// The spacing.
    let step: TickStep
    /// The multiple of `step` of the first tick.
    let first: Int
    /// How many ticks.
    let count: Int

    /// The tick values, smallest first.
    var values: [Double] { (0..<count).map { Ticks.scaled((first + $0) * step.mantissa, step.exponent) } }

    /// The first tick value (the domain's low end for an extended domain).
    var lowest: Double { Ticks.scaled(first * step.mantissa, step.exponent) }
    /// The last tick value (the domain's high end for an extended domain).
    var highest: Double { Ticks.scaled((first + count - 1) * step.mantissa, step.exponent) }

    /// Whether labels use scientific notation (see the file comment).
    var isScientific: Bool {
        if step.exponent >= 5 || step.exponent <= -5 { return true }
        let largest = max(abs(first), abs(first + count - 1)) * step.mantissa
        return largest > 0 && String(largest).count + step.exponent > 6
    }

    /// The labels, one per value.
    var labels: [String] {
        let scientific = isScientific
        return (0..<count).map { Ticks.label((first + $0) * step.mantissa, exponent: step.exponent, scientific: scientific) }
    }
}
