import Foundation

/// The ALiBi slopes of a model with `heads` heads, in head order, as the reference code computes them.
func alibiSlopes(heads: Int) -> [Double] {
    /// 2^(−8h/n) for h = 1…n, n a power of two.
    func powerOfTwo(_ n: Int) -> [Double] {
        (1...n).map { h in pow(2.0, -8.0 * Double(h) / Double(n)) }
    }
    if heads & (heads - 1) == 0 { return powerOfTwo(heads) }
    let p = 1 << (Int.bitWidth - 1 - heads.leadingZeroBitCount)
    // Elements 0, 2, 4, … of the 2p-head list are the slopes the p-head list lacks.
    let twice = powerOfTwo(2 * p)
    let inBetween = stride(from: 0, to: 2 * p, by: 2).map { twice[$0] }
    return powerOfTwo(p) + inBetween.prefix(heads - p)
}
