import Foundation

/// PE(p) · PE(p + distance) for the sinusoidal encoding, which does not depend on p.
func encodingDotProduct(distance: Int, dimension: Int, base: Double = 10000) -> Double {
    // TODO: add up the contribution of each (sine, cosine) pair.
    return 0
}
