// Sine and cosine in plain Swift (no libm), so arcs come out the same on every platform.

/// Sine and cosine by range reduction to |r| ≤ π/4 and Taylor polynomials (error < 1e-15).
enum Trig {
    /// π.
    static let pi = 3.141592653589793

    /// (cos θ, sin θ) for θ in radians.
    static func cosSin(_ angle: Double) -> (cos: Double, sin: Double) {
        guard angle.isFinite else { return (1, 0) }
        let halfPi = pi / 2
        let quarter = (angle / halfPi).rounded()
        // Two-part π/2 (Cody–Waite) keeps the reduction accurate for moderate angles.
        let r = (angle - quarter * 1.5707963267341256) - quarter * 6.077100506506192e-11
        let r2 = r * r
        var s = 0.0, c = 0.0
        var term = r
        var n = 1.0
        // sin r = r − r³/3! + …, cos r = 1 − r²/2! + …, to the 17th/16th power.
        for _ in 0..<9 {
            s += term
            term *= -r2 / ((n + 1) * (n + 2))
            n += 2
        }
        term = 1
        n = 0
        for _ in 0..<9 {
            c += term
            term *= -r2 / ((n + 1) * (n + 2))
            n += 2
        }
        switch Int(quarter.truncatingRemainder(dividingBy: 4) + 4) % 4 {
        case 0: return (c, s)
        case 1: return (-s, c)
        case 2: return (-c, -s)
        default: return (s, -c)
        }
    }
}
