import Foundation

/// PE(p) · PE(p + distance) for the sinusoidal encoding, which does not depend on p.
func encodingDotProduct(distance: Int, dimension: Int, base: Double = 10000) -> Double {
    // Pair i contributes sin a sin b + cos a cos b = cos(a − b) = cos(ω_i · distance).
    (0..<(dimension / 2)).reduce(0) { total, i in
        total + cos(Double(distance) * pow(base, -2 * Double(i) / Double(dimension)))
    }
}
