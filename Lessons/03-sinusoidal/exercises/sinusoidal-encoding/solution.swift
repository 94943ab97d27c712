import Foundation

/// The sinusoidal encoding of `position` (Vaswani et al. 2017, §3.5), interleaved:
/// entry 2i is sin(position · base^(−2i/d)), entry 2i + 1 the matching cosine.
func sinusoidalEncoding(position: Int, dimension: Int, base: Double = 10000) -> [Double] {
    var encoding = [Double](repeating: 0, count: dimension)
    for i in 0..<(dimension / 2) {
        let frequency = pow(base, -2 * Double(i) / Double(dimension))
        let angle = Double(position) * frequency
        encoding[2 * i] = sin(angle)
        encoding[2 * i + 1] = cos(angle)
    }
    return encoding
}
