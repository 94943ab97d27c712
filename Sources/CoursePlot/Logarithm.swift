// Base-10 logarithms in plain Swift (no libm), so log-scale figures come out the same on every platform.

/// Logarithms by splitting off the binary exponent and an atanh series for the significand.
enum Logarithm {
    /// ln 2.
    static let ln2 = 0.6931471805599453
    /// ln 10.
    static let ln10 = 2.302585092994046

    /// The natural logarithm of a finite positive `x` (error below 1e-15 relative); nil otherwise.
    static func ln(_ x: Double) -> Double? {
        guard x.isFinite, x > 0 else { return nil }
        // x = m · 2^e with m in [1, 2); ln m = 2 atanh((m − 1)/(m + 1)), and |(m − 1)/(m + 1)| < 1/3.
        let e = Double(x.exponent)
        let m = x.significand
        let z = (m - 1) / (m + 1), z2 = z * z
        var sum = 0.0, power = z
        for k in 0..<20 {
            sum += power / Double(2 * k + 1)
            power *= z2
        }
        return e * ln2 + 2 * sum
    }

    /// The base-10 logarithm of a finite positive `x`; nil otherwise. Exact for powers of ten up to 10^22.
    static func log10(_ x: Double) -> Double? {
        guard let natural = ln(x) else { return nil }
        let estimate = natural / ln10
        // Snap to an integer when x is exactly that power of ten, so 1,000 gives 3, not 2.9999999999999996.
        let nearest = estimate.rounded()
        if abs(estimate - nearest) < 1e-9, abs(nearest) <= 22, power(of: Int(nearest)) == x { return nearest }
        return estimate
    }

    /// 10^k for |k| ≤ 22, exactly representable for k ≥ 0.
    static func power(of k: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(k) { result *= 10 }
        return k >= 0 ? result : 1 / result
    }

    /// "10" followed by `k` in superscript digits: 10⁰ … 10⁻³.
    static func powerLabel(_ k: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = "10"
        if k < 0 { text.append("⁻") }
        for digit in String(abs(k)) { text.append(digits[Int(String(digit))!]) }
        return text
    }
}
