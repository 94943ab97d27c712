/// Points as the gradebook writes them: at most `decimals` digits after the point, no
/// trailing zeros, no exponent, `.` whatever the locale (`5`, `2.5`, `0.33`), so every run
/// on every machine writes the same bytes for the same scores.
public enum PointsFormat {
    /// `value` rounded half away from zero to `decimals` places (0…6).
    public static func text(_ value: Double, decimals: Int = 4) -> String {
        guard value.isFinite else { return "0" }
        let scale = (0..<min(max(decimals, 0), 6)).reduce(1) { product, _ in product * 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(Int(value.rounded())) }
        let units = Int(scaled)
        let whole = units / scale, fraction = units % scale
        var text = (value < 0 && units != 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: String(scale).count - 1 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}
