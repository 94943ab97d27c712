/// Maps a data interval linearly onto a pixel interval (either may be reversed).
struct LinearScale: Sendable {
    /// The data interval's ends.
    let domain: (low: Double, high: Double)
    /// The pixel positions of `domain.low` and `domain.high`.
    let range: (start: Double, end: Double)

    /// A scale; an empty domain is widened (see `Ticks.sanitized`).
    init(domain low: Double, _ high: Double, range start: Double, _ end: Double) {
        domain = Ticks.sanitized(low, high)
        range = (start, end)
    }

    /// The pixel position of `value`.
    func callAsFunction(_ value: Double) -> Double {
        range.start + (value - domain.low) / (domain.high - domain.low) * (range.end - range.start)
    }

    /// Pixels per data unit (always positive).
    var pixelsPerUnit: Double { abs(range.end - range.start) / (domain.high - domain.low) }

    /// Whether `value` lies in the domain (with a little tolerance for rounding).
    func contains(_ value: Double) -> Bool {
        let slack = (domain.high - domain.low) * 1e-9
        return value >= domain.low - slack && value <= domain.high + slack
    }
}
