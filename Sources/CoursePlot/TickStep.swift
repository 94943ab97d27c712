/// A tick step `mantissa × 10^exponent` with mantissa 1, 2 or 5.
struct TickStep: Equatable, Sendable {
    /// 1, 2 or 5.
    let mantissa: Int
    /// The power of ten.
    let exponent: Int

    /// The step as a number.
    var value: Double { Ticks.scaled(mantissa, exponent) }

    /// The next larger nice step (1 → 2 → 5 → 10 …).
    var next: TickStep {
        switch mantissa {
        case 1: return TickStep(mantissa: 2, exponent: exponent)
        case 2: return TickStep(mantissa: 5, exponent: exponent)
        default: return TickStep(mantissa: 1, exponent: exponent + 1)
        }
    }

    /// The smallest nice step that is at least `raw` (a positive, finite number).
    static func atLeast(_ raw: Double) -> TickStep {
        let target = raw.isFinite && raw > 0 ? raw * (1 - 1e-9) : 1
        var exponent = 0
        while Ticks.power10(exponent) > target, exponent > -320 { exponent -= 1 }
        while Ticks.power10(exponent + 1) <= target, exponent < 300 { exponent += 1 }
        var step = TickStep(mantissa: 1, exponent: exponent)
        while step.value < target { step = step.next }
        return step
    }
}
