// Colour scales for heatmaps. Cells are filled with literal colours (they encode data); the
// ramps are perceptually ordered so that they read the same on light and dark pages.

/// How a heatmap maps values to colours.
public enum ColorScale: Sendable, Hashable {
    /// Dark blue-violet (smallest) through teal and green to yellow (largest), a viridis-like
    /// ramp, over the data's minimum…maximum. For magnitudes, counts, probabilities.
    case sequential
    /// Blue (negative) through near-white (zero) to red (positive), over −m…m where m is the
    /// largest magnitude, so zero is always the middle. For signed data such as sin/cos.
    case diverging

    /// Colour stops at 0, 1/8, …, 1, as 0xRRGGBB.
    var stops: [UInt32] {
        switch self {
        case .sequential:
            return [0x440154, 0x472C7A, 0x3B518B, 0x2C718E, 0x21908D, 0x27AD81, 0x5CC863, 0xAADC32, 0xFDE725]
        case .diverging:
            return [0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B]
        }
    }

    /// Number of distinct colours a heatmap uses (values are quantised to this many levels).
    static let levels = 256

    /// The colour of `t` in 0...1 (clamped), interpolated linearly between the stops, as `#rrggbb`.
    func color(at t: Double) -> String {
        let stops = self.stops
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        let fraction = position - Double(index)
        func channel(_ shift: UInt32) -> Double {
            let a = Double((stops[index] >> shift) & 0xFF), b = Double((stops[index + 1] >> shift) & 0xFF)
            return (a + (b - a) * fraction) / 255
        }
        return Format.hexColor(red: channel(16), green: channel(8), blue: channel(0))
    }

    /// The colour of quantisation level `level` in `0..<levels`.
    func color(level: Int) -> String {
        color(at: Double(level) / Double(Self.levels - 1))
    }

    /// The value interval the scale spans for data between `low` and `high`.
    func domain(low: Double, high: Double) -> (low: Double, high: Double) {
        switch self {
        case .sequential:
            return Ticks.sanitized(low, high)
        case .diverging:
            let magnitude = max(abs(low), abs(high))
            return magnitude > 0 && magnitude.isFinite ? (-magnitude, magnitude) : (-1, 1)
        }
    }
}
