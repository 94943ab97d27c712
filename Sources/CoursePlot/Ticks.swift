// "Nice" axis ticks: steps of 1, 2 or 5 × 10^k, chosen as the smallest such step that keeps
// the number of ticks at or under a limit.
//
// Tick values are integer multiples of the step, so labels are formatted exactly from
// integers (never from a binary floating-point value), in one of two styles per axis:
// - plain decimals with as many decimals as the step needs, the same for every label of an
//   axis: "0", "5", "10"; "0.0", "0.5", "1.0"; "0.00", "0.02", "0.04"; "10000" stays plain;
// - scientific "1e5", "1.5e6", "2e-5" when the step is at least 10^5 or at most 10^-5, or the
//   largest label would reach a million.
// Negative labels use the minus sign U+2212 ("−1"), as typeset figures do.

/// The nice-number tick algorithm.
enum Ticks {
    /// 10^exponent, computed by repeated multiplication so it is exact where a Double can be.
    static func power10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 {
            for _ in 0..<min(exponent, 400) { result *= 10 }
        } else {
            for _ in 0..<min(-exponent, 400) { result *= 10 }
            result = 1 / result
        }
        return result
    }

    /// `multiple × 10^exponent`, dividing for negative exponents (0.3 rather than 0.30000000000000004).
    static func scaled(_ multiple: Int, _ exponent: Int) -> Double {
        exponent >= 0 ? Double(multiple) * power10(exponent) : Double(multiple) / power10(-exponent)
    }

    /// A usable domain: finite, ordered, and not empty (a single value v becomes v ± 10 %, or ±1 for 0).
    static func sanitized(_ low: Double, _ high: Double) -> (low: Double, high: Double) {
        guard low.isFinite, high.isFinite else { return (0, 1) }
        var (low, high) = low <= high ? (low, high) : (high, low)
        let magnitude = max(abs(low), abs(high))
        if high - low <= magnitude * 1e-9 {
            let middle = (low + high) / 2
            let half = middle == 0 ? 1 : abs(middle) * 0.1
            (low, high) = (middle - half, middle + half)
        }
        return (low, high)
    }

    /// The ticks inside `low...high` with the smallest nice step giving at most `maxCount` of them.
    /// With `integers`, steps are at least 1 (for axes of indices).
    static func inside(_ low: Double, _ high: Double, maxCount: Int, integers: Bool = false) -> TickSet {
        let (low, high) = sanitized(low, high)
        let limit = max(maxCount, 1)
        var step = TickStep.atLeast((high - low) / Double(limit))
        if integers, step.exponent < 0 { step = TickStep(mantissa: 1, exponent: 0) }
        while true {
            let ticks = inside(low, high, step: step)
            if ticks.count <= limit || step.exponent > 300 { return ticks }
            step = step.next
        }
    }

    /// The multiples of `step` inside `low...high` (the domain is sanitised first).
    static func inside(_ low: Double, _ high: Double, step: TickStep) -> TickSet {
        let (low, high) = sanitized(low, high)
        let size = step.value
        let first = Int((low / size - 1e-9).rounded(.up))
        let last = Int((high / size + 1e-9).rounded(.down))
        return TickSet(step: step, first: first, count: max(last - first + 1, 0))
    }

    /// Ticks whose first and last values enclose `low...high` (the axis is widened to them),
    /// with the smallest nice step giving at most `maxCount` ticks. An interval that contains 0
    /// (or straddles another multiple) may need 3 ticks whatever the step: then 3 it is.
    static func extending(_ low: Double, _ high: Double, maxCount: Int) -> TickSet {
        let (low, high) = sanitized(low, high)
        let limit = max(maxCount, 2)
        var step = TickStep.atLeast((high - low) / Double(limit - 1))
        while true {
            let size = step.value
            let first = Int((low / size + 1e-9).rounded(.down))
            let last = Int((high / size - 1e-9).rounded(.up))
            if last - first + 1 <= limit || size >= high - low || step.exponent > 300 {
                return TickSet(step: step, first: first, count: last - first + 1)
            }
            step = step.next
        }
    }

    /// The label of `multiple × 10^exponent`, plain or scientific (see the file comment).
    static func label(_ multiple: Int, exponent: Int, scientific: Bool) -> String {
        if multiple == 0 { return scientific || exponent >= 0 ? "0" : "0." + String(repeating: "0", count: -exponent) }
        let sign = multiple < 0 ? "\u{2212}" : ""
        var digits = String(multiple.magnitude)
        if scientific {
            var power = exponent
            while digits.count > 1, digits.hasSuffix("0") {
                digits.removeLast()
                power += 1
            }
            power += digits.count - 1
            let head = String(digits.prefix(1)), tail = String(digits.dropFirst())
            return sign + head + (tail.isEmpty ? "" : "." + tail) + "e" + String(power)
        }
        if exponent >= 0 { return sign + digits + String(repeating: "0", count: exponent) }
        let decimals = -exponent
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        return sign + String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
    }
}
