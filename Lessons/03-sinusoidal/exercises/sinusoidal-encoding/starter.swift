import Foundation

/// The sinusoidal encoding of `position` (Vaswani et al. 2017, §3.5), interleaved:
/// entry 2i is sin(position · base^(−2i/d)), entry 2i + 1 the matching cosine.
func sinusoidalEncoding(position: Int, dimension: Int, base: Double = 10000) -> [Double] {
    // TODO: fill the dimension/2 (sine, cosine) pairs.
    return [Double](repeating: 0, count: dimension)
}
